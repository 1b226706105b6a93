package org.wulf.provision.tftp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.wulf.provision.tftp.tests.ServerFixture.randomBytes;
import static org.wulf.provision.tftp.tests.ServerFixture.sha256;
import static org.wulf.provision.tftp.tests.ServerFixture.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wulf.provision.tftp.TftpEvent;
import org.wulf.provision.tftp.TftpServer;

/**
 * Interoperability with the tftp-hpa client ({@code /usr/bin/tftp}, Debian package tftp-hpa);
 * skipped when it is not installed. tftp-hpa 5.2's client sends no RFC 2347 options, so these
 * transfers are plain RFC 1350 (512-byte blocks, lock-step). It exits 0 even after an ERROR
 * packet, so the tests look at its output and at the bytes.
 */
class TftpHpaClientTest {

	private static final Path TFTP = Path.of("/usr/bin/tftp");

	@TempDir
	Path dir;

	private Path root;
	private TftpServer server;
	private final ServerFixture.Events events = new ServerFixture.Events();

	@BeforeAll
	static void needsTftpHpa() {
		assumeTrue(Files.isExecutable(TFTP), "tftp-hpa's client is not installed (apt-get install tftp-hpa)");
	}

	@BeforeEach
	void start() throws IOException {
		root = Files.createDirectory(dir.resolve("root"));
		server = new TftpServer("127.0.0.1", 0, root).listener(events::add).start();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	/** @return what tftp printed */
	private String tftp(String mode, String file, Path destination) throws Exception {
		Process process = new ProcessBuilder(TFTP.toString(), "127.0.0.1", Integer.toString(server.port()), "-m", mode, "-c",
				"get", file, destination.toString()).redirectErrorStream(true).start();
		process.getOutputStream().close();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tftp did not finish within 60 s");
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 512, 1536, 777_777 })
	void servesTheSameBytesToTftpHpaInBinaryMode(int size) throws Exception {
		byte[] content = randomBytes(size, size);
		write(root, "file" + size, content);
		Path received = dir.resolve("received");
		String output = tftp("binary", "file" + size, received);
		assertEquals("", output);
		assertArrayEquals(content, Files.readAllBytes(received));
		assertEquals(size, events.await(TftpEvent.Kind.FINISHED, "file" + size).bytes());
	}

	@Test
	void servesTftpHpaPastBlock65535() throws Exception {
		byte[] content = randomBytes(65_536 * 512 + 4_000, 65536);
		write(root, "big.img", content);
		Path received = dir.resolve("received");
		assertEquals("", tftp("binary", "big.img", received));
		assertEquals(sha256(content), sha256(Files.readAllBytes(received)));
	}

	@Test
	void servesTextThatTftpHpaConvertsBackInAsciiMode() throws Exception {
		String text = "#!ipxe\ndhcp\nchain http://10.0.0.1/ipxe\r\nbare\rreturn\n";
		write(root, "boot.ipxe", text.getBytes(StandardCharsets.US_ASCII));
		Path received = dir.resolve("received");
		assertEquals("", tftp("ascii", "boot.ipxe", received));
		assertEquals(text, Files.readString(received, StandardCharsets.US_ASCII));
	}

	@Test
	void tftpHpaSeesTheErrors() throws Exception {
		Path received = dir.resolve("received");
		assertEquals("Error code 1: File not found", tftp("binary", "missing", received).strip());
		assertEquals("Error code 2: Access violation", tftp("binary", "../etc/passwd", received).strip());
		assertTrue(List.of(1, 2).contains(events.await(TftpEvent.Kind.REFUSED, "missing").errorCode()));
	}
}
