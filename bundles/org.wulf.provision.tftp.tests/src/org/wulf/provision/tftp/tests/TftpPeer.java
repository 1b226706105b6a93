package org.wulf.provision.tftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.net.tftp.TFTPAckPacket;
import org.apache.commons.net.tftp.TFTPDataPacket;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.apache.commons.net.tftp.TFTPPacket;

/**
 * A TFTP client at packet level on 127.0.0.1, for what Commons Net's client cannot do: options,
 * windows, dropped or repeated acknowledgements, crafted requests.
 */
final class TftpPeer implements AutoCloseable {

	/** A received packet; OACK options are parsed here since Commons Net has no OACK class. */
	record Packet(int opcode, int block, byte[] data, int errorCode, String message, Map<String, String> options,
			InetSocketAddress from) {

		boolean isData(int expectedBlock) {
			return opcode == TFTPPacket.DATA && block == expectedBlock;
		}

		@Override
		public String toString() {
			return switch (opcode) {
			case TFTPPacket.DATA -> "DATA " + block + " (" + data.length + " bytes)";
			case TFTPPacket.ERROR -> "ERROR " + errorCode + " " + message;
			case TFTPPacket.OACK -> "OACK " + options;
			case TFTPPacket.ACKNOWLEDGEMENT -> "ACK " + block;
			default -> "opcode " + opcode;
			};
		}
	}

	static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	private final DatagramSocket socket;
	private final InetSocketAddress server;
	private InetSocketAddress tid;
	private final byte[] buffer = new byte[65536 + 4];

	TftpPeer(int serverPort) throws IOException {
		socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
		socket.setSoTimeout(5000);
		server = new InetSocketAddress(LOOPBACK, serverPort);
	}

	/** @return the server's transfer ID learned from its first answer */
	InetSocketAddress tid() {
		return tid;
	}

	int localPort() {
		return socket.getLocalPort();
	}

	/** A read request: name NUL mode NUL, then name/value pairs. */
	static byte[] request(int opcode, String name, String mode, String... options) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0);
		out.write(opcode);
		for (String part : concat(name, mode, options)) {
			out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
			out.write(0);
		}
		return out.toByteArray();
	}

	private static String[] concat(String name, String mode, String[] options) {
		String[] all = new String[options.length + 2];
		all[0] = name;
		all[1] = mode;
		System.arraycopy(options, 0, all, 2, options.length);
		return all;
	}

	void sendRrq(String name, String mode, String... options) throws IOException {
		sendToServer(request(TFTPPacket.READ_REQUEST, name, mode, options));
	}

	void sendToServer(byte[] packet) throws IOException {
		socket.send(new DatagramPacket(packet, packet.length, server));
	}

	void ack(int block) throws IOException {
		DatagramPacket ack = new TFTPAckPacket(tid.getAddress(), tid.getPort(), block & 0xFFFF).newDatagram();
		socket.send(ack);
	}

	void error(int code, String message) throws IOException {
		socket.send(new TFTPErrorPacket(tid.getAddress(), tid.getPort(), code, message).newDatagram());
	}

	/** @return the next packet, or null when none comes within {@code millis} */
	Packet receive(int millis) throws IOException {
		socket.setSoTimeout(millis);
		DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
		try {
			socket.receive(datagram);
		} catch (SocketTimeoutException e) {
			return null;
		}
		InetSocketAddress from = (InetSocketAddress) datagram.getSocketAddress();
		if (tid == null) {
			tid = from;
		}
		int opcode = ((buffer[0] & 0xFF) << 8) | (buffer[1] & 0xFF);
		if (opcode == TFTPPacket.OACK) {
			return new Packet(opcode, -1, null, -1, null, options(buffer, datagram.getLength()), from);
		}
		try {
			TFTPPacket packet = TFTPPacket.newTFTPPacket(datagram);
			if (packet instanceof TFTPDataPacket data) {
				byte[] bytes = Arrays.copyOfRange(data.getData(), data.getDataOffset(), data.getDataOffset() + data.getDataLength());
				return new Packet(opcode, data.getBlockNumber(), bytes, -1, null, null, from);
			}
			if (packet instanceof TFTPErrorPacket error) {
				return new Packet(opcode, -1, null, error.getError(), error.getMessage(), null, from);
			}
			if (packet instanceof TFTPAckPacket ack) {
				return new Packet(opcode, ack.getBlockNumber(), null, -1, null, null, from);
			}
			return new Packet(opcode, -1, null, -1, null, null, from);
		} catch (org.apache.commons.net.tftp.TFTPPacketException e) {
			throw new IOException("unparsable packet from the server: " + e.getMessage(), e);
		}
	}

	Packet receive() throws IOException {
		Packet packet = receive(5000);
		assertNotNull(packet, "no packet from the server within 5 s");
		return packet;
	}

	private static Map<String, String> options(byte[] data, int length) {
		Map<String, String> options = new LinkedHashMap<>();
		String[] parts = new String(data, 2, length - 2, StandardCharsets.US_ASCII).split("\0", -1);
		for (int i = 0; i + 1 < parts.length; i += 2) {
			options.put(parts[i], parts[i + 1]);
		}
		return options;
	}

	Packet expectError(int code) throws IOException {
		Packet packet = receive();
		assertEquals(TFTPPacket.ERROR, packet.opcode(), () -> "expected ERROR " + code + ", got " + packet);
		assertEquals(code, packet.errorCode(), () -> "error code, message: " + packet.message());
		return packet;
	}

	/**
	 * A whole read transfer, windowed as RFC 7440 describes: acknowledges every {@code windowsize}
	 * blocks, the last block, and on a gap the last block received in order.
	 *
	 * @param options name/value pairs sent with the request (none: a plain RFC 1350 transfer)
	 */
	byte[] download(String name, String... options) throws IOException {
		sendRrq(name, "octet", options);
		int blockSize = 512;
		int window = 1;
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		long expected = 1;
		long lastAcked = 0;
		while (true) {
			Packet packet = receive(3000);
			if (packet == null) {
				if (tid == null) {
					fail("no answer to the read request for " + name);
				}
				ack((int) lastAcked);
				continue;
			}
			switch (packet.opcode()) {
			case TFTPPacket.OACK -> {
				blockSize = Integer.parseInt(packet.options().getOrDefault("blksize", "512"));
				window = Integer.parseInt(packet.options().getOrDefault("windowsize", "1"));
				ack(0);
			}
			case TFTPPacket.ERROR -> throw new IOException("ERROR " + packet.errorCode() + ": " + packet.message());
			case TFTPPacket.DATA -> {
				long block = expected + (short) (packet.block() - (int) (expected & 0xFFFF));
				if (block == expected) {
					content.writeBytes(packet.data());
					expected++;
					if (packet.data().length < blockSize) {
						ack((int) block);
						return content.toByteArray();
					}
					if (block - lastAcked >= window) {
						ack((int) block);
						lastAcked = block;
					}
				} else if (block > expected) {
					ack((int) (expected - 1));
					lastAcked = expected - 1;
				}
			}
			default -> fail("unexpected " + packet);
			}
		}
	}

	@Override
	public void close() {
		socket.close();
	}
}
