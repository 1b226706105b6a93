package org.wulf.provision.tftp.internal;

import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.apache.commons.net.tftp.TFTPPacket;

/**
 * Formats what the server sends. ERROR packets come from Commons Net. Commons Net has an opcode
 * for the OACK (RFC 2347) but no packet class, so it is written here. DATA packets are laid out in
 * place in the transfer's buffer (header, then the block read straight from the file) instead of
 * going through {@code TFTPDataPacket}, which would copy every block once more.
 */
public final class Packets {

	private Packets() {
	}

	/** ERROR with a code of {@link TFTPErrorPacket} and a short message for the client. */
	public static ByteBuffer error(InetSocketAddress to, int code, String message) {
		DatagramPacket datagram = new TFTPErrorPacket(to.getAddress(), to.getPort(), code, message).newDatagram();
		return ByteBuffer.wrap(datagram.getData(), datagram.getOffset(), datagram.getLength());
	}

	/** OACK: opcode 6, then each option as name NUL value NUL. */
	public static ByteBuffer optionAck(Map<String, String> options) {
		int length = 2;
		for (Map.Entry<String, String> option : options.entrySet()) {
			length += option.getKey().length() + option.getValue().length() + 2;
		}
		ByteBuffer packet = ByteBuffer.allocate(length).putShort((short) TFTPPacket.OACK);
		for (Map.Entry<String, String> option : options.entrySet()) {
			packet.put(option.getKey().getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
			packet.put(option.getValue().getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
		}
		return packet.flip();
	}

	/** Starts a DATA packet in {@code buffer}: opcode 3 and the block number modulo 65536. */
	public static void dataHeader(ByteBuffer buffer, long block) {
		buffer.putShort((short) TFTPPacket.DATA).putShort((short) block);
	}
}
