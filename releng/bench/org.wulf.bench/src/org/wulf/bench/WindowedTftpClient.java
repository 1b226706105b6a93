package org.wulf.bench;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's TFTP client: an octet read with {@code blksize}, {@code tsize} and
 * {@code windowsize} (RFC 7440), which neither tftp-hpa's client nor Commons Net's can ask for.
 * It acknowledges every window, the last block, and on a gap the last block received in order;
 * after a second of silence it repeats its last acknowledgement. When the server leaves
 * {@code windowsize} out of its OACK the transfer runs lock-step, as RFC 7440 says.
 */
final class WindowedTftpClient {

	/** What one download did. */
	record Result(byte[] content, long nanos, int blockSize, int windowSize, int timeouts) {

		double mibPerSecond() {
			return content.length / (1024.0 * 1024.0) / (nanos / 1e9);
		}
	}

	private final InetSocketAddress server;

	WindowedTftpClient(InetSocketAddress server) {
		this.server = server;
	}

	Result download(String name, int blockSize, int windowSize) throws IOException {
		try (DatagramChannel channel = DatagramChannel.open()) {
			channel.bind(new InetSocketAddress(server.getAddress(), 0));
			channel.socket().setSoTimeout(1000);
			channel.socket().setReceiveBufferSize(4 * 1024 * 1024);
			long started = System.nanoTime();
			channel.send(request(name, blockSize, windowSize), server);
			byte[] buffer = new byte[65536];
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			ByteBuffer ack = ByteBuffer.allocate(4);
			InetSocketAddress tid = null;
			int negotiatedBlock = 512;
			int negotiatedWindow = 1;
			byte[] content = new byte[0];
			int length = 0;
			long expected = 1;
			long lastAcked = 0;
			int timeouts = 0;
			while (true) {
				packet.setLength(buffer.length);
				try {
					channel.socket().receive(packet);
				} catch (SocketTimeoutException e) {
					if (tid == null || ++timeouts > 10) {
						throw new IOException("no answer from " + server + " for " + name);
					}
					send(channel, ack, lastAcked, tid);
					continue;
				}
				if (tid == null) {
					tid = (InetSocketAddress) packet.getSocketAddress();
				} else if (!tid.equals(packet.getSocketAddress())) {
					continue;
				}
				int opcode = ((buffer[0] & 0xFF) << 8) | (buffer[1] & 0xFF);
				switch (opcode) {
				case 6 -> {
					Map<String, String> options = options(buffer, packet.getLength());
					negotiatedBlock = Integer.parseInt(options.getOrDefault("blksize", "512"));
					negotiatedWindow = Integer.parseInt(options.getOrDefault("windowsize", "1"));
					content = new byte[Integer.parseInt(options.getOrDefault("tsize", "0"))];
					send(channel, ack, 0, tid);
				}
				case 3 -> {
					int wire = ((buffer[2] & 0xFF) << 8) | (buffer[3] & 0xFF);
					long block = expected + (short) (wire - (int) (expected & 0xFFFF));
					int dataLength = packet.getLength() - 4;
					if (block == expected) {
						if (length + dataLength > content.length) {
							content = Arrays.copyOf(content, Math.max(content.length * 2, length + dataLength));
						}
						System.arraycopy(buffer, 4, content, length, dataLength);
						length += dataLength;
						expected++;
						if (dataLength < negotiatedBlock) {
							send(channel, ack, block, tid);
							long nanos = System.nanoTime() - started;
							return new Result(Arrays.copyOf(content, length), nanos, negotiatedBlock, negotiatedWindow,
									timeouts);
						}
						if (block - lastAcked >= negotiatedWindow) {
							send(channel, ack, block, tid);
							lastAcked = block;
						}
					} else if (block > expected && lastAcked != expected - 1) {
						lastAcked = expected - 1;
						send(channel, ack, lastAcked, tid);
					}
				}
				case 5 -> throw new IOException("ERROR " + (((buffer[2] & 0xFF) << 8) | (buffer[3] & 0xFF)) + " from " + server
						+ ": " + new String(buffer, 4, Math.max(0, packet.getLength() - 5), StandardCharsets.US_ASCII));
				default -> {
					// nothing else is expected from a server
				}
				}
			}
		}
	}

	private static ByteBuffer request(String name, int blockSize, int windowSize) {
		ByteBuffer rrq = ByteBuffer.allocate(512);
		rrq.putShort((short) 1);
		for (String part : new String[] { name, "octet", "blksize", Integer.toString(blockSize), "tsize", "0", "windowsize",
				Integer.toString(windowSize) }) {
			rrq.put(part.getBytes(StandardCharsets.UTF_8)).put((byte) 0);
		}
		return rrq.flip();
	}

	private static void send(DatagramChannel channel, ByteBuffer ack, long block, InetSocketAddress to) throws IOException {
		ack.clear();
		ack.putShort((short) 4).putShort((short) block).flip();
		channel.send(ack, to);
	}

	private static Map<String, String> options(byte[] data, int length) {
		Map<String, String> options = new LinkedHashMap<>();
		String[] parts = new String(data, 2, length - 2, StandardCharsets.US_ASCII).split("\0", -1);
		for (int i = 0; i + 1 < parts.length; i += 2) {
			options.put(parts[i].toLowerCase(Locale.ROOT), parts[i + 1]);
		}
		return options;
	}
}
