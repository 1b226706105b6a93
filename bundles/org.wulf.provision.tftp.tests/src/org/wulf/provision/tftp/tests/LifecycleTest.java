package org.wulf.provision.tftp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.provision.tftp.DirectoryFileSource;
import org.wulf.provision.tftp.TftpEvent;
import org.wulf.provision.tftp.TftpFile;
import org.wulf.provision.tftp.TftpFileSource;
import org.wulf.provision.tftp.TftpServer;
import org.wulf.provision.tftp.TftpServerException;
import org.wulf.provision.tftp.internal.BindFailure;

/** Starting, stopping, configuration errors, and content that is not in a directory. */
class LifecycleTest {

	@TempDir
	Path root;

	@Test
	void picksAFreePortWhenAskedForZero() throws Exception {
		try (TftpServer server = new TftpServer("127.0.0.1", 0, root).start()) {
			assertTrue(server.port() > 0, "port " + server.port());
		}
	}

	@Test
	void saysWhichPortIsInUse() throws Exception {
		try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(TftpPeer.LOOPBACK, 0))) {
			TftpServer server = new TftpServer("127.0.0.1", taken.getLocalPort(), root);
			TftpServerException e = assertThrows(TftpServerException.class, server::start);
			assertEquals(TftpServerException.Reason.PORT_IN_USE, e.reason());
			assertTrue(e.getMessage().startsWith("cannot serve TFTP on 127.0.0.1:" + taken.getLocalPort() + ": the port is in use"),
					e.getMessage());
		}
	}

	@Test
	void explainsPrivilegedPorts() {
		// The tests may run as root, where binding port 69 works: check the wording on the system's error.
		TftpServerException e = BindFailure.explain("10.0.0.1", 69, new BindException("Permission denied"));
		assertEquals(TftpServerException.Reason.PRIVILEGED_PORT, e.reason());
		assertEquals("cannot serve TFTP on 10.0.0.1:69: port 69 needs root (or CAP_NET_BIND_SERVICE);"
				+ " run as root or choose a TFTP port above 1023", e.getMessage());
		assertEquals(TftpServerException.Reason.ADDRESS_NOT_LOCAL,
				BindFailure.explain("10.9.9.9", 69, new BindException("Cannot assign requested address")).reason());
	}

	@Test
	void refusesToStartWithoutItsRoot() {
		Path missing = root.resolve("tftpboot");
		TftpServerException e = assertThrows(TftpServerException.class, () -> new TftpServer("127.0.0.1", 0, missing).start());
		assertEquals(TftpServerException.Reason.NO_ROOT, e.reason());
		assertEquals("cannot serve TFTP from " + missing + ": the directory does not exist", e.getMessage());
	}

	@Test
	void refusesConfigurationAfterStart() throws Exception {
		try (TftpServer server = new TftpServer("127.0.0.1", 0, root).start()) {
			assertThrows(IllegalStateException.class, () -> server.timeout(Duration.ofSeconds(3)));
			assertThrows(IllegalStateException.class, server::start);
		}
		assertThrows(IllegalArgumentException.class, () -> new TftpServer("127.0.0.1", 70000, root));
	}

	@Test
	void servesGeneratedContentFromItsOwnSource() throws Exception {
		DirectoryFileSource files = new DirectoryFileSource(root);
		ServerFixture.write(root, "undionly.kpxe", new byte[] { 1, 2, 3 });
		TftpFileSource source = (name, client) -> {
			if (name.equals("wulf.ipxe")) {
				String script = "#!ipxe\nchain http://10.0.0.1:9873/ipxe/${mac}\n# for " + client.getAddress().getHostAddress();
				return TftpFile.of(script.getBytes(StandardCharsets.US_ASCII));
			}
			if (name.equals("forbidden")) {
				throw new AccessDeniedException(name, null, "not for you");
			}
			return files.open(name, client);
		};
		ServerFixture.Events events = new ServerFixture.Events();
		try (TftpServer server = new TftpServer("127.0.0.1", 0, source).listener(events::add).start();
				TftpPeer peer = new TftpPeer(server.port())) {
			byte[] script = peer.download("wulf.ipxe", "tsize", "0");
			assertEquals("#!ipxe\nchain http://10.0.0.1:9873/ipxe/${mac}\n# for 127.0.0.1", new String(script, StandardCharsets.US_ASCII));
			try (TftpPeer other = new TftpPeer(server.port())) {
				assertArrayEquals(new byte[] { 1, 2, 3 }, other.download("undionly.kpxe"));
			}
			try (TftpPeer other = new TftpPeer(server.port())) {
				other.sendRrq("forbidden", "octet");
				other.expectError(2);
			}
			assertEquals("not for you", events.await(TftpEvent.Kind.REFUSED, "forbidden").detail());
		}
	}

	@Test
	void aFailingListenerDoesNotStopTransfers() throws Exception {
		ServerFixture.write(root, "a", new byte[] { 42 });
		try (TftpServer server = new TftpServer("127.0.0.1", 0, root).listener(event -> {
			throw new IllegalStateException("listener bug");
		}).start(); TftpPeer peer = new TftpPeer(server.port())) {
			assertArrayEquals(new byte[] { 42 }, peer.download("a"));
		}
	}

	@Test
	void sendsAnErrorWhenReadingFailsMidTransfer() throws Exception {
		TftpFile failing = new TftpFile() {
			@Override
			public long size() {
				return 10_000;
			}

			@Override
			public int read(ByteBuffer dst, long position) throws IOException {
				if (position >= 1024) {
					throw new IOException("disk on fire");
				}
				int n = dst.remaining();
				dst.position(dst.limit());
				return n;
			}

			@Override
			public void close() {
			}
		};
		ServerFixture.Events events = new ServerFixture.Events();
		try (TftpServer server = new TftpServer("127.0.0.1", 0, (name, client) -> failing).listener(events::add).start();
				TftpPeer peer = new TftpPeer(server.port())) {
			peer.sendRrq("x", "octet");
			peer.receive();
			peer.ack(1);
			peer.receive();
			peer.ack(2);
			peer.expectError(0);
			TftpEvent failed = events.await(TftpEvent.Kind.FAILED, "x");
			assertEquals(1024, failed.bytes());
			assertTrue(failed.detail().contains("disk on fire"), failed.detail());
		}
	}

	@Test
	void closingTwiceIsHarmless() throws Exception {
		TftpServer server = new TftpServer("127.0.0.1", 0, root).start();
		int port = server.port();
		server.close();
		server.close();
		assertEquals(port, server.port());
		// the port is free again
		try (TftpServer again = new TftpServer("127.0.0.1", port, root).start()) {
			assertNotEquals(-1, again.port());
		}
	}

	@Test
	void reportsAMissingFileOfAGeneratedSourceAsNotFound() throws Exception {
		TftpFileSource source = (name, client) -> {
			throw new NoSuchFileException(name);
		};
		try (TftpServer server = new TftpServer("127.0.0.1", 0, source).start(); TftpPeer peer = new TftpPeer(server.port())) {
			peer.sendRrq("x", "octet");
			peer.expectError(1);
		}
	}
}
