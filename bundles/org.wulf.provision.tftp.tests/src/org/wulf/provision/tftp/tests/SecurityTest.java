package org.wulf.provision.tftp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.wulf.provision.tftp.tests.ServerFixture.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.commons.net.tftp.TFTPPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wulf.provision.tftp.DirectoryFileSource;
import org.wulf.provision.tftp.TftpEvent;
import org.wulf.provision.tftp.TftpServer;

/** Nothing outside the root is served, and nothing is written. */
class SecurityTest {

	@TempDir
	Path dir;

	private Path root;
	private Path outside;
	private TftpServer server;
	private final ServerFixture.Events events = new ServerFixture.Events();

	@BeforeEach
	void start() throws IOException {
		root = Files.createDirectory(dir.resolve("tftpboot"));
		outside = write(dir, "secret.txt", "not for nodes".getBytes(StandardCharsets.US_ASCII));
		write(root, "hello.txt", "hello".getBytes(StandardCharsets.US_ASCII));
		write(root, "boot/bcd", "bcd".getBytes(StandardCharsets.US_ASCII));
		server = new TftpServer("127.0.0.1", 0, root).listener(events::add).start();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private TftpPeer peer() throws IOException {
		return new TftpPeer(server.port());
	}

	private TftpEvent assertRefused(String name, int code) throws Exception {
		try (TftpPeer peer = peer()) {
			peer.sendRrq(name, "octet");
			peer.expectError(code);
		}
		TftpEvent refused = events.await(TftpEvent.Kind.REFUSED, name);
		assertEquals(code, refused.errorCode());
		return refused;
	}

	@ParameterizedTest
	@ValueSource(strings = { "../secret.txt", "../../../../../etc/passwd", "boot/../../secret.txt", "boot/../hello.txt",
			"..", "..\\secret.txt", "boot\\..\\..\\secret.txt" })
	void refusesParentSegmentsWithAccessViolation(String name) throws Exception {
		assertRefused(name, 2);
	}

	@Test
	void readsAbsoluteNamesRelativeToTheRoot() throws Exception {
		try (TftpPeer peer = peer()) {
			assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), peer.download("/hello.txt"));
		}
		try (TftpPeer peer = peer()) {
			assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), peer.download("//./hello.txt"));
		}
		// /etc/passwd is <root>/etc/passwd, which does not exist.
		assertRefused("/etc/passwd", 1);
		assertRefused(outside.toString(), 1);
	}

	@Test
	void takesBackslashesAsSeparators() throws Exception {
		try (TftpPeer peer = peer()) {
			assertArrayEquals("bcd".getBytes(StandardCharsets.US_ASCII), peer.download("\\boot\\bcd"));
		}
	}

	@Test
	void refusesSymbolicLinksPointingOutOfTheRoot() throws Exception {
		Files.createSymbolicLink(root.resolve("escape"), outside);
		Files.createSymbolicLink(root.resolve("etc"), Path.of("/etc"));
		String detail = assertRefused("escape", 2).detail();
		assertTrue(detail.contains("outside the TFTP root"), detail);
		assertRefused("etc/passwd", 2);
	}

	@Test
	void followsSymbolicLinksInsideTheRoot() throws Exception {
		Files.createSymbolicLink(root.resolve("latest.txt"), Path.of("hello.txt"));
		Files.createSymbolicLink(root.resolve("efi"), Path.of("boot"));
		try (TftpPeer peer = peer()) {
			assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), peer.download("latest.txt"));
		}
		try (TftpPeer peer = peer()) {
			assertArrayEquals("bcd".getBytes(StandardCharsets.US_ASCII), peer.download("efi/bcd"));
		}
	}

	@Test
	void aNulByteEndsTheNameSoTheRestIsAnUnknownMode() throws Exception {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes(new byte[] { 0, 1 });
		request.writeBytes("hello.txt\0../../secret.txt\0octet\0".getBytes(StandardCharsets.US_ASCII));
		try (TftpPeer peer = peer()) {
			peer.sendToServer(request.toByteArray());
			peer.expectError(4);
		}
	}

	@Test
	void refusesControlCharactersInNames() throws Exception {
		DirectoryFileSource source = new DirectoryFileSource(root);
		AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> source.resolve("hello.txt\0.efi"));
		assertEquals("control character in the file name", e.getReason());
		assertEquals("hello.txt\\x00.efi", e.getFile());
		assertRefused("hello.txt\n", 2);
	}

	@Test
	void refusesDirectoriesAndTheRootItself() throws Exception {
		assertRefused("boot", 2);
		assertRefused("boot/", 2);
		assertRefused("/", 2);
		assertRefused("", 2);
		assertRefused(".", 2);
	}

	@Test
	void refusesFifosWithoutBlocking() throws Exception {
		Path fifo = root.resolve("fifo");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "mkfifo is not installed");
		assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor());
		assertRefused("fifo", 2);
	}

	@Test
	void reportsMissingFilesAsNotFound() throws Exception {
		assertRefused("pxelinux.cfg/01-52-54-00-00-00-01", 1);
		assertThrows(NoSuchFileException.class, () -> new DirectoryFileSource(root).resolve("nope"));
	}

	@Test
	void refusesWriteRequests() throws Exception {
		try (TftpPeer peer = peer()) {
			peer.sendToServer(TftpPeer.request(TFTPPacket.WRITE_REQUEST, "upload.bin", "octet"));
			peer.expectError(2);
			peer.sendToServer(TftpPeer.request(TFTPPacket.WRITE_REQUEST, "hello.txt", "octet"));
			peer.expectError(2);
		}
		assertEquals(2, events.await(TftpEvent.Kind.REFUSED, "upload.bin").errorCode());
		assertFalse(Files.exists(root.resolve("upload.bin")));
		assertEquals("hello", Files.readString(root.resolve("hello.txt")));
	}
}
