package org.wulf.provision.dhcp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.provision.dhcp.tests.Requests.ip;

import java.io.IOException;
import java.net.Inet4Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.provision.dhcp.ClientArchitecture;
import org.wulf.provision.dhcp.DhcpEvent;
import org.wulf.provision.dhcp.DhcpHosts;
import org.wulf.provision.dhcp.DhcpMessage;
import org.wulf.provision.dhcp.DhcpOption;
import org.wulf.provision.dhcp.DhcpResponder;
import org.wulf.provision.dhcp.DhcpResponder.Reply;
import org.wulf.provision.dhcp.DhcpSettings;
import org.wulf.provision.dhcp.DhcpSettings.Mode;
import org.wulf.provision.dhcp.LeaseTable;
import org.wulf.provision.dhcp.MessageType;
import org.wulf.provision.dhcp.StaticHost;

class DhcpResponderTest {

	static final Inet4Address SERVER = ip("10.5.0.1");
	static final String NODE_MAC = "52:54:00:00:00:11";

	@TempDir
	Path dir;
	final List<DhcpEvent> events = new ArrayList<>();

	static DhcpSettings settings(Mode mode, String poolStart, String poolEnd, Path leaseFile) {
		return new DhcpSettings(mode, SERVER, ip("255.255.255.0"), ip("10.5.0.254"), List.of(ip("10.5.0.1")), "lab",
				poolStart == null ? null : ip(poolStart), poolEnd == null ? null : ip(poolEnd), Duration.ofHours(1),
				"http://10.5.0.1:9873/provision/{mac}?stage=ipxe", "http://10.5.0.1:9873/boot/{file}",
				Map.of(ClientArchitecture.EFI_ARM64, "arm64/snp.efi"), leaseFile, "br0", 67, 68, 4011, null);
	}

	static DhcpHosts hosts(Map<String, StaticHost> byMac) {
		return new DhcpHosts() {
			@Override
			public Optional<StaticHost> byMac(String mac) {
				return Optional.ofNullable(byMac.get(mac));
			}

			@Override
			public boolean isReserved(Inet4Address address) {
				return byMac.values().stream().anyMatch(h -> h.address().equals(address));
			}
		};
	}

	DhcpResponder responder(DhcpSettings settings, DhcpHosts hosts) throws IOException {
		return new DhcpResponder(settings, () -> hosts, new LeaseTable(settings.leaseFile(), Clock.systemUTC()).load(),
				events::add);
	}

	DhcpResponder withNode(Mode mode) throws IOException {
		return responder(settings(mode, "10.5.0.100", "10.5.0.102", dir.resolve("leases")),
				hosts(Map.of(NODE_MAC, new StaticHost("n01", ip("10.5.0.11"), null, null))));
	}

	@Test
	void knownBiosNodeGetsItsAddressAndUndionly() throws Exception {
		Reply offer = withNode(Mode.SERVER).respond(Requests.pxe(MessageType.DISCOVER, NODE_MAC, 0), false).orElseThrow();
		DhcpMessage m = offer.message();
		assertEquals(MessageType.OFFER, m.type());
		assertEquals("10.5.0.11", DhcpMessage.toAddress(m.yiaddr).getHostAddress());
		assertEquals("undionly.kpxe", m.file);
		assertEquals("undionly.kpxe", m.stringOption(DhcpOption.BOOTFILE_NAME).orElseThrow());
		assertEquals(SERVER, DhcpMessage.toAddress(m.siaddr));
		assertEquals("n01", m.stringOption(DhcpOption.HOSTNAME).orElseThrow());
		assertEquals(SERVER, m.addressOption(DhcpOption.SERVER_ID).orElseThrow());
		assertEquals(ip("255.255.255.0"), m.addressOption(DhcpOption.SUBNET_MASK).orElseThrow());
		assertEquals(ip("10.5.0.254"), m.addressOption(DhcpOption.ROUTER).orElseThrow());
		assertEquals(ip("10.5.0.255"), m.addressOption(DhcpOption.BROADCAST_ADDRESS).orElseThrow());
		assertEquals("255.255.255.255", offer.target().getHostAddress());
		assertEquals(68, offer.port());
		assertEquals(DhcpEvent.Kind.OFFER, events.get(0).kind());
		assertEquals("n01", events.get(0).node());
	}

	@Test
	void uefiFirmwareGetsSnponlyAndArmGetsTheClusterChoice() throws Exception {
		DhcpResponder responder = withNode(Mode.SERVER);
		assertEquals("snponly.efi", responder.respond(Requests.pxe(MessageType.DISCOVER, NODE_MAC, 7), false).orElseThrow()
				.message().file);
		assertEquals("snponly.efi", responder.respond(Requests.pxe(MessageType.DISCOVER, NODE_MAC, 9), false).orElseThrow()
				.message().file);
		assertEquals("arm64/snp.efi", responder.respond(Requests.pxe(MessageType.DISCOVER, NODE_MAC, 11), false)
				.orElseThrow().message().file);
	}

	@Test
	void httpBootClientsGetAUrlAndTheirVendorClass() throws Exception {
		DhcpMessage request = Requests.pxe(MessageType.DISCOVER, NODE_MAC, 16);
		request.option(DhcpOption.VENDOR_CLASS, "HTTPClient:Arch:00016:UNDI:003001");
		DhcpMessage offer = withNode(Mode.SERVER).respond(request, false).orElseThrow().message();
		assertEquals("http://10.5.0.1:9873/boot/snponly.efi", offer.file);
		assertEquals("HTTPClient", offer.stringOption(DhcpOption.VENDOR_CLASS).orElseThrow());
	}

	@Test
	void ipxeGetsItsScriptUrlAndNoPxedhcp() throws Exception {
		DhcpMessage offer = withNode(Mode.SERVER).respond(Requests.ipxe(MessageType.DISCOVER, NODE_MAC), false).orElseThrow()
				.message();
		assertEquals("http://10.5.0.1:9873/provision/52:54:00:00:00:11?stage=ipxe", offer.file);
		assertArrayEquals(new byte[] { (byte) 176, 1, 1 }, offer.option(DhcpOption.IPXE_ENCAPSULATED).orElseThrow());
	}

	@Test
	void linuxOnTheNodeGetsAnAddressWithoutBootFile() throws Exception {
		DhcpMessage offer = withNode(Mode.SERVER).respond(Requests.plain(MessageType.DISCOVER, NODE_MAC), false)
				.orElseThrow().message();
		assertEquals("10.5.0.11", DhcpMessage.toAddress(offer.yiaddr).getHostAddress());
		assertEquals("", offer.file);
		assertFalse(offer.has(DhcpOption.BOOTFILE_NAME));
	}

	@Test
	void fullExchangeForAKnownNode() throws Exception {
		DhcpResponder responder = withNode(Mode.SERVER);
		responder.respond(Requests.pxe(MessageType.DISCOVER, NODE_MAC, 0), false).orElseThrow();
		Reply ack = responder.respond(Requests.requesting(Requests.pxe(MessageType.REQUEST, NODE_MAC, 0), ip("10.5.0.11"),
				SERVER), false).orElseThrow();
		assertEquals(MessageType.ACK, ack.message().type());
		assertEquals("10.5.0.11", DhcpMessage.toAddress(ack.message().yiaddr).getHostAddress());
		assertEquals(3600, java.nio.ByteBuffer.wrap(ack.message().option(DhcpOption.LEASE_TIME).orElseThrow()).getInt());
	}

	@Test
	void requestForAnotherAddressOfAKnownNodeIsRefused() throws Exception {
		Reply nak = withNode(Mode.SERVER).respond(
				Requests.requesting(Requests.plain(MessageType.REQUEST, NODE_MAC), ip("10.5.0.99"), SERVER), false)
				.orElseThrow();
		assertEquals(MessageType.NAK, nak.message().type());
		assertTrue(nak.message().stringOption(DhcpOption.MESSAGE).orElseThrow().contains("10.5.0.11"));
	}

	@Test
	void requestForAnotherServerDropsTheOfferAndStaysSilent() throws Exception {
		DhcpResponder responder = withNode(Mode.SERVER);
		String mac = "52:54:00:00:00:99";
		DhcpMessage offer = responder.respond(Requests.plain(MessageType.DISCOVER, mac), false).orElseThrow().message();
		assertEquals("10.5.0.100", DhcpMessage.toAddress(offer.yiaddr).getHostAddress());
		assertTrue(responder.respond(Requests.requesting(Requests.plain(MessageType.REQUEST, mac), ip("192.168.1.5"),
				ip("192.168.1.1")), false).isEmpty());
		// the held address is free again for the next machine
		DhcpMessage other = responder.respond(Requests.requesting(Requests.plain(MessageType.DISCOVER, "52:54:00:00:00:98"),
				ip("10.5.0.100"), null), false).orElseThrow().message();
		assertEquals("10.5.0.100", DhcpMessage.toAddress(other.yiaddr).getHostAddress());
	}

	@Test
	void poolSkipsReservedAddressesHoldsOffersAndRunsOut() throws Exception {
		DhcpResponder responder = responder(settings(Mode.SERVER, "10.5.0.10", "10.5.0.12", null),
				hosts(Map.of(NODE_MAC, new StaticHost("n01", ip("10.5.0.11"), null, null))));
		assertEquals("10.5.0.10", offered(responder, "52:54:00:00:01:01"));
		assertEquals("10.5.0.12", offered(responder, "52:54:00:00:01:02"), "10.5.0.11 is the node's");
		assertEquals("10.5.0.10", offered(responder, "52:54:00:00:01:01"), "the same machine gets its offer again");
		assertTrue(responder.respond(Requests.plain(MessageType.DISCOVER, "52:54:00:00:01:03"), false).isEmpty());
		assertTrue(events.get(events.size() - 1).detail().contains("exhausted"), events.toString());
	}

	@Test
	void leasesSurviveARestartAndReleaseFreesThem() throws Exception {
		Path file = dir.resolve("state/leases");
		DhcpSettings settings = settings(Mode.SERVER, "10.5.0.100", "10.5.0.110", file);
		String mac = "52:54:00:00:02:01";
		DhcpResponder first = responder(settings, DhcpHosts.NONE);
		Reply ack = first.respond(Requests.requesting(Requests.plain(MessageType.REQUEST, mac), ip("10.5.0.105"), SERVER),
				false).orElseThrow();
		assertEquals(MessageType.ACK, ack.message().type());
		assertTrue(Files.readString(file).contains(mac + " 10.5.0.105 "));

		DhcpResponder second = responder(settings, DhcpHosts.NONE);
		assertEquals("10.5.0.105", offered(second, mac), "the lease file gives the same address after a restart");
		assertEquals(MessageType.NAK, second.respond(Requests.requesting(Requests.plain(MessageType.REQUEST,
				"52:54:00:00:02:02"), ip("10.5.0.105"), SERVER), false).orElseThrow().message().type());

		DhcpMessage release = Requests.plain(MessageType.RELEASE, mac).option(DhcpOption.SERVER_ID, SERVER);
		release.ciaddr = DhcpMessage.toInt(ip("10.5.0.105"));
		second.respond(release, false);
		assertTrue(Files.readString(file).contains(mac + " - 0"), "the release is journaled");
		assertTrue(new LeaseTable(file, Clock.systemUTC()).load().byMac(mac).isEmpty());
		assertFalse(Files.readString(file).contains(mac), "loading compacts the journal");
	}

	@Test
	void unreadableLeaseLinesAreSkipped() throws Exception {
		Path file = dir.resolve("leases");
		long future = System.currentTimeMillis() / 1000 + 3600;
		Files.writeString(file, "# comment\ngarbage\n52:54:00:00:03:01 10.5.0.300 " + future + "\n52:54:00:00:03:02 10.5.0.101 "
				+ future + " box\n");
		LeaseTable table = new LeaseTable(file, Clock.systemUTC()).load();
		assertEquals(1, table.leases().size());
		assertEquals("box", table.leases().get(0).hostname());
	}

	@Test
	void declinedAddressIsNotOfferedAgain() throws Exception {
		DhcpResponder responder = responder(settings(Mode.SERVER, "10.5.0.100", "10.5.0.101", null), DhcpHosts.NONE);
		String mac = "52:54:00:00:04:01";
		assertEquals("10.5.0.100", offered(responder, mac));
		responder.respond(Requests.requesting(Requests.plain(MessageType.DECLINE, mac), ip("10.5.0.100"), SERVER), false);
		assertEquals("10.5.0.101", offered(responder, mac));
	}

	@Test
	void unknownMacWithoutPoolIsIgnoredWithAReason() throws Exception {
		DhcpResponder responder = responder(settings(Mode.SERVER, null, null, null), DhcpHosts.NONE);
		assertTrue(responder.respond(Requests.pxe(MessageType.DISCOVER, "52:54:00:00:05:01", 0), false).isEmpty());
		assertTrue(events.get(0).detail().contains("no dynamic pool"));
	}

	@Test
	void proxyModeAnswersOnlyPxeClientsAndGivesNoAddress() throws Exception {
		DhcpResponder responder = withNode(Mode.PROXY);
		assertTrue(responder.respond(Requests.plain(MessageType.DISCOVER, NODE_MAC), false).isEmpty());
		DhcpMessage offer = responder.respond(Requests.pxe(MessageType.DISCOVER, NODE_MAC, 7), false).orElseThrow().message();
		assertEquals(0, offer.yiaddr);
		assertEquals("snponly.efi", offer.file);
		assertEquals("PXEClient", offer.stringOption(DhcpOption.VENDOR_CLASS).orElseThrow());
		assertArrayEquals(new byte[] { 6, 1, 8, (byte) 255 }, offer.option(DhcpOption.VENDOR_SPECIFIC).orElseThrow());
		assertFalse(offer.has(DhcpOption.LEASE_TIME));
		// the address request goes to the site's server; the boot-server request on 4011 is ours
		assertTrue(responder.respond(Requests.pxe(MessageType.REQUEST, NODE_MAC, 7), false).isEmpty());
		DhcpMessage request = Requests.pxe(MessageType.REQUEST, NODE_MAC, 7);
		request.ciaddr = DhcpMessage.toInt(ip("10.5.0.77"));
		Reply ack = responder.respond(request, true).orElseThrow();
		assertEquals(MessageType.ACK, ack.message().type());
		assertEquals("10.5.0.77", ack.target().getHostAddress());
	}

	@Test
	void nonEthernetAndBootpAreIgnored() throws Exception {
		DhcpResponder responder = withNode(Mode.SERVER);
		DhcpMessage token = Requests.plain(MessageType.DISCOVER, NODE_MAC);
		token.htype = 6;
		assertTrue(responder.respond(token, false).isEmpty());
		DhcpMessage bootp = Requests.plain(MessageType.DISCOVER, NODE_MAC);
		bootp.options().remove(DhcpOption.MESSAGE_TYPE);
		assertTrue(responder.respond(bootp, false).isEmpty());
	}

	@Test
	void relayedRequestsAreAnsweredThroughTheRelay() throws Exception {
		DhcpMessage request = Requests.pxe(MessageType.DISCOVER, NODE_MAC, 0);
		request.giaddr = DhcpMessage.toInt(ip("10.5.0.250"));
		Reply offer = withNode(Mode.SERVER).respond(request, false).orElseThrow();
		assertEquals("10.5.0.250", offer.target().getHostAddress());
		assertEquals(67, offer.port());
	}

	private static String offered(DhcpResponder responder, String mac) {
		return DhcpMessage.toAddress(responder.respond(Requests.plain(MessageType.DISCOVER, mac), false).orElseThrow()
				.message().yiaddr).getHostAddress();
	}
}
