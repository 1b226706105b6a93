package org.wulf.provision.dhcp;

/**
 * Something the DHCP server did, for the log and the boot status.
 *
 * @param kind     what happened
 * @param mac      the client
 * @param address  the address offered or acknowledged, or null
 * @param node     the node name when the MAC is a known node, else null
 * @param arch     the client's architecture (option 93)
 * @param ipxe     whether the client is iPXE
 * @param bootFile what the client was told to load next, or null
 * @param detail   a human-readable reason (ignored requests, NAKs)
 */
public record DhcpEvent(Kind kind, String mac, String address, String node, ClientArchitecture arch, boolean ipxe,
		String bootFile, String detail) {

	public enum Kind {
		OFFER, ACK, NAK, RELEASE, DECLINE, INFORM, PROXY_OFFER, PROXY_ACK, IGNORED, MALFORMED
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(kind.name()).append(' ').append(mac);
		if (node != null) {
			text.append(" (").append(node).append(')');
		}
		if (address != null) {
			text.append(' ').append(address);
		}
		if (bootFile != null) {
			text.append(" boot ").append(bootFile);
		}
		text.append(ipxe ? " [iPXE]" : "").append(arch != ClientArchitecture.BIOS ? " [" + arch + "]" : "");
		if (detail != null) {
			text.append(": ").append(detail);
		}
		return text.toString();
	}
}
