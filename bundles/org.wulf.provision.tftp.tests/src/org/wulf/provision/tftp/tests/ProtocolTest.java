package org.wulf.provision.tftp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.provision.tftp.tests.ServerFixture.randomBytes;
import static org.wulf.provision.tftp.tests.ServerFixture.sha256;
import static org.wulf.provision.tftp.tests.ServerFixture.write;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.apache.commons.net.tftp.TFTPAckPacket;
import org.apache.commons.net.tftp.TFTPPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.provision.tftp.TftpEvent;
import org.wulf.provision.tftp.TftpServer;
import org.wulf.provision.tftp.tests.TftpPeer.Packet;

/** RFC 1350/2347/2348/2349/7440 behaviour, seen from a packet-level client on 127.0.0.1. */
class ProtocolTest {

	@TempDir
	Path root;

	private TftpServer server;
	private final ServerFixture.Events events = new ServerFixture.Events();

	private TftpPeer start(Duration timeout, int retries) throws IOException {
		server = new TftpServer("127.0.0.1", 0, root).timeout(timeout).retries(retries).listener(events::add).start();
		return new TftpPeer(server.port());
	}

	private TftpPeer start() throws IOException {
		return start(Duration.ofSeconds(2), 3);
	}

	@AfterEach
	void stop() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void answersWithDataOneWhenTheRequestHasNoOptions() throws Exception {
		byte[] content = randomBytes(700, 1);
		write(root, "pxelinux.0", content);
		try (TftpPeer peer = start()) {
			peer.sendRrq("pxelinux.0", "octet");
			Packet first = peer.receive();
			assertTrue(first.isData(1), "expected DATA 1, got " + first);
			assertArrayEquals(Arrays.copyOf(content, 512), first.data());
			assertNotEquals(server.port(), first.from().getPort(), "a transfer runs on its own port (TID)");
		}
	}

	@Test
	void ignoresUnknownOptionsAndSendsNoOackForThemAlone() throws Exception {
		write(root, "a", randomBytes(10, 1));
		try (TftpPeer peer = start()) {
			peer.sendRrq("a", "octet", "multicast", "", "rollover", "0");
			assertTrue(peer.receive().isData(1));
		}
	}

	@Test
	void acknowledgesBlksizeTimeoutTsizeAndWindowsizeInAnOack() throws Exception {
		byte[] content = randomBytes(100_000, 2);
		write(root, "kernel", content);
		try (TftpPeer peer = start()) {
			// Option names are case-insensitive (RFC 2347); the unknown one is left out.
			peer.sendRrq("kernel", "octet", "BLKSIZE", "1468", "timeout", "3", "tsize", "0", "windowsize", "4", "foo", "bar");
			Packet oack = peer.receive();
			assertEquals(TFTPPacket.OACK, oack.opcode(), oack.toString());
			assertEquals(Map.of("blksize", "1468", "timeout", "3", "tsize", "100000", "windowsize", "4"), oack.options());
		}
	}

	@Test
	void capsBlksizeAndIgnoresOutOfRangeValues() throws Exception {
		write(root, "a", randomBytes(10, 1));
		try (TftpPeer peer = start()) {
			peer.sendRrq("a", "octet", "blksize", "70000", "timeout", "0", "windowsize", "0");
			assertEquals(Map.of("blksize", "65464"), peer.receive().options());
		}
		try (TftpPeer peer = new TftpPeer(server.port())) {
			// A client's tsize value in a read request carries no meaning: the server answers with the size.
			peer.sendRrq("a", "octet", "blksize", "7", "timeout", "256", "windowsize", "65536", "tsize", "x");
			assertEquals(Map.of("tsize", "10"), peer.receive().options());
		}
		try (TftpPeer peer = new TftpPeer(server.port())) {
			peer.sendRrq("a", "octet", "blksize", "", "timeout", "-1", "windowsize", "4x");
			Packet first = peer.receive();
			assertTrue(first.isData(1), "all values invalid: no OACK, got " + first);
		}
	}

	@Test
	void sendsBlocksOfTheNegotiatedSize() throws Exception {
		byte[] content = randomBytes(10_000, 3);
		write(root, "initrd", content);
		try (TftpPeer peer = start()) {
			byte[] received = peer.download("initrd", "blksize", "1468", "tsize", "0");
			assertArrayEquals(content, received);
		}
		try (TftpPeer peer = new TftpPeer(server.port())) {
			peer.sendRrq("initrd", "octet", "blksize", "1468");
			peer.receive();
			peer.ack(0);
			assertEquals(1468, peer.receive().data().length);
		}
	}

	@Test
	void convertsLineEndsInNetasciiModeAndReportsNoTsize() throws Exception {
		write(root, "script", "a\nb\rc\r\n".getBytes(StandardCharsets.US_ASCII));
		try (TftpPeer peer = start()) {
			peer.sendRrq("script", "netascii");
			Packet data = peer.receive();
			assertArrayEquals("a\r\nb\r\0c\r\0\r\n".getBytes(StandardCharsets.US_ASCII), data.data());
			peer.ack(1);
		}
		try (TftpPeer peer = new TftpPeer(server.port())) {
			peer.sendRrq("script", "netascii", "tsize", "0", "blksize", "8");
			assertEquals(Map.of("blksize", "8"), peer.receive().options());
		}
	}

	@Test
	void netasciiSplitsAnExpandedLineEndAcrossBlocksAndRewinds() throws Exception {
		// 7 bytes then LF: the CR ends block 1 (blksize 8), the LF starts block 2.
		byte[] text = "1234567\nabcdefg\rxyz".getBytes(StandardCharsets.US_ASCII);
		write(root, "split", text);
		try (TftpPeer peer = start(Duration.ofMillis(200), 5)) {
			peer.sendRrq("split", "netascii", "blksize", "8", "windowsize", "3");
			peer.receive();
			peer.ack(0);
			assertArrayEquals("1234567\r".getBytes(StandardCharsets.US_ASCII), peer.receive().data());
			assertArrayEquals("\nabcdefg".getBytes(StandardCharsets.US_ASCII), peer.receive().data());
			assertArrayEquals("\r\0xyz".getBytes(StandardCharsets.US_ASCII), peer.receive().data());
			// Pretend block 2 was lost: the window starts again there, from the remembered position.
			peer.ack(1);
			assertArrayEquals("\nabcdefg".getBytes(StandardCharsets.US_ASCII), peer.receive().data());
			assertArrayEquals("\r\0xyz".getBytes(StandardCharsets.US_ASCII), peer.receive().data());
			peer.ack(3);
			assertEquals(21, events.await(TftpEvent.Kind.FINISHED, "split").bytes(), "bytes on the wire");
		}
	}

	@Test
	void sendsAWholeWindowBeforeWaiting() throws Exception {
		byte[] content = randomBytes(512 * 40, 4);
		write(root, "w", content);
		try (TftpPeer peer = start()) {
			peer.sendRrq("w", "octet", "windowsize", "8");
			assertEquals(Map.of("windowsize", "8"), peer.receive().options());
			peer.ack(0);
			for (int block = 1; block <= 8; block++) {
				assertTrue(peer.receive().isData(block));
			}
			assertNull(peer.receive(300), "block 9 must wait for the acknowledgement of the window");
			peer.ack(8);
			assertTrue(peer.receive().isData(9));
		}
	}

	@Test
	void restartsTheWindowAfterTheLastBlockAcknowledged() throws Exception {
		byte[] content = randomBytes(512 * 20, 5);
		write(root, "w", content);
		try (TftpPeer peer = start()) {
			peer.sendRrq("w", "octet", "windowsize", "4");
			peer.receive();
			peer.ack(0);
			for (int block = 1; block <= 4; block++) {
				peer.receive();
			}
			// The client saw a gap after block 2 (RFC 7440): the next window starts at 3.
			peer.ack(2);
			for (int block = 3; block <= 6; block++) {
				Packet data = peer.receive();
				assertTrue(data.isData(block), "expected DATA " + block + ", got " + data);
				assertArrayEquals(Arrays.copyOfRange(content, (block - 1) * 512, block * 512), data.data());
			}
		}
	}

	@Test
	void downloadsWithLargeWindows() throws Exception {
		byte[] content = randomBytes(3_000_000, 6);
		write(root, "image", content);
		try (TftpPeer peer = start()) {
			assertEquals(sha256(content), sha256(peer.download("image", "blksize", "1468", "windowsize", "16")));
		}
	}

	@Test
	void retransmitsAfterTheTimeout() throws Exception {
		write(root, "a", randomBytes(2000, 1));
		try (TftpPeer peer = start(Duration.ofMillis(200), 3)) {
			peer.sendRrq("a", "octet");
			assertTrue(peer.receive().isData(1));
			long sent = System.nanoTime();
			// The ACK is "lost": the same block comes again after about the timeout.
			Packet again = peer.receive(2000);
			long waited = (System.nanoTime() - sent) / 1_000_000;
			assertTrue(again.isData(1), "expected DATA 1 again, got " + again);
			assertTrue(waited >= 150, "retransmitted after " + waited + " ms");
			peer.ack(1);
			assertTrue(peer.receive().isData(2));
		}
	}

	@Test
	void retransmitsTheOackWhenAckZeroIsLost() throws Exception {
		write(root, "a", randomBytes(2000, 1));
		try (TftpPeer peer = start(Duration.ofMillis(200), 3)) {
			peer.sendRrq("a", "octet", "tsize", "0");
			assertEquals(TFTPPacket.OACK, peer.receive().opcode());
			assertEquals(Map.of("tsize", "2000"), peer.receive(2000).options());
		}
	}

	@Test
	void givesUpAfterTheRetries() throws Exception {
		write(root, "a", randomBytes(2000, 1));
		try (TftpPeer peer = start(Duration.ofMillis(100), 2)) {
			peer.sendRrq("a", "octet");
			for (int i = 0; i < 3; i++) {
				assertTrue(peer.receive().isData(1), "the first send and two retransmissions");
			}
			peer.expectError(0);
			TftpEvent failed = events.await(TftpEvent.Kind.FAILED, "a");
			assertTrue(failed.detail().contains("no acknowledgement of block 1 after 2 retransmissions"), failed.detail());
			assertNull(peer.receive(300));
		}
	}

	@Test
	void ignoresDuplicateAcknowledgements() throws Exception {
		write(root, "a", randomBytes(512 * 5, 1));
		// A long timeout, so that any DATA seen below comes from reacting to an ACK.
		try (TftpPeer peer = start(Duration.ofSeconds(3), 3)) {
			peer.sendRrq("a", "octet");
			assertTrue(peer.receive().isData(1));
			peer.ack(1);
			peer.ack(1);
			peer.ack(1);
			assertTrue(peer.receive().isData(2));
			assertNull(peer.receive(300), "duplicate ACKs must not make the server send block 2 again (Sorcerer's Apprentice)");
			peer.ack(1); // old
			peer.ack(7); // never sent
			assertNull(peer.receive(300));
			peer.ack(2);
			assertTrue(peer.receive().isData(3));
		}
	}

	@Test
	void rollsTheBlockNumberOverWithSmallBlocks() throws Exception {
		// blksize 8: 65,549 blocks in half a MiB, so the wrap-around test stays quick.
		byte[] content = randomBytes(65_548 * 8 + 3, 8);
		write(root, "wrap", content);
		try (TftpPeer peer = start()) {
			assertEquals(sha256(content), sha256(peer.download("wrap", "blksize", "8", "windowsize", "64")));
		}
		assertEquals(content.length, events.await(TftpEvent.Kind.FINISHED, "wrap").bytes());
	}

	@Test
	void rollsOverToZeroInLockStep() throws Exception {
		byte[] content = randomBytes(65_536 * 8 + 1, 9);
		write(root, "wrap", content);
		try (TftpPeer peer = start()) {
			peer.sendRrq("wrap", "octet", "blksize", "8");
			peer.receive();
			peer.ack(0);
			for (int block = 1; block <= 65_535; block++) {
				peer.receive();
				peer.ack(block);
			}
			Packet wrapped = peer.receive();
			assertTrue(wrapped.isData(0), "block 65536 goes out as 0, got " + wrapped);
			assertArrayEquals(Arrays.copyOfRange(content, 65_535 * 8, 65_536 * 8), wrapped.data());
			peer.ack(0);
			Packet last = peer.receive();
			assertTrue(last.isData(1));
			assertEquals(1, last.data().length);
			peer.ack(1);
			events.await(TftpEvent.Kind.FINISHED, "wrap");
		}
	}

	@Test
	void answersAStrangerWithUnknownTransferIdAndCarriesOn() throws Exception {
		write(root, "a", randomBytes(1000, 1));
		try (TftpPeer peer = start(); DatagramSocket stranger = new DatagramSocket(new InetSocketAddress(TftpPeer.LOOPBACK, 0))) {
			peer.sendRrq("a", "octet");
			assertTrue(peer.receive().isData(1));
			stranger.setSoTimeout(5000);
			stranger.send(new TFTPAckPacket(peer.tid().getAddress(), peer.tid().getPort(), 1).newDatagram());
			DatagramPacket answer = new DatagramPacket(new byte[100], 100);
			stranger.receive(answer);
			assertEquals(5, answer.getData()[1], "ERROR");
			assertEquals(5, answer.getData()[3], "code 5, unknown transfer ID");
			assertNull(peer.receive(200), "the stranger's ACK does not move the transfer");
			peer.ack(1);
			assertTrue(peer.receive().isData(2));
		}
	}

	@Test
	void endsTheTransferWhenTheClientSendsAnError() throws Exception {
		write(root, "a", randomBytes(100_000, 1));
		try (TftpPeer peer = start(Duration.ofMillis(200), 3)) {
			// A PXE ROM asks for tsize only, then refuses the OACK with error 8.
			peer.sendRrq("a", "octet", "tsize", "0");
			assertEquals("100000", peer.receive().options().get("tsize"));
			peer.error(8, "tsize query only");
			TftpEvent failed = events.await(TftpEvent.Kind.FAILED, "a");
			assertEquals(8, failed.errorCode());
			assertNull(peer.receive(500), "nothing more after the client's error");
		}
	}

	@Test
	void ignoresARetransmittedRequest() throws Exception {
		write(root, "a", randomBytes(1000, 1));
		try (TftpPeer peer = start()) {
			peer.sendRrq("a", "octet");
			peer.sendRrq("a", "octet");
			Packet first = peer.receive();
			assertTrue(first.isData(1));
			assertNull(peer.receive(300), "one transfer for a request sent twice");
		}
	}

	@Test
	void aNewRequestFromTheSamePortSupersedesTheRunningTransfer() throws Exception {
		write(root, "a", randomBytes(100_000, 1));
		write(root, "b", randomBytes(10, 2));
		try (TftpPeer peer = start()) {
			peer.sendRrq("a", "octet");
			Packet first = peer.receive();
			assertTrue(first.isData(1));
			peer.sendRrq("b", "octet");
			Packet other = peer.receive();
			assertTrue(other.isData(1) && other.data().length == 10, "b's only block, got " + other);
			assertNotEquals(first.from(), other.from(), "a new transfer ID");
			assertEquals("superseded by a new request from the same client port", events.await(TftpEvent.Kind.FAILED, "a").detail());
		}
	}

	@Test
	void saysBusyBeyondTheTransferLimit() throws Exception {
		write(root, "a", randomBytes(100, 1));
		server = new TftpServer("127.0.0.1", 0, root).maxTransfers(1).listener(events::add).start();
		try (TftpPeer first = new TftpPeer(server.port()); TftpPeer second = new TftpPeer(server.port())) {
			first.sendRrq("a", "octet");
			assertTrue(first.receive().isData(1));
			second.sendRrq("a", "octet");
			assertEquals("Server busy, try again", second.expectError(0).message());
			first.ack(1);
			events.await(TftpEvent.Kind.FINISHED, "a");
			try (TftpPeer third = new TftpPeer(server.port())) {
				assertEquals(100, third.download("a").length);
			}
		}
	}

	@Test
	void answersAMalformedRequestWithIllegalOperation() throws Exception {
		try (TftpPeer peer = start()) {
			peer.sendRrq("a", "mail");
			peer.expectError(4);
			peer.sendToServer(new byte[] { 0, 9, 1, 2 });
			peer.expectError(4);
		}
	}

	@Test
	void servesUtf8Names() throws Exception {
		byte[] content = randomBytes(100, 10);
		write(root, "nœud/é.cfg", content);
		try (TftpPeer peer = start()) {
			assertArrayEquals(content, peer.download("nœud/é.cfg"));
		}
	}

	@Test
	void abortsRunningTransfersOnClose() throws Exception {
		write(root, "a", randomBytes(100_000, 1));
		try (TftpPeer peer = start()) {
			peer.sendRrq("a", "octet");
			assertTrue(peer.receive().isData(1));
			assertEquals(1, server.activeTransfers());
			server.close();
			TftpEvent failed = events.await(TftpEvent.Kind.FAILED, "a");
			assertEquals("the server stopped", failed.detail());
			assertEquals(0, server.activeTransfers());
			peer.ack(1);
			assertNull(peer.receive(300));
			peer.sendRrq("a", "octet");
			assertFalse(peer.receive(300) != null, "no answers after close");
		}
	}
}
