package org.wulf.provision.tftp;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.apache.commons.net.tftp.TFTPPacket;
import org.apache.commons.net.tftp.TFTPPacketException;
import org.wulf.provision.tftp.TftpEvent.Kind;
import org.wulf.provision.tftp.TftpServerException.Reason;
import org.wulf.provision.tftp.internal.BindFailure;
import org.wulf.provision.tftp.internal.Packets;
import org.wulf.provision.tftp.internal.TftpRequest;
import org.wulf.provision.tftp.internal.TftpTransfer;
import org.wulf.provision.tftp.internal.TransferOptions;

/**
 * The engine's TFTP server: read-only, it serves what a {@link TftpFileSource} opens (by default
 * the files below one root directory) to booting nodes. It binds only the address it is given.
 * <p>
 * Requests arrive on the well-known port (69 by default); each read transfer then runs on its own
 * socket and thread, so transfers do not wait on each other. Supported: RFC 1350 read
 * requests in octet and netascii mode, and the RFC 2347 options {@code blksize} (RFC 2348),
 * {@code timeout} and {@code tsize} (RFC 2349) and {@code windowsize} (RFC 7440). Write requests
 * are refused with an access violation. Every request ends in a {@link TftpEvent}, which is logged
 * and handed to the {@link #listener(TftpListener) listener}.
 *
 * <pre>
 * TftpServer tftp = new TftpServer("10.0.0.1", TftpServer.DEFAULT_PORT, Path.of("/var/lib/tftpboot"))
 * 		.listener(event -&gt; status.record(event)).start();
 * ...
 * tftp.close();
 * </pre>
 *
 * Configure before {@link #start()}; the setters refuse changes afterwards.
 */
public final class TftpServer implements AutoCloseable {

	public static final int DEFAULT_PORT = 69;
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
	public static final int DEFAULT_RETRIES = 5;
	public static final int DEFAULT_MAX_TRANSFERS = 512;

	private static final Logger LOG = System.getLogger("org.wulf.provision.tftp");

	private final String bindAddress;
	private final int requestedPort;
	private final TftpFileSource source;
	private final Path root;
	private TftpListener listener = event -> {
	};
	private Duration timeout = DEFAULT_TIMEOUT;
	private int retries = DEFAULT_RETRIES;
	private int maxBlockSize = TransferOptions.MAX_BLOCK_SIZE;
	private int maxTransfers = DEFAULT_MAX_TRANSFERS;

	private final Map<InetSocketAddress, TftpTransfer> transfers = new ConcurrentHashMap<>();
	private InetAddress address;
	private volatile int port = -1;
	private DatagramChannel channel;
	private ExecutorService executor;
	private Thread receiver;
	private volatile boolean closing;

	/**
	 * Serves the files below {@code root} (see {@link DirectoryFileSource} for how names map to files).
	 *
	 * @param bindAddress the address to listen on (the provisioning interface's), e.g. 10.0.0.1;
	 *                    0.0.0.0 for all
	 * @param port        the UDP port: {@link #DEFAULT_PORT}, or 0 for any free one
	 */
	public TftpServer(String bindAddress, int port, Path root) {
		this(bindAddress, port, new DirectoryFileSource(root), root);
	}

	/** Serves what {@code source} opens. */
	public TftpServer(String bindAddress, int port, TftpFileSource source) {
		this(bindAddress, port, source, null);
	}

	private TftpServer(String bindAddress, int port, TftpFileSource source, Path root) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("TFTP port " + port + " is not between 0 and 65535");
		}
		this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
		this.requestedPort = port;
		this.source = Objects.requireNonNull(source, "source");
		this.root = root;
	}

	/** Who hears about every request besides the log (boot status, the workbench). */
	public TftpServer listener(TftpListener listener) {
		checkNotStarted();
		this.listener = Objects.requireNonNull(listener, "listener");
		return this;
	}

	/** The retransmission timeout when a client does not negotiate one; default 1 s. */
	public TftpServer timeout(Duration timeout) {
		checkNotStarted();
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("TFTP timeout must be positive: " + timeout);
		}
		this.timeout = timeout;
		return this;
	}

	/** How many timeouts in a row a transfer survives (each followed by a retransmission); default 5. */
	public TftpServer retries(int retries) {
		checkNotStarted();
		if (retries < 0) {
			throw new IllegalArgumentException("TFTP retries must not be negative: " + retries);
		}
		this.retries = retries;
		return this;
	}

	/**
	 * The largest {@code blksize} agreed to; default 65464 (RFC 2348's maximum). A lower value (1468
	 * on Ethernet) helps boot ROMs that ask for large blocks but cannot reassemble IP fragments.
	 */
	public TftpServer maxBlockSize(int maxBlockSize) {
		checkNotStarted();
		if (maxBlockSize < TransferOptions.DEFAULT_BLOCK_SIZE || maxBlockSize > TransferOptions.MAX_BLOCK_SIZE) {
			throw new IllegalArgumentException("TFTP maximum block size must be between 512 and 65464: " + maxBlockSize);
		}
		this.maxBlockSize = maxBlockSize;
		return this;
	}

	/** How many transfers may run at once; further requests get "server busy". Default 512. */
	public TftpServer maxTransfers(int maxTransfers) {
		checkNotStarted();
		if (maxTransfers < 1) {
			throw new IllegalArgumentException("TFTP maximum transfers must be at least 1: " + maxTransfers);
		}
		this.maxTransfers = maxTransfers;
		return this;
	}

	private void checkNotStarted() {
		if (channel != null) {
			throw new IllegalStateException("the TFTP server is already started");
		}
	}

	/**
	 * Binds the port and starts answering.
	 *
	 * @throws TftpServerException when the root directory is missing or the port cannot be bound;
	 *                             its message says why and what to do
	 */
	public synchronized TftpServer start() throws TftpServerException {
		checkNotStarted();
		if (root != null && !Files.isDirectory(root)) {
			throw new TftpServerException(Reason.NO_ROOT, "cannot serve TFTP from " + root + ": "
					+ (Files.exists(root) ? "it is not a directory" : "the directory does not exist"), null);
		}
		try {
			address = InetAddress.getByName(bindAddress);
		} catch (UnknownHostException e) {
			throw new TftpServerException(Reason.ADDRESS_NOT_LOCAL,
					"cannot serve TFTP on " + bindAddress + ": not an IP address or known host name", e);
		}
		DatagramChannel bound;
		try {
			bound = open();
			try {
				bound.bind(new InetSocketAddress(address, requestedPort));
			} catch (IOException e) {
				bound.close();
				throw e;
			}
		} catch (IOException e) {
			throw BindFailure.explain(bindAddress, requestedPort, e);
		}
		channel = bound;
		port = bound.socket().getLocalPort();
		// Platform threads, not virtual ones: a lock-step transfer parks on every ACK, and a virtual
		// thread parks through the JDK's poller thread, which cost about a quarter of the lock-step
		// throughput on one CPU in releng/bench/tftp-bench.sh. maxTransfers bounds the pool.
		executor = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("wulf-tftp-transfer-", 1).factory());
		receiver = Thread.ofPlatform().daemon().name("wulf-tftp-" + port()).start(this::receive);
		LOG.log(Level.INFO, "TFTP on {0}:{1,number,#} serving {2}", bindAddress, port(), root != null ? root : source);
		return this;
	}

	private DatagramChannel open() throws IOException {
		return DatagramChannel.open(address.getAddress().length == 4 ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
	}

	/** @return the port listened on (the one chosen when 0 was asked for); -1 before {@link #start()} */
	public int port() {
		return port;
	}

	/** @return the transfers running now */
	public int activeTransfers() {
		return transfers.size();
	}

	/** The well-known port's loop: read requests start transfers, everything else is answered here. */
	private void receive() {
		ByteBuffer buffer = ByteBuffer.allocate(65536);
		while (!closing) {
			SocketAddress from;
			try {
				buffer.clear();
				from = channel.receive(buffer);
			} catch (ClosedChannelException e) {
				return; // close() ran (AsynchronousCloseException is a ClosedChannelException)
			} catch (IOException e) {
				LOG.log(Level.WARNING, "TFTP receive failed: {0}", e.getMessage());
				continue;
			}
			long now = System.nanoTime();
			InetSocketAddress client = (InetSocketAddress) from;
			try {
				handle(buffer.array(), buffer.position(), client, now);
			} catch (IOException | RuntimeException e) {
				LOG.log(Level.WARNING, "TFTP request from " + client + " failed", e);
			}
		}
	}

	private void handle(byte[] data, int length, InetSocketAddress client, long now) throws IOException {
		TftpRequest request;
		try {
			request = TftpRequest.parse(data, length, client);
		} catch (TFTPPacketException e) {
			reply(client, TFTPErrorPacket.ILLEGAL_OPERATION, "Illegal TFTP operation");
			LOG.log(Level.DEBUG, "TFTP {0}: malformed packet: {1}", client, e.getMessage());
			return;
		}
		switch (request.opcode()) {
		case TFTPPacket.READ_REQUEST -> startTransfer(request, client, now);
		case TFTPPacket.WRITE_REQUEST -> {
			reply(client, TFTPErrorPacket.ACCESS_VIOLATION, "Write requests are refused: this server is read-only");
			emit(new TftpEvent(Kind.REFUSED, client, request.fileName(), 0, Duration.ofNanos(System.nanoTime() - now),
					TFTPErrorPacket.ACCESS_VIOLATION, "write request (the server is read-only)"));
		}
		case TFTPPacket.ERROR -> {
			// never answer an error with an error
		}
		default -> reply(client, TFTPErrorPacket.ILLEGAL_OPERATION, "Illegal TFTP operation: expected a request");
		}
	}

	private void startTransfer(TftpRequest request, InetSocketAddress client, long now) throws IOException {
		if (closing) {
			return;
		}
		TftpTransfer running = transfers.get(client);
		if (running != null) {
			if (running.isRetransmissionOf(request)) {
				return;
			}
			// The client gave up on that transfer (or probed tsize and aborted it) and asks again from the same port.
			running.abort("superseded by a new request from the same client port");
		}
		if (transfers.size() >= maxTransfers) {
			reply(client, TFTPErrorPacket.UNDEFINED, "Server busy, try again");
			emit(new TftpEvent(Kind.REFUSED, client, request.fileName(), 0, Duration.ofNanos(System.nanoTime() - now),
					TFTPErrorPacket.UNDEFINED, maxTransfers + " transfers already running"));
			return;
		}
		DatagramChannel transferChannel = open();
		try {
			transferChannel.bind(new InetSocketAddress(address, 0));
		} catch (IOException e) {
			transferChannel.close();
			throw e;
		}
		TftpTransfer transfer = new TftpTransfer(transferChannel, client, request, source,
				new TftpTransfer.Settings(timeout, retries, maxBlockSize), this::emit, now);
		transfers.put(client, transfer);
		try {
			executor.execute(() -> {
				try {
					transfer.run();
				} finally {
					transfers.remove(client, transfer);
				}
			});
		} catch (RejectedExecutionException e) {
			// close() came in between
			transfers.remove(client, transfer);
			transferChannel.close();
		}
	}

	private void reply(InetSocketAddress client, int code, String message) throws IOException {
		channel.send(Packets.error(client, code, message), client);
	}

	private void emit(TftpEvent event) {
		Level level = switch (event.kind()) {
		case STARTED -> Level.DEBUG;
		case FINISHED -> Level.INFO;
		case REFUSED -> event.errorCode() == TFTPErrorPacket.FILE_NOT_FOUND ? Level.INFO : Level.WARNING;
		// error 8 right after the option acknowledgement is how firmware asks only for tsize: not a failure
		case FAILED -> closing ? Level.DEBUG : event.errorCode() == 8 && event.bytes() == 0 ? Level.INFO : Level.WARNING;
		};
		LOG.log(level, event.toString());
		try {
			listener.handle(event);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "TFTP listener failed on: " + event, e);
		}
	}

	/** Stops answering, aborts the running transfers and waits briefly for them to end. Idempotent. */
	@Override
	public synchronized void close() {
		if (channel == null || closing) {
			return;
		}
		closing = true;
		try {
			channel.close();
		} catch (IOException e) {
			LOG.log(Level.DEBUG, "closing the TFTP socket: {0}", e.getMessage());
		}
		transfers.values().forEach(t -> t.abort("the server stopped"));
		executor.shutdown();
		try {
			receiver.join(2000);
			if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
				LOG.log(Level.WARNING, "TFTP transfers still running after stop: {0}", transfers.size());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		LOG.log(Level.INFO, "TFTP on {0} stopped", bindAddress);
	}
}
