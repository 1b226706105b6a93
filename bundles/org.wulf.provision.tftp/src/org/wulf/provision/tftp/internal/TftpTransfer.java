package org.wulf.provision.tftp.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.commons.net.tftp.TFTPAckPacket;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.apache.commons.net.tftp.TFTPPacket;
import org.apache.commons.net.tftp.TFTPPacketException;
import org.wulf.provision.tftp.TftpEvent;
import org.wulf.provision.tftp.TftpEvent.Kind;
import org.wulf.provision.tftp.TftpFile;
import org.wulf.provision.tftp.TftpFileSource;

/**
 * One read transfer (RFC 1350 with RFC 2347/2348/2349/7440 options) on its own socket, whose
 * port is the server's transfer ID. It opens the file, answers with an OACK when options were
 * negotiated, then sends windows of DATA blocks and moves on as acknowledgements arrive;
 * after a timeout it sends the window again from the first unacknowledged block, and gives up
 * after {@code retries} timeouts in a row.
 */
public final class TftpTransfer implements Runnable {

	/** The server's knobs a transfer needs. */
	public record Settings(Duration timeout, int retries, int maxBlockSize) {
	}

	private final DatagramChannel channel;
	private final InetSocketAddress client;
	private final TftpRequest request;
	private final TftpFileSource source;
	private final Settings settings;
	private final Consumer<TftpEvent> events;
	private final long receivedNanos;
	private final DatagramPacket incoming = new DatagramPacket(new byte[1024], 1024);
	private volatile boolean acknowledgedOnce;
	private volatile String abortReason;
	private long bytesAcknowledged;

	/**
	 * @param channel       bound to a fresh port; the transfer closes it
	 * @param receivedNanos {@link System#nanoTime()} when the request arrived
	 */
	public TftpTransfer(DatagramChannel channel, InetSocketAddress client, TftpRequest request, TftpFileSource source,
			Settings settings, Consumer<TftpEvent> events, long receivedNanos) {
		this.channel = channel;
		this.client = client;
		this.request = request;
		this.source = source;
		this.settings = settings;
		this.events = events;
		this.receivedNanos = receivedNanos;
	}

	public InetSocketAddress client() {
		return client;
	}

	/**
	 * @return whether {@code other} is this transfer's request sent again by a client that has not
	 *         heard from us yet (RFC 1350 clients retransmit the RRQ); such a copy is ignored
	 */
	public boolean isRetransmissionOf(TftpRequest other) {
		return !acknowledgedOnce && Arrays.equals(request.raw(), other.raw());
	}

	/** Ends the transfer from another thread: its socket is closed and it reports FAILED with {@code reason}. */
	public void abort(String reason) {
		abortReason = reason;
		try {
			channel.close();
		} catch (IOException e) {
			// closing a datagram channel does not fail in a way that matters here
		}
	}

	@Override
	public void run() {
		try (channel) {
			TftpFile file = open();
			if (file != null) {
				try (file) {
					send(file);
				} catch (IOException | RuntimeException e) {
					if (abortReason == null) {
						sendQuietly(client, Packets.error(client, TFTPErrorPacket.UNDEFINED, "Server error"));
					}
					throw e;
				}
			}
		} catch (IOException | RuntimeException e) {
			if (abortReason != null) {
				report(Kind.FAILED, bytesAcknowledged, -1, abortReason);
			} else {
				report(Kind.FAILED, bytesAcknowledged, TFTPErrorPacket.UNDEFINED, "transfer error: " + e);
			}
		}
	}

	/** @return the file, or null after refusing the request */
	private TftpFile open() throws IOException {
		String name = request.fileName();
		try {
			return source.open(name, client);
		} catch (NoSuchFileException | FileNotFoundException e) {
			refuse(TFTPErrorPacket.FILE_NOT_FOUND, "File not found", reason(e));
		} catch (AccessDeniedException e) {
			refuse(TFTPErrorPacket.ACCESS_VIOLATION, "Access violation", reason(e));
		} catch (IOException | RuntimeException e) {
			refuse(TFTPErrorPacket.UNDEFINED, "Cannot read file", e.toString());
		}
		return null;
	}

	private static String reason(IOException e) {
		return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
	}

	private void refuse(int code, String toClient, String detail) throws IOException {
		channel.send(Packets.error(client, code, toClient), client);
		report(Kind.REFUSED, 0, code, detail);
	}

	private void send(TftpFile file) throws IOException {
		TransferOptions options = TransferOptions.negotiate(request.options(), request.octet(), file.size(),
				settings.timeout(), settings.maxBlockSize());
		int blockSize = options.blockSize();
		BlockReader reader = BlockReader.of(file, request.octet(), blockSize);
		ByteBuffer data = ByteBuffer.allocateDirect(4 + blockSize);
		ByteBuffer oack = options.acknowledged().isEmpty() ? null : Packets.optionAck(options.acknowledged());
		BlockWindow window = new BlockWindow(oack != null ? -1 : 0);
		long timeoutNanos = options.timeout().toNanos();
		report(Kind.STARTED, 0, -1, options.describe(request.modeName()));

		sendWindow(window, oack, reader, data, options);
		long deadline = System.nanoTime() + timeoutNanos;
		int timeouts = 0;
		while (true) {
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				if (++timeouts > settings.retries()) {
					String what = window.acked() < 0 ? "the OACK" : "block " + window.next();
					report(Kind.FAILED, bytesAcknowledged, -1,
							"no acknowledgement of " + what + " after " + settings.retries() + " retransmissions");
					sendQuietly(client, Packets.error(client, TFTPErrorPacket.UNDEFINED, "Timed out"));
					return;
				}
				sendWindow(window, oack, reader, data, options);
				deadline = System.nanoTime() + timeoutNanos;
				continue;
			}
			InetSocketAddress from = receive(remaining);
			if (from == null) {
				continue;
			}
			if (!from.equals(client)) {
				// RFC 1350: a packet from a foreign TID gets an error and leaves the transfer alone.
				sendQuietly(from, Packets.error(from, TFTPErrorPacket.UNKNOWN_TID, "Unknown transfer ID"));
				continue;
			}
			TFTPPacket packet;
			try {
				packet = TFTPPacket.newTFTPPacket(incoming);
			} catch (TFTPPacketException e) {
				continue;
			}
			if (packet instanceof TFTPErrorPacket error) {
				report(Kind.FAILED, bytesAcknowledged, error.getError(),
						"the client ended the transfer with error " + error.getError() + ": " + error.getMessage());
				return;
			}
			if (!(packet instanceof TFTPAckPacket ack) || !window.acknowledge(ack.getBlockNumber())) {
				continue; // a duplicate or old ACK: waiting on is what avoids the Sorcerer's Apprentice
			}
			acknowledgedOnce = true;
			bytesAcknowledged = window.bytesAcknowledged(blockSize);
			reader.acknowledged(window.acked());
			if (window.complete()) {
				report(Kind.FINISHED, bytesAcknowledged, -1, options.describe(request.modeName()));
				return;
			}
			timeouts = 0;
			sendWindow(window, oack, reader, data, options);
			deadline = System.nanoTime() + timeoutNanos;
		}
	}

	/** Sends the OACK while it is unacknowledged, else the window of blocks after the last acknowledged one. */
	private void sendWindow(BlockWindow window, ByteBuffer oack, BlockReader reader, ByteBuffer data, TransferOptions options)
			throws IOException {
		if (window.acked() < 0) {
			channel.send(oack.rewind(), client);
			window.sent(0, 0, 0);
			return;
		}
		int blockSize = options.blockSize();
		for (long block = window.next(); window.mayBeSent(block, options.windowSize()); block++) {
			data.clear();
			Packets.dataHeader(data, block);
			int length = reader.read(block, data);
			channel.send(data.flip(), client);
			window.sent(block, length, blockSize);
		}
	}

	/** @return the sender, or null when {@code nanos} passed without a packet */
	private InetSocketAddress receive(long nanos) throws IOException {
		channel.socket().setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
		incoming.setLength(incoming.getData().length);
		try {
			channel.socket().receive(incoming);
		} catch (SocketTimeoutException e) {
			return null;
		}
		return (InetSocketAddress) incoming.getSocketAddress();
	}

	private void sendQuietly(InetSocketAddress to, ByteBuffer packet) {
		try {
			channel.send(packet, to);
		} catch (IOException e) {
			// best effort: the transfer is over or the peer is a stranger
		}
	}

	private void report(Kind kind, long bytes, int errorCode, String detail) {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - receivedNanos);
		events.accept(new TftpEvent(kind, client, request.fileName(), bytes, elapsed, errorCode, detail));
	}
}
