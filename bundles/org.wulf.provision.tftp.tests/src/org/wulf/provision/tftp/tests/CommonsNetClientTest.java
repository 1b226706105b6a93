package org.wulf.provision.tftp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.provision.tftp.tests.ServerFixture.randomBytes;
import static org.wulf.provision.tftp.tests.ServerFixture.sha256;
import static org.wulf.provision.tftp.tests.ServerFixture.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wulf.provision.tftp.TftpEvent;
import org.wulf.provision.tftp.TftpServer;

/** The server against Commons Net's TFTPClient (RFC 1350 only: 512-byte blocks, lock-step). */
class CommonsNetClientTest {

	@TempDir
	Path root;

	private TftpServer server;
	private final ServerFixture.Events events = new ServerFixture.Events();

	@BeforeEach
	void start() throws IOException {
		server = new TftpServer("127.0.0.1", 0, root).listener(events::add).start();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private byte[] get(String name, int mode) throws IOException {
		TFTPClient client = new TFTPClient();
		client.setDefaultTimeout(Duration.ofSeconds(5));
		client.open(0, TftpPeer.LOOPBACK);
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			client.receiveFile(name, mode, out, TftpPeer.LOOPBACK, server.port());
			return out.toByteArray();
		} finally {
			client.close();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 511, 512, 513, 1024, 100_000 })
	void servesFilesOfEverySizeInOctetMode(int size) throws Exception {
		byte[] content = randomBytes(size, size);
		write(root, "f" + size, content);
		assertArrayEquals(content, get("f" + size, TFTP.BINARY_MODE));
		TftpEvent finished = events.await(TftpEvent.Kind.FINISHED, "f" + size);
		assertEquals(size, finished.bytes());
		assertEquals("127.0.0.1", finished.client().getAddress().getHostAddress());
	}

	@Test
	void netasciiRoundTripsThroughCommonsNetsDecoder() throws Exception {
		String text = "line one\nline two\n\nlast line without end";
		write(root, "motd", text.getBytes(StandardCharsets.US_ASCII));
		// Commons Net turns CR LF back into the local line separator.
		String received = new String(get("motd", TFTP.ASCII_MODE), StandardCharsets.US_ASCII);
		assertEquals(text.replace("\n", System.lineSeparator()), received);
	}

	@Test
	void reportsFileNotFoundAsErrorOne() throws Exception {
		IOException e = assertThrows(IOException.class, () -> get("missing.efi", TFTP.BINARY_MODE));
		assertTrue(e.getMessage().contains("Error code 1"), e.getMessage());
		TftpEvent refused = events.await(TftpEvent.Kind.REFUSED, "missing.efi");
		assertEquals(1, refused.errorCode());
	}

	@Test
	void servesTwentyClientsAtOnce() throws Exception {
		List<String> digests = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			byte[] content = randomBytes(300_000 + i * 1000, i);
			write(root, "node" + i + ".img", content);
			digests.add(sha256(content));
		}
		try (ExecutorService clients = Executors.newFixedThreadPool(20)) {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String name = "node" + i + ".img";
				results.add(clients.submit(() -> sha256(get(name, TFTP.BINARY_MODE))));
			}
			for (int i = 0; i < 20; i++) {
				assertEquals(digests.get(i), results.get(i).get(), "node" + i + ".img");
			}
		}
	}

	@Test
	void rollsTheBlockNumberOverPast65535() throws Exception {
		// 65535 full blocks, then blocks 0, 1 and a short one: Commons Net expects 0 after 65535.
		byte[] content = randomBytes(65_537 * 512 + 100, 7);
		write(root, "big.img", content);
		long started = System.nanoTime();
		assertEquals(sha256(content), sha256(get("big.img", TFTP.BINARY_MODE)));
		System.out.printf("lock-step 512-byte blocks, %d bytes: %d ms%n", content.length,
				(System.nanoTime() - started) / 1_000_000);
	}
}
