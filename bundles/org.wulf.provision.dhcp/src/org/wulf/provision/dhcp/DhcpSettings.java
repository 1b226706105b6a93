package org.wulf.provision.dhcp;

import java.net.Inet4Address;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the DHCP server hands out and where it listens.
 *
 * @param mode          {@link Mode#SERVER} gives addresses; {@link Mode#PROXY} only boot information
 * @param serverAddress the controller's address on the provisioning network: server identifier,
 *                      next-server and the address replies are sent from (which keeps them on that
 *                      network's interface)
 * @param netmask       the provisioning network's mask
 * @param router        default gateway for clients, or null
 * @param dnsServers    name servers for clients (may be empty)
 * @param domain        DNS domain for clients, or null
 * @param poolStart     first address of the dynamic pool for unknown machines, or null for none
 * @param poolEnd       last address of the pool, or null
 * @param leaseTime     lease time of dynamic leases (static ones get the same)
 * @param ipxeScriptUrl URL pattern handed to iPXE clients; {@code {mac}} becomes the client MAC
 * @param bootFileUrl   URL pattern for UEFI HTTP-boot clients; {@code {file}} becomes the boot file
 * @param bootFiles     iPXE binary per architecture where it differs from the default
 * @param leaseFile     where dynamic leases are kept across restarts, or null for memory only
 * @param interfaceName the provisioning interface (for logs and checks), or null
 * @param serverPort    67 normally; tests use an unprivileged port
 * @param clientPort    68 normally (serverPort + 1 in tests)
 * @param proxyPort     4011 normally: ProxyDHCP boot-server requests in proxy mode
 * @param replyBroadcast where broadcast replies go: 255.255.255.255 normally
 */
public record DhcpSettings(Mode mode, Inet4Address serverAddress, Inet4Address netmask, Inet4Address router,
		List<Inet4Address> dnsServers, String domain, Inet4Address poolStart, Inet4Address poolEnd, Duration leaseTime,
		String ipxeScriptUrl, String bootFileUrl, Map<ClientArchitecture, String> bootFiles, Path leaseFile,
		String interfaceName, int serverPort, int clientPort, int proxyPort, Inet4Address replyBroadcast) {

	/** How the server takes part in DHCP on the provisioning network. */
	public enum Mode {
		/** Hands out addresses (static for known nodes, a pool for others) and boot information. */
		SERVER,
		/** Another server gives addresses; this one only answers PXE clients with boot information. */
		PROXY
	}

	public DhcpSettings {
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(serverAddress, "serverAddress");
		Objects.requireNonNull(netmask, "netmask");
		dnsServers = List.copyOf(dnsServers);
		bootFiles = Map.copyOf(bootFiles);
		if ((poolStart == null) != (poolEnd == null)) {
			throw new IllegalArgumentException("the DHCP pool needs both a start and an end address");
		}
		if (poolStart != null && Integer.compareUnsigned(DhcpMessage.toInt(poolStart), DhcpMessage.toInt(poolEnd)) > 0) {
			throw new IllegalArgumentException(
					"the DHCP pool starts at " + poolStart.getHostAddress() + " after its end " + poolEnd.getHostAddress());
		}
		if (poolStart != null && !sameNetwork(poolStart, serverAddress, netmask)
				|| poolEnd != null && !sameNetwork(poolEnd, serverAddress, netmask)) {
			throw new IllegalArgumentException("the DHCP pool " + poolStart.getHostAddress() + "-" + poolEnd.getHostAddress()
					+ " is not inside the provisioning network of " + serverAddress.getHostAddress());
		}
	}

	/** The boot file for a firmware PXE client of this architecture. */
	public String bootFile(ClientArchitecture arch) {
		return bootFiles.getOrDefault(arch, arch.defaultBootFile());
	}

	static boolean sameNetwork(Inet4Address a, Inet4Address b, Inet4Address mask) {
		int m = DhcpMessage.toInt(mask);
		return (DhcpMessage.toInt(a) & m) == (DhcpMessage.toInt(b) & m);
	}
}
