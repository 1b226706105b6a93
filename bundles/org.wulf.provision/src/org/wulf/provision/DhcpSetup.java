package org.wulf.provision;

import java.net.Inet4Address;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.wulf.model.Cluster;
import org.wulf.model.DhcpMode;
import org.wulf.provision.dhcp.ClientArchitecture;
import org.wulf.provision.dhcp.DhcpMessage;
import org.wulf.provision.dhcp.DhcpSettings;

/** Derives the embedded DHCP server's settings from the cluster model. */
public final class DhcpSetup {

	private DhcpSetup() {
	}

	/**
	 * @param httpBase  the provisioning server's base URL ("http://10.0.0.1:9873")
	 * @param leaseFile where dynamic leases are kept
	 * @param port      the server port (67 unless overridden)
	 * @return the settings, or null when the model leaves DHCP to an external server or turns it off
	 * @throws ProvisionSetupException when the model lacks what DHCP needs, saying what to set
	 */
	public static DhcpSettings from(Cluster cluster, String httpBase, Path leaseFile, int port) {
		if (!cluster.isDhcpEnabled() || cluster.getDhcpMode() == DhcpMode.EXTERNAL) {
			return null;
		}
		Inet4Address server = parse(cluster.getControllerIp(), "the controller address",
				"wulf cluster set --ipaddr IP/PREFIX");
		Inet4Address netmask = parse(cluster.getNetmask(), "the provisioning netmask", "wulf cluster set --netmask MASK");
		Inet4Address start = cluster.getDhcpRangeStart() == null ? null
				: parse(cluster.getDhcpRangeStart(), "the DHCP range start", "wulf cluster set --dhcp-range START-END");
		Inet4Address end = cluster.getDhcpRangeEnd() == null ? null
				: parse(cluster.getDhcpRangeEnd(), "the DHCP range end", "wulf cluster set --dhcp-range START-END");
		Map<ClientArchitecture, String> bootFiles = new EnumMap<>(ClientArchitecture.class);
		for (Map.Entry<String, String> entry : cluster.getIpxeFiles()) {
			for (ClientArchitecture arch : ClientArchitecture.values()) {
				if (arch.hexCode().equalsIgnoreCase(entry.getKey().strip())) {
					bootFiles.put(arch, entry.getValue());
				}
			}
		}
		try {
			return new DhcpSettings(cluster.getDhcpMode() == DhcpMode.PROXY ? DhcpSettings.Mode.PROXY : DhcpSettings.Mode.SERVER,
					server, netmask, null, List.of(), null, start, end, Duration.ofHours(1),
					httpBase + "/provision/{mac}?stage=ipxe", httpBase + "/boot/{file}", bootFiles, leaseFile,
					emptyToNull(cluster.getProvisionInterface()), port, port == 67 ? 68 : port + 1, 4011,
					server.isLoopbackAddress() ? server : null); // on loopback "broadcast" replies go to the server's address
		} catch (IllegalArgumentException e) {
			throw new ProvisionSetupException("DHCP cannot start: " + e.getMessage());
		}
	}

	private static Inet4Address parse(String text, String what, String fix) {
		if (text == null || text.isBlank()) {
			throw new ProvisionSetupException("DHCP needs " + what + ", which the model does not have: " + fix);
		}
		try {
			return DhcpMessage.parseAddress(text.contains("/") ? text.substring(0, text.indexOf('/')) : text);
		} catch (IllegalArgumentException e) {
			throw new ProvisionSetupException("DHCP cannot use " + what + " '" + text + "': " + e.getMessage() + "; " + fix);
		}
	}

	private static String emptyToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
