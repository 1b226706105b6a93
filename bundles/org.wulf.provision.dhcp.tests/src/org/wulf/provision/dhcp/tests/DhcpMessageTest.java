package org.wulf.provision.dhcp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.wulf.provision.dhcp.ClientArchitecture;
import org.wulf.provision.dhcp.DhcpMessage;
import org.wulf.provision.dhcp.DhcpOption;
import org.wulf.provision.dhcp.MalformedDhcpMessageException;
import org.wulf.provision.dhcp.MessageType;

class DhcpMessageTest {

	@Test
	void encodeThenDecodeKeepsEveryField() throws Exception {
		DhcpMessage m = Requests.pxe(MessageType.DISCOVER, "52:54:00:12:34:56", 7);
		m.flags = DhcpMessage.FLAG_BROADCAST;
		m.secs = 4;
		m.giaddr = DhcpMessage.toInt(Requests.ip("10.1.0.254"));
		m.file = "snponly.efi";
		byte[] wire = m.encode();
		assertTrue(wire.length >= 300, "BOOTP minimum size");
		DhcpMessage back = DhcpMessage.decode(wire, wire.length);
		assertEquals(MessageType.DISCOVER, back.type());
		assertEquals("52:54:00:12:34:56", back.mac());
		assertEquals(0x1234abcd, back.xid);
		assertEquals(DhcpMessage.FLAG_BROADCAST, back.flags);
		assertEquals(4, back.secs);
		assertEquals("10.1.0.254", DhcpMessage.toAddress(back.giaddr).getHostAddress());
		assertEquals("snponly.efi", back.file);
		assertEquals(ClientArchitecture.EFI_X86_64, back.architecture());
		assertEquals("PXEClient:Arch:00007:UNDI:002001", back.stringOption(DhcpOption.VENDOR_CLASS).orElseThrow());
	}

	@Test
	void longOptionsAreSplitAndJoinedAgain() throws Exception {
		byte[] value = new byte[600];
		Arrays.fill(value, (byte) 'x');
		DhcpMessage m = Requests.plain(MessageType.OFFER, "52:54:00:00:00:01").option(DhcpOption.MESSAGE, value);
		byte[] wire = m.encode();
		assertArrayEquals(value, DhcpMessage.decode(wire, wire.length).option(DhcpOption.MESSAGE).orElseThrow());
	}

	@Test
	void overloadedFileFieldCarriesOptions() throws Exception {
		DhcpMessage m = Requests.plain(MessageType.ACK, "52:54:00:00:00:01").option(DhcpOption.OVERLOAD, new byte[] { 1 });
		byte[] wire = m.encode();
		wire[108] = (byte) DhcpOption.HOSTNAME;
		wire[109] = 3;
		wire[110] = 'n';
		wire[111] = '0';
		wire[112] = '1';
		wire[113] = (byte) 255;
		DhcpMessage back = DhcpMessage.decode(wire, wire.length);
		assertEquals("n01", back.stringOption(DhcpOption.HOSTNAME).orElseThrow());
		assertEquals("", back.file);
	}

	@Test
	void ipxeUserClassIsRecognisedInBothForms() {
		DhcpMessage rfc3004 = Requests.ipxe(MessageType.DISCOVER, "52:54:00:00:00:01");
		assertTrue(rfc3004.userClassContains("iPXE"));
		DhcpMessage bare = Requests.plain(MessageType.DISCOVER, "52:54:00:00:00:01").option(DhcpOption.USER_CLASS, "iPXE");
		assertTrue(bare.userClassContains("iPXE"));
	}

	@Test
	void truncatedMessageIsRejectedWithItsLength() {
		byte[] wire = Requests.plain(MessageType.DISCOVER, "52:54:00:00:00:01").encode();
		MalformedDhcpMessageException e = assertThrows(MalformedDhcpMessageException.class, () -> DhcpMessage.decode(wire, 100));
		assertTrue(e.getMessage().contains("100 bytes"), e.getMessage());
	}

	@Test
	void wrongCookieIsRejectedWithItsOffset() {
		byte[] wire = Requests.plain(MessageType.DISCOVER, "52:54:00:00:00:01").encode();
		wire[236] = 0;
		MalformedDhcpMessageException e = assertThrows(MalformedDhcpMessageException.class,
				() -> DhcpMessage.decode(wire, wire.length));
		assertTrue(e.getMessage().startsWith("byte 236: magic cookie"), e.getMessage());
	}

	@Test
	void optionRunningPastTheEndIsRejected() {
		byte[] wire = Requests.plain(MessageType.DISCOVER, "52:54:00:00:00:01").encode();
		int at = 240;
		wire[at] = 12;
		wire[at + 1] = (byte) 200; // says 200 bytes; the datagram ends 20 bytes later
		MalformedDhcpMessageException e = assertThrows(MalformedDhcpMessageException.class,
				() -> DhcpMessage.decode(wire, at + 20));
		assertTrue(e.getMessage().contains("option 12 says 200 bytes"), e.getMessage());
	}

	@Test
	void badOpAndHardwareLengthAreRejected() {
		byte[] wire = Requests.plain(MessageType.DISCOVER, "52:54:00:00:00:01").encode();
		wire[0] = 7;
		assertThrows(MalformedDhcpMessageException.class, () -> DhcpMessage.decode(wire, wire.length));
		wire[0] = 1;
		wire[2] = 40;
		assertThrows(MalformedDhcpMessageException.class, () -> DhcpMessage.decode(wire, wire.length));
	}

	@Test
	void addressesParseWithoutLookups() {
		assertEquals("10.0.0.1", DhcpMessage.parseAddress("10.0.0.1").getHostAddress());
		assertThrows(IllegalArgumentException.class, () -> DhcpMessage.parseAddress("10.0.0.256"));
		assertThrows(IllegalArgumentException.class, () -> DhcpMessage.parseAddress("example.org"));
		assertThrows(IllegalArgumentException.class, () -> DhcpMessage.parseAddress("10.0.0"));
	}
}
