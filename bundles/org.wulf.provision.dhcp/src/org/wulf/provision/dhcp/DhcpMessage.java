package org.wulf.provision.dhcp;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One BOOTP/DHCPv4 message (RFC 2131/2132): the fixed header and the options, decoded from and
 * encoded to the wire format. Options that repeat are concatenated (RFC 3396) and option overload
 * (52) is honoured, so what a client sent is what {@link #option(int)} returns.
 */
public final class DhcpMessage {

	public static final int BOOTREQUEST = 1;
	public static final int BOOTREPLY = 2;
	/** The broadcast bit of {@code flags}. */
	public static final int FLAG_BROADCAST = 0x8000;
	private static final int MAGIC_COOKIE = 0x63825363;
	private static final int HEADER = 236;
	private static final int MIN_SIZE = 300;

	public int op = BOOTREQUEST;
	public int htype = 1;
	public int hlen = 6;
	public int hops;
	public int xid;
	public int secs;
	public int flags;
	public int ciaddr;
	public int yiaddr;
	public int siaddr;
	public int giaddr;
	public byte[] chaddr = new byte[16];
	public String sname = "";
	public String file = "";
	private final Map<Integer, byte[]> options = new LinkedHashMap<>();

	/**
	 * Decodes a datagram.
	 *
	 * @throws MalformedDhcpMessageException with the offending field and byte offset
	 */
	public static DhcpMessage decode(byte[] data, int length) throws MalformedDhcpMessageException {
		if (length < HEADER + 4) {
			throw new MalformedDhcpMessageException(
					"DHCP message too short: " + length + " bytes, the fixed header and magic cookie take " + (HEADER + 4));
		}
		DhcpMessage m = new DhcpMessage();
		m.op = u8(data, 0);
		if (m.op != BOOTREQUEST && m.op != BOOTREPLY) {
			throw new MalformedDhcpMessageException("byte 0: op " + m.op + " is neither BOOTREQUEST (1) nor BOOTREPLY (2)");
		}
		m.htype = u8(data, 1);
		m.hlen = u8(data, 2);
		if (m.hlen > 16) {
			throw new MalformedDhcpMessageException("byte 2: hardware address length " + m.hlen + " exceeds 16");
		}
		m.hops = u8(data, 3);
		m.xid = i32(data, 4);
		m.secs = u16(data, 8);
		m.flags = u16(data, 10);
		m.ciaddr = i32(data, 12);
		m.yiaddr = i32(data, 16);
		m.siaddr = i32(data, 20);
		m.giaddr = i32(data, 24);
		m.chaddr = Arrays.copyOfRange(data, 28, 44);
		int cookie = i32(data, HEADER);
		if (cookie != MAGIC_COOKIE) {
			throw new MalformedDhcpMessageException(String.format("byte %d: magic cookie %08x, expected 63825363", HEADER, cookie));
		}
		m.parseOptions(data, HEADER + 4, length, "options");
		byte[] overload = m.options.get(DhcpOption.OVERLOAD);
		int overloadValue = overload != null && overload.length == 1 ? overload[0] : 0;
		if ((overloadValue & 1) != 0) {
			m.parseOptions(data, 108, 236, "file field (overloaded)");
		} else {
			m.file = cString(data, 108, 128);
		}
		if ((overloadValue & 2) != 0) {
			m.parseOptions(data, 44, 108, "sname field (overloaded)");
		} else {
			m.sname = cString(data, 44, 64);
		}
		return m;
	}

	private void parseOptions(byte[] data, int from, int to, String where) throws MalformedDhcpMessageException {
		int i = from;
		while (i < to) {
			int code = u8(data, i);
			if (code == DhcpOption.END) {
				return;
			}
			if (code == DhcpOption.PAD) {
				i++;
				continue;
			}
			if (i + 1 >= to) {
				throw new MalformedDhcpMessageException("byte " + i + " (" + where + "): option " + code + " has no length byte");
			}
			int len = u8(data, i + 1);
			if (i + 2 + len > to) {
				throw new MalformedDhcpMessageException("byte " + i + " (" + where + "): option " + code + " says " + len
						+ " bytes but only " + (to - i - 2) + " remain");
			}
			byte[] value = Arrays.copyOfRange(data, i + 2, i + 2 + len);
			options.merge(code, value, DhcpMessage::concat);
			i += 2 + len;
		}
		// a missing END option is tolerated: several PXE ROMs pad to the end without one
	}

	/** @return the wire form, padded to the 300 bytes BOOTP clients expect */
	public byte[] encode() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(576);
		byte[] header = new byte[HEADER + 4];
		header[0] = (byte) op;
		header[1] = (byte) htype;
		header[2] = (byte) hlen;
		header[3] = (byte) hops;
		put32(header, 4, xid);
		put16(header, 8, secs);
		put16(header, 10, flags);
		put32(header, 12, ciaddr);
		put32(header, 16, yiaddr);
		put32(header, 20, siaddr);
		put32(header, 24, giaddr);
		System.arraycopy(chaddr, 0, header, 28, Math.min(16, chaddr.length));
		putString(header, 44, 64, sname);
		putString(header, 108, 128, file);
		put32(header, HEADER, MAGIC_COOKIE);
		out.writeBytes(header);
		for (Map.Entry<Integer, byte[]> option : options.entrySet()) {
			byte[] value = option.getValue();
			int offset = 0;
			do { // values over 255 bytes are split into several instances (RFC 3396)
				int chunk = Math.min(255, value.length - offset);
				out.write(option.getKey());
				out.write(chunk);
				out.write(value, offset, chunk);
				offset += chunk;
			} while (offset < value.length);
		}
		out.write(DhcpOption.END);
		while (out.size() < MIN_SIZE) {
			out.write(0);
		}
		return out.toByteArray();
	}

	public MessageType type() {
		byte[] value = options.get(DhcpOption.MESSAGE_TYPE);
		return value == null || value.length != 1 ? null : MessageType.of(value[0] & 0xff);
	}

	public DhcpMessage type(MessageType type) {
		return option(DhcpOption.MESSAGE_TYPE, new byte[] { (byte) type.code() });
	}

	public Optional<byte[]> option(int code) {
		return Optional.ofNullable(options.get(code));
	}

	public boolean has(int code) {
		return options.containsKey(code);
	}

	public Optional<String> stringOption(int code) {
		return option(code).map(v -> new String(v, StandardCharsets.US_ASCII));
	}

	public Optional<Inet4Address> addressOption(int code) {
		return option(code).filter(v -> v.length == 4).map(v -> toAddress(i32(v, 0)));
	}

	public DhcpMessage option(int code, byte[] value) {
		options.put(code, value);
		return this;
	}

	public DhcpMessage option(int code, String value) {
		return option(code, value.getBytes(StandardCharsets.US_ASCII));
	}

	public DhcpMessage option(int code, Inet4Address... addresses) {
		byte[] value = new byte[4 * addresses.length];
		for (int i = 0; i < addresses.length; i++) {
			System.arraycopy(addresses[i].getAddress(), 0, value, 4 * i, 4);
		}
		return option(code, value);
	}

	public DhcpMessage intOption(int code, int value) {
		byte[] bytes = new byte[4];
		put32(bytes, 0, value);
		return option(code, bytes);
	}

	public Map<Integer, byte[]> options() {
		return options;
	}

	/** @return the client's hardware address as lower-case colon-separated hex ("52:54:00:12:34:56") */
	public String mac() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(hlen, 16); i++) {
			if (i > 0) {
				text.append(':');
			}
			text.append(HexFormat.of().toHexDigits(chaddr[i]));
		}
		return text.toString();
	}

	/** The user class option (77) as iPXE sends it: RFC 3004 length-prefixed, or a bare string. */
	public boolean userClassContains(String name) {
		byte[] value = options.get(DhcpOption.USER_CLASS);
		if (value == null) {
			return false;
		}
		if (new String(value, StandardCharsets.US_ASCII).equals(name)) {
			return true;
		}
		int i = 0;
		while (i < value.length) {
			int len = value[i] & 0xff;
			if (i + 1 + len > value.length) {
				return false;
			}
			if (new String(value, i + 1, len, StandardCharsets.US_ASCII).equals(name)) {
				return true;
			}
			i += 1 + len;
		}
		return false;
	}

	/** @return the client architecture of option 93, or {@link ClientArchitecture#UNKNOWN} */
	public ClientArchitecture architecture() {
		byte[] value = options.get(DhcpOption.CLIENT_ARCH);
		if (value == null || value.length < 2) {
			return value == null ? ClientArchitecture.BIOS : ClientArchitecture.UNKNOWN;
		}
		return ClientArchitecture.of(u16(value, 0));
	}

	public static Inet4Address toAddress(int value) {
		byte[] bytes = new byte[4];
		put32(bytes, 0, value);
		try {
			return (Inet4Address) InetAddress.getByAddress(bytes);
		} catch (UnknownHostException e) {
			throw new IllegalStateException(e); // four bytes are always an address
		}
	}

	/**
	 * Parses a dotted-quad address without any name lookup.
	 *
	 * @throws IllegalArgumentException when the text is not four numbers 0-255
	 */
	public static Inet4Address parseAddress(String text) {
		String[] parts = text.strip().split("\\.", -1);
		if (parts.length != 4) {
			throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
		}
		int value = 0;
		for (String part : parts) {
			if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
					|| Integer.parseInt(part) > 255) {
				throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
			}
			value = value << 8 | Integer.parseInt(part);
		}
		return toAddress(value);
	}

	public static int toInt(Inet4Address address) {
		return i32(address.getAddress(), 0);
	}

	@Override
	public String toString() {
		return (type() != null ? type() : "BOOTP op " + op) + " xid " + Integer.toHexString(xid) + " from " + mac();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}

	private static String cString(byte[] data, int from, int length) {
		int end = from;
		while (end < from + length && data[end] != 0) {
			end++;
		}
		return new String(data, from, end - from, StandardCharsets.US_ASCII);
	}

	private static void putString(byte[] data, int from, int length, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
		if (bytes.length >= length) {
			throw new IllegalArgumentException("'" + value + "' does not fit the " + (length - 1) + "-byte header field");
		}
		System.arraycopy(bytes, 0, data, from, bytes.length);
	}

	private static int u8(byte[] data, int at) {
		return data[at] & 0xff;
	}

	private static int u16(byte[] data, int at) {
		return (data[at] & 0xff) << 8 | data[at + 1] & 0xff;
	}

	private static int i32(byte[] data, int at) {
		return (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | data[at + 3] & 0xff;
	}

	private static void put16(byte[] data, int at, int value) {
		data[at] = (byte) (value >> 8);
		data[at + 1] = (byte) value;
	}

	private static void put32(byte[] data, int at, int value) {
		data[at] = (byte) (value >> 24);
		data[at + 1] = (byte) (value >> 16);
		data[at + 2] = (byte) (value >> 8);
		data[at + 3] = (byte) value;
	}
}
