package org.wulf.provision.dhcp;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.wulf.provision.dhcp.DhcpEvent.Kind;
import org.wulf.provision.dhcp.DhcpSettings.Mode;

/**
 * The embedded DHCP server: a listening socket on the wildcard address (the only way to see
 * broadcast DISCOVERs from machines without an address) and a socket bound to the controller's
 * provisioning address, from which every reply is sent. Linux routes a limited broadcast from a
 * socket bound to an interface address out of that interface only, so replies never leave on
 * another network. In proxy mode a third socket takes PXE boot-server requests on port 4011. On a
 * loopback address (tests, demos) nothing listens on the wildcard address at all.
 */
public final class DhcpServer implements AutoCloseable {

	private static final Logger LOG = System.getLogger("org.wulf.provision.dhcp");

	private final DhcpSettings settings;
	private final DhcpResponder responder;
	private final LeaseTable leases;
	private final Consumer<DhcpEvent> events;
	private final List<DatagramSocket> sockets = new ArrayList<>();
	private final List<Thread> threads = new ArrayList<>();
	private DatagramSocket sender;
	private volatile boolean running;

	/**
	 * @param hosts  the current reservations (asked on every request, so model reloads apply at once)
	 * @param events every decision, for the log and the boot status
	 */
	public DhcpServer(DhcpSettings settings, Supplier<DhcpHosts> hosts, Consumer<DhcpEvent> events) throws IOException {
		this.settings = settings;
		this.events = events;
		this.leases = new LeaseTable(settings.leaseFile(), Clock.systemUTC()).load();
		this.responder = new DhcpResponder(settings, hosts, leases, events);
	}

	/**
	 * Opens the sockets and starts answering.
	 *
	 * @throws DhcpBindException when a port is taken or needs root, with the reason
	 */
	public DhcpServer start() throws IOException {
		running = true;
		try {
			if (!settings.serverAddress().isLoopbackAddress()) {
				// broadcasts from machines without an address reach only a wildcard-bound socket
				listen(open(new InetSocketAddress(settings.serverPort())), false);
			}
			sender = open(new InetSocketAddress(settings.serverAddress(), settings.serverPort()));
			listen(sender, false);
			if (settings.mode() == Mode.PROXY) {
				listen(open(new InetSocketAddress(settings.serverAddress(), settings.proxyPort())), true);
			}
		} catch (IOException | RuntimeException e) {
			close();
			throw e;
		}
		LOG.log(Level.INFO, "DHCP {0} on {1}:{2,number,#}{3}", settings.mode() == Mode.PROXY ? "proxy" : "server",
				settings.serverAddress().getHostAddress(), settings.serverPort(),
				settings.interfaceName() != null ? " (" + settings.interfaceName() + ")" : "");
		return this;
	}

	private DatagramSocket open(InetSocketAddress address) throws IOException {
		DatagramSocket socket = new DatagramSocket(null);
		try {
			socket.setReuseAddress(true);
			socket.setBroadcast(true);
			socket.bind(address);
		} catch (BindException e) {
			socket.close();
			throw DhcpBindException.of(address, e);
		} catch (SocketException e) {
			socket.close();
			throw e;
		}
		sockets.add(socket);
		return socket;
	}

	private void listen(DatagramSocket socket, boolean proxyPort) {
		Thread thread = Thread.ofPlatform().daemon().name("wulf-dhcp-" + socket.getLocalSocketAddress())
				.start(() -> receive(socket, proxyPort));
		threads.add(thread);
	}

	private void receive(DatagramSocket socket, boolean proxyPort) {
		byte[] buffer = new byte[1500];
		while (running) {
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			try {
				socket.receive(packet);
			} catch (IOException e) {
				if (running) {
					LOG.log(Level.WARNING, "DHCP receive on {0} failed: {1}", socket.getLocalSocketAddress(), e.getMessage());
				}
				continue;
			}
			handle(packet, proxyPort);
		}
	}

	private void handle(DatagramPacket packet, boolean proxyPort) {
		DhcpMessage request;
		try {
			request = DhcpMessage.decode(packet.getData(), packet.getLength());
		} catch (MalformedDhcpMessageException e) {
			LOG.log(Level.WARNING, "malformed DHCP message from {0}: {1}", packet.getSocketAddress(), e.getMessage());
			events.accept(new DhcpEvent(Kind.MALFORMED, "?", null, null, ClientArchitecture.UNKNOWN, false, null,
					"from " + packet.getSocketAddress() + ": " + e.getMessage()));
			return;
		}
		try {
			Optional<DhcpResponder.Reply> reply = responder.respond(request, proxyPort);
			if (reply.isPresent()) {
				byte[] bytes = reply.get().message().encode();
				sender.send(new DatagramPacket(bytes, bytes.length, reply.get().target(), reply.get().port()));
			}
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.WARNING, "cannot answer {0}: {1}", request, e.getMessage());
		}
	}

	public List<LeaseTable.Lease> leases() {
		return leases.leases();
	}

	public DhcpSettings settings() {
		return settings;
	}

	public Inet4Address serverAddress() {
		return settings.serverAddress();
	}

	@Override
	public void close() {
		running = false;
		for (DatagramSocket socket : sockets) {
			socket.close();
		}
		for (Thread thread : threads) {
			try {
				thread.join(2000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		sockets.clear();
		threads.clear();
		leases.close();
	}
}
