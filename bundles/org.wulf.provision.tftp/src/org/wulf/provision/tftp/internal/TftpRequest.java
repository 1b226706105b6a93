package org.wulf.provision.tftp.internal;

import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.net.tftp.TFTPPacket;
import org.apache.commons.net.tftp.TFTPPacketException;
import org.apache.commons.net.tftp.TFTPRequestPacket;

/**
 * A packet that arrived on the server's well-known port, parsed by Commons Net.
 *
 * @param opcode   the TFTP opcode ({@link TFTPPacket#READ_REQUEST}, ...)
 * @param fileName for requests, the file name (UTF-8 when it decodes as such, else one char per byte)
 * @param octet    for requests, octet (true) or netascii (false) mode
 * @param options  for requests, the RFC 2347 options with lower-case names
 * @param raw      the datagram's bytes, to recognise a retransmitted request
 */
public record TftpRequest(int opcode, String fileName, boolean octet, Map<String, String> options, byte[] raw) {

	/** {@code TFTP.OCTET_MODE}; read here to keep Commons Net's socket client classes out of the bundle's imports. */
	private static final int OCTET_MODE = 1;

	/**
	 * @throws TFTPPacketException when the packet is not TFTP or the request is malformed (unknown
	 *                             mode, missing terminator)
	 */
	public static TftpRequest parse(byte[] data, int length, InetSocketAddress from) throws TFTPPacketException {
		// Commons Net indexes getData() from 0 and, for options, may read one byte past getLength():
		// hand it an exact copy and turn an overrun into a parse error.
		byte[] raw = Arrays.copyOf(data, length);
		TFTPPacket packet;
		try {
			packet = TFTPPacket.newTFTPPacket(new DatagramPacket(raw, length, from));
		} catch (IndexOutOfBoundsException e) {
			throw new TFTPPacketException("unterminated option in the request");
		}
		if (packet instanceof TFTPRequestPacket request) {
			Map<String, String> options = new LinkedHashMap<>();
			request.getOptions().forEach((name, value) -> options.put(name.toLowerCase(Locale.ROOT), value));
			return new TftpRequest(packet.getType(), decodeName(request.getFilename()), request.getMode() == OCTET_MODE,
					Map.copyOf(options), raw);
		}
		return new TftpRequest(packet.getType(), null, true, Map.of(), raw);
	}

	/**
	 * Commons Net turns each byte of the name into a char by a signed cast (byte 0xE9 becomes
	 * U+FFE9); the low eight bits are the byte. Names are UTF-8 on today's systems; a name that is
	 * not valid UTF-8 is read as ISO 8859-1.
	 */
	static String decodeName(String castBytes) {
		byte[] bytes = new byte[castBytes.length()];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) castBytes.charAt(i);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}

	public boolean isRead() {
		return opcode == TFTPPacket.READ_REQUEST;
	}

	public String modeName() {
		return octet ? "octet" : "netascii";
	}
}
