package org.wulf.provision.tftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.commons.net.tftp.TFTPPacket;
import org.apache.commons.net.tftp.TFTPPacketException;
import org.junit.jupiter.api.Test;
import org.wulf.provision.tftp.internal.Packets;
import org.wulf.provision.tftp.internal.TftpRequest;
import org.wulf.provision.tftp.internal.TransferOptions;

/** Request parsing (through Commons Net), option negotiation and the OACK encoder. */
class RequestParsingTest {

	private static final InetSocketAddress CLIENT = new InetSocketAddress(TftpPeer.LOOPBACK, 2000);

	private static TftpRequest parse(byte[] packet) throws TFTPPacketException {
		byte[] buffer = new byte[1024];
		System.arraycopy(packet, 0, buffer, 0, packet.length);
		return TftpRequest.parse(buffer, packet.length, CLIENT);
	}

	@Test
	void readsNameModeAndOptionsWithLowerCaseNames() throws Exception {
		TftpRequest request = parse(TftpPeer.request(TFTPPacket.READ_REQUEST, "grub/x86_64-efi/grub.cfg", "NetASCII", "BlkSize",
				"1024", "tsize", "0"));
		assertTrue(request.isRead());
		assertEquals("grub/x86_64-efi/grub.cfg", request.fileName());
		assertFalse(request.octet());
		assertEquals(Map.of("blksize", "1024", "tsize", "0"), request.options());
	}

	@Test
	void decodesUtf8Names() throws Exception {
		assertEquals("nœud-é.cfg", parse(TftpPeer.request(TFTPPacket.READ_REQUEST, "nœud-é.cfg", "octet")).fileName());
		byte[] latin1 = { 0, 1, 'c', (byte) 0xE9, 0, 'o', 'c', 't', 'e', 't', 0 };
		assertEquals("c\u00e9", parse(latin1).fileName(), "not UTF-8: one char per byte");
	}

	@Test
	void rejectsAnUnterminatedOption() {
		byte[] packet = "\0\1a\0octet\0blksize\0001024".getBytes(StandardCharsets.US_ASCII);
		assertThrows(TFTPPacketException.class, () -> TftpRequest.parse(packet, packet.length, CLIENT));
	}

	@Test
	void negotiatesWithinTheServersLimits() {
		TransferOptions options = TransferOptions.negotiate(Map.of("blksize", "9000", "windowsize", "16", "tsize", "0"), true,
				4096, Duration.ofSeconds(1), 1468);
		assertEquals(1468, options.blockSize());
		assertEquals(16, options.windowSize());
		assertEquals(Duration.ofSeconds(1), options.timeout());
		assertEquals("octet, blksize=1468 tsize=4096 windowsize=16", options.describe("octet"));
		TransferOptions none = TransferOptions.negotiate(Map.of("tsize", "0"), true, -1, Duration.ofSeconds(2), 65464);
		assertTrue(none.acknowledged().isEmpty(), "no tsize for a size not known in advance");
	}

	@Test
	void encodesTheOack() {
		ByteBuffer oack = Packets.optionAck(Map.of("blksize", "1468"));
		byte[] bytes = new byte[oack.remaining()];
		oack.get(bytes);
		assertEquals("\0\6blksize\0001468\0", new String(bytes, StandardCharsets.US_ASCII));
	}
}
