package org.wulf.provision.dhcp.tests;

import java.net.Inet4Address;
import java.util.HexFormat;

import org.wulf.provision.dhcp.DhcpMessage;
import org.wulf.provision.dhcp.DhcpOption;
import org.wulf.provision.dhcp.MessageType;

/** Client messages as BIOS PXE ROMs, UEFI firmware, iPXE and Linux send them. */
final class Requests {

	private Requests() {
	}

	static DhcpMessage plain(MessageType type, String mac) {
		DhcpMessage m = new DhcpMessage();
		m.xid = 0x1234abcd;
		byte[] hw = HexFormat.ofDelimiter(":").parseHex(mac);
		System.arraycopy(hw, 0, m.chaddr, 0, 6);
		m.type(type);
		m.option(DhcpOption.PARAMETER_LIST, new byte[] { 1, 3, 6, 12, 15, 28, 66, 67 });
		return m;
	}

	static DhcpMessage pxe(MessageType type, String mac, int arch) {
		DhcpMessage m = plain(type, mac);
		m.option(DhcpOption.VENDOR_CLASS, String.format("PXEClient:Arch:%05d:UNDI:002001", arch));
		m.option(DhcpOption.CLIENT_ARCH, new byte[] { (byte) (arch >> 8), (byte) arch });
		return m;
	}

	static DhcpMessage ipxe(MessageType type, String mac) {
		DhcpMessage m = pxe(type, mac, 0);
		m.option(DhcpOption.USER_CLASS, new byte[] { 4, 'i', 'P', 'X', 'E' });
		m.option(DhcpOption.IPXE_ENCAPSULATED, new byte[] { 19, 1, 1 });
		return m;
	}

	static DhcpMessage requesting(DhcpMessage m, Inet4Address address, Inet4Address server) {
		m.option(DhcpOption.REQUESTED_IP, address);
		if (server != null) {
			m.option(DhcpOption.SERVER_ID, server);
		}
		return m;
	}

	static Inet4Address ip(String text) {
		return DhcpMessage.parseAddress(text);
	}
}
