package org.wulf.provision.dhcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.provision.dhcp.tests.Requests.ip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.provision.dhcp.DhcpBindException;
import org.wulf.provision.dhcp.DhcpEvent;
import org.wulf.provision.dhcp.DhcpMessage;
import org.wulf.provision.dhcp.DhcpServer;
import org.wulf.provision.dhcp.DhcpSettings;
import org.wulf.provision.dhcp.DhcpSettings.Mode;
import org.wulf.provision.dhcp.MessageType;
import org.wulf.provision.dhcp.StaticHost;

/** The server on real sockets, on loopback only: replies are "broadcast" to 127.0.0.1. */
class DhcpServerTest {

	@TempDir
	Path dir;

	static int freePortPair() throws IOException {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (DatagramSocket a = new DatagramSocket(0, ip("127.0.0.1"))) {
				int port = a.getLocalPort();
				if (port < 65535) {
					try (DatagramSocket b = new DatagramSocket(port + 1, ip("127.0.0.1"))) {
						return port;
					} catch (IOException e) {
						// taken; try another
					}
				}
			}
		}
		throw new IOException("no free pair of UDP ports on loopback");
	}

	static DhcpSettings loopback(int port, Path leases) {
		return new DhcpSettings(Mode.SERVER, ip("127.0.0.1"), ip("255.0.0.0"), null, List.of(), null, ip("127.0.0.100"),
				ip("127.0.0.120"), Duration.ofMinutes(10), "http://127.0.0.1:9873/provision/{mac}?stage=ipxe",
				"http://127.0.0.1:9873/boot/{file}", Map.of(), leases, "lo", port, port + 1, 0, ip("127.0.0.1"));
	}

	@Test
	void answersDoraOnRealSocketsAndSurvivesGarbage() throws Exception {
		int port = freePortPair();
		List<DhcpEvent> events = new CopyOnWriteArrayList<>();
		StaticHost node = new StaticHost("n01", ip("127.0.0.11"), null, null);
		try (DhcpServer server = new DhcpServer(loopback(port, dir.resolve("leases")),
				() -> DhcpResponderTest.hosts(Map.of("52:54:00:00:00:11", node)), events::add).start();
				DatagramSocket client = new DatagramSocket(null)) {
			client.setReuseAddress(true);
			client.bind(new InetSocketAddress(ip("127.0.0.1"), port + 1));
			client.setSoTimeout(5000);
			InetSocketAddress to = new InetSocketAddress(ip("127.0.0.1"), port);

			client.send(new DatagramPacket(new byte[] { 1, 2, 3 }, 3, to));
			byte[] junk = Requests.plain(MessageType.DISCOVER, "52:54:00:00:00:11").encode();
			junk[236] = 9;
			client.send(new DatagramPacket(junk, junk.length, to));

			DhcpMessage offer = exchange(client, to, Requests.pxe(MessageType.DISCOVER, "52:54:00:00:00:11", 0));
			assertEquals(MessageType.OFFER, offer.type());
			assertEquals("127.0.0.11", DhcpMessage.toAddress(offer.yiaddr).getHostAddress());
			DhcpMessage ack = exchange(client, to, Requests.requesting(Requests.pxe(MessageType.REQUEST,
					"52:54:00:00:00:11", 0), ip("127.0.0.11"), ip("127.0.0.1")));
			assertEquals(MessageType.ACK, ack.type());

			DhcpMessage dynamic = exchange(client, to, Requests.plain(MessageType.DISCOVER, "52:54:00:00:00:99"));
			assertEquals("127.0.0.100", DhcpMessage.toAddress(dynamic.yiaddr).getHostAddress());
			assertTrue(events.stream().filter(e -> e.kind() == DhcpEvent.Kind.MALFORMED).count() == 2, events.toString());
		}
	}

	@Test
	void manyClientsAtOnceEachGetTheirOwnAddress() throws Exception {
		int port = freePortPair();
		try (DhcpServer server = new DhcpServer(loopback(port, null), () -> DhcpResponderTest.hosts(Map.of()), e -> {
		}).start(); DatagramSocket client = new DatagramSocket(null)) {
			client.setReuseAddress(true);
			client.bind(new InetSocketAddress(ip("127.0.0.1"), port + 1));
			client.setSoTimeout(5000);
			InetSocketAddress to = new InetSocketAddress(ip("127.0.0.1"), port);
			for (int i = 0; i < 15; i++) {
				DhcpMessage discover = Requests.plain(MessageType.DISCOVER, String.format("52:54:00:00:10:%02x", i));
				discover.xid = 1000 + i;
				byte[] bytes = discover.encode();
				client.send(new DatagramPacket(bytes, bytes.length, to));
			}
			java.util.Set<String> addresses = new java.util.TreeSet<>();
			for (int i = 0; i < 15; i++) {
				DhcpMessage offer = receive(client);
				addresses.add(offer.mac() + "=" + DhcpMessage.toAddress(offer.yiaddr).getHostAddress());
			}
			assertEquals(15, addresses.stream().map(a -> a.substring(a.indexOf('=') + 1)).distinct().count(), addresses.toString());
		}
	}

	@Test
	void portInUseIsReportedClearly() throws Exception {
		int port = freePortPair();
		try (DhcpServer first = new DhcpServer(loopback(port, null), () -> DhcpResponderTest.hosts(Map.of()), e -> {
		}).start(); DatagramSocket squatter = new DatagramSocket(null)) {
			DhcpSettings other = new DhcpSettings(Mode.SERVER, ip("127.0.0.2"), ip("255.0.0.0"), null, List.of(), null, null,
					null, Duration.ofMinutes(10), "x", "y", Map.of(), null, null, port + 1, port + 2, 0, null);
			squatter.bind(new InetSocketAddress(port + 1)); // no SO_REUSEADDR: the port is taken for good
			DhcpBindException e = assertThrows(DhcpBindException.class,
					() -> new DhcpServer(other, () -> DhcpResponderTest.hosts(Map.of()), ev -> {
					}).start());
			assertTrue(e.getMessage().startsWith("DHCP cannot listen on 127.0.0.2:" + (port + 1)), e.getMessage());
			assertTrue(e.getMessage().contains("another DHCP server"), e.getMessage());
		}
	}

	private static DhcpMessage exchange(DatagramSocket client, InetSocketAddress to, DhcpMessage request) throws Exception {
		byte[] bytes = request.encode();
		client.send(new DatagramPacket(bytes, bytes.length, to));
		return receive(client);
	}

	private static DhcpMessage receive(DatagramSocket client) throws Exception {
		byte[] buffer = new byte[1500];
		while (true) {
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			try {
				client.receive(packet);
			} catch (SocketTimeoutException e) {
				throw new AssertionError("no DHCP reply within 5 s", e);
			}
			DhcpMessage message = DhcpMessage.decode(packet.getData(), packet.getLength());
			if (message.op == DhcpMessage.BOOTREPLY) {
				return message;
			}
		}
	}
}
