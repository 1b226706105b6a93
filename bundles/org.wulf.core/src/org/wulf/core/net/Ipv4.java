package org.wulf.core.net;

import java.util.Objects;

/**
 * An IPv4 address, immutable. Parsing is strict dotted-quad: exactly four decimal parts of 0-255,
 * no signs, no empty parts, and no leading zeros ({@code 010} is rejected because some tools read it
 * as octal 8 and others as decimal 10). Addresses order as unsigned 32-bit numbers, so
 * {@code 10.0.0.2 < 10.0.0.10} and {@code 200.0.0.1 > 100.0.0.1}.
 */
public final class Ipv4 implements Comparable<Ipv4> {

	private static final long MAX = 0xFFFF_FFFFL;

	private final int bits;

	private Ipv4(int bits) {
		this.bits = bits;
	}

	/** @return the address whose 32 bits (most significant = first part) are given */
	public static Ipv4 of(int bits) {
		return new Ipv4(bits);
	}

	/**
	 * @throws IllegalArgumentException when the text is not a dotted-quad address; the message
	 *                                  quotes the text and says which part is wrong, e.g.
	 *                                  {@code "10.0.1.300" is not an IPv4 address: 300 is greater than 255}
	 */
	public static Ipv4 parse(String text) {
		Objects.requireNonNull(text, "text");
		String problem = problem(text);
		if (problem != null) {
			throw new IllegalArgumentException("\"" + text + "\" is not an IPv4 address: " + problem);
		}
		int bits = 0;
		for (String part : text.split("\\.", -1)) {
			bits = (bits << 8) | Integer.parseInt(part);
		}
		return new Ipv4(bits);
	}

	/** @return whether {@link #parse(String)} accepts the text; {@code false} for {@code null} */
	public static boolean isValid(String text) {
		return text != null && problem(text) == null;
	}

	/** @return what is wrong with the text as an address, or {@code null} when nothing is */
	private static String problem(String text) {
		if (text.isEmpty()) {
			return "it is empty (write four numbers 0-255 separated by dots, e.g. 10.0.0.1)";
		}
		String[] parts = text.split("\\.", -1);
		if (parts.length != 4) {
			return "it has " + parts.length + (parts.length == 1 ? " part" : " parts")
					+ ", not 4 (write four numbers 0-255 separated by dots, e.g. 10.0.0.1)";
		}
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			if (part.isEmpty()) {
				return "part " + (i + 1) + " is empty";
			}
			for (int j = 0; j < part.length(); j++) {
				char c = part.charAt(j);
				if (c < '0' || c > '9') {
					return "\"" + part + "\" is not a decimal number";
				}
			}
			if (part.length() > 1 && part.charAt(0) == '0') {
				return part + " has a leading zero, which is ambiguous (some tools read it as octal); write "
						+ stripZeros(part);
			}
			if (part.length() > 3 || Integer.parseInt(part) > 255) {
				return part + " is greater than 255";
			}
		}
		return null;
	}

	private static String stripZeros(String digits) {
		int i = 0;
		while (i < digits.length() - 1 && digits.charAt(i) == '0') {
			i++;
		}
		return digits.substring(i);
	}

	/** @return the 32 bits of the address, first part most significant */
	public int toInt() {
		return bits;
	}

	/** @return the address as an unsigned number, 0 to 2^32-1 */
	private long unsigned() {
		return Integer.toUnsignedLong(bits);
	}

	/**
	 * @return the address {@code n} further on (back, for negative {@code n})
	 * @throws IllegalArgumentException when that would pass 255.255.255.255 (or go below 0.0.0.0)
	 */
	public Ipv4 plus(long n) {
		long start = unsigned();
		if (n > MAX - start) {
			throw new IllegalArgumentException(this + " plus " + n + " would pass 255.255.255.255");
		}
		if (n < -start) {
			throw new IllegalArgumentException(this + " plus " + n + " would go below 0.0.0.0");
		}
		return new Ipv4((int) (start + n));
	}

	/** @return whether this address lies in the network given by its address and netmask */
	public boolean inNetwork(Ipv4 network, Ipv4 netmask) {
		return (bits & netmask.bits) == (network.bits & netmask.bits);
	}

	/** @return the network address: this address with the host bits of the netmask cleared */
	public Ipv4 networkOf(Ipv4 netmask) {
		return new Ipv4(bits & netmask.bits);
	}

	/**
	 * @return whether the text is an address whose bits are ones followed by zeros only (e.g.
	 *         255.255.240.0; 0.0.0.0 and 255.255.255.255 count); {@code false} for {@code null}
	 */
	public static boolean isValidNetmask(String text) {
		return isValid(text) && isContiguous(parse(text).bits);
	}

	private static boolean isContiguous(int mask) {
		int hostBits = ~mask;
		return (hostBits & (hostBits + 1)) == 0;
	}

	/**
	 * @return the number of leading one bits of the netmask, 0-32 (24 for 255.255.255.0)
	 * @throws IllegalArgumentException when the ones are not contiguous
	 */
	public static int prefixLength(Ipv4 netmask) {
		if (!isContiguous(netmask.bits)) {
			throw new IllegalArgumentException(netmask + " is not a netmask (its one bits are not contiguous)");
		}
		return Integer.bitCount(netmask.bits);
	}

	/**
	 * @return the netmask of {@code prefix} leading ones (255.255.255.0 for 24)
	 * @throws IllegalArgumentException when the prefix is outside 0-32
	 */
	public static Ipv4 netmaskOfPrefix(int prefix) {
		if (prefix < 0 || prefix > 32) {
			throw new IllegalArgumentException("/" + prefix + " is not a prefix length (0-32)");
		}
		return new Ipv4(prefix == 0 ? 0 : -1 << (32 - prefix));
	}

	@Override
	public int compareTo(Ipv4 other) {
		return Integer.compareUnsigned(bits, other.bits);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Ipv4 that && that.bits == bits;
	}

	@Override
	public int hashCode() {
		return Integer.hashCode(bits);
	}

	/** @return the dotted quad, e.g. {@code 10.0.1.2} */
	@Override
	public String toString() {
		return (bits >>> 24) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF);
	}
}
