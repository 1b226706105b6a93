package org.wulf.core.configure;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import org.wulf.core.net.Ipv4;
import org.wulf.model.Cluster;
import org.wulf.model.DhcpMode;

/**
 * What any DHCP backend has to configure, checked once: the subnet, the dynamic range, the boot
 * files and the iPXE URL ({@link PxeBoot}), and a static lease for every Ethernet device of a node
 * that has both a hardware address and an address on the provisioning network. Devices left out
 * and settings that conflict become notes.
 */
final class DhcpPlan {

	/** {@code aa:bb:cc:dd:ee:ff}; InfiniBand addresses are 20 octets */
	private static final int ETHERNET_MAC_LENGTH = 17;

	/** A fixed address for one network device of a node. */
	record StaticLease(String node, String device, String mac, Ipv4 address, boolean primary) {

		/** @return unique per lease: {@code node-device} */
		String name() {
			return node + "-" + device;
		}

		/** @return the host name handed to the node: on its primary device only, else null */
		String hostname() {
			return primary ? node : null;
		}
	}

	final Cluster cluster;
	final ClusterNetwork network;
	final int port;
	final String networkInterface;
	final Ipv4 rangeStart;
	final Ipv4 rangeEnd;
	final SortedMap<Integer, String> bootFiles;
	final String ipxeUrl;
	final List<StaticLease> leases = new ArrayList<>();
	final List<String> notes = new ArrayList<>();

	private DhcpPlan(Cluster cluster) throws ConfigureException {
		this.cluster = cluster;
		network = ClusterNetwork.of(cluster);
		port = cluster.getHttpPort();
		if (port < 1 || port > 65535) {
			throw new ConfigureException("the cluster's HTTP port " + port + " is not a port (1-65535); set it with wulf cluster set --port PORT");
		}
		networkInterface = ClusterNetwork.isBlank(cluster.getProvisionInterface()) ? null : cluster.getProvisionInterface().trim();
		boolean noStart = ClusterNetwork.isBlank(cluster.getDhcpRangeStart());
		boolean noEnd = ClusterNetwork.isBlank(cluster.getDhcpRangeEnd());
		if (noStart != noEnd) {
			throw new ConfigureException("the cluster's DHCP range has only " + (noStart ? "an end" : "a start")
					+ "; set both with wulf cluster set --dhcp-range START-END");
		}
		rangeStart = noStart ? null : rangeAddress(cluster.getDhcpRangeStart(), "start");
		rangeEnd = noEnd ? null : rangeAddress(cluster.getDhcpRangeEnd(), "end");
		if (rangeStart != null && rangeStart.compareTo(rangeEnd) > 0) {
			throw new ConfigureException("the cluster's DHCP range starts (" + rangeStart + ") after it ends (" + rangeEnd
					+ "); set it with wulf cluster set --dhcp-range START-END");
		}
		bootFiles = PxeBoot.bootFiles(cluster);
		ipxeUrl = PxeBoot.ipxeUrl(network.controller(), port);
		noteMode();
		collectLeases();
	}

	static DhcpPlan of(Cluster cluster) throws ConfigureException {
		return new DhcpPlan(cluster);
	}

	boolean hasRange() {
		return rangeStart != null;
	}

	private Ipv4 rangeAddress(String text, String which) throws ConfigureException {
		Ipv4 address;
		try {
			address = Ipv4.parse(text.trim());
		} catch (IllegalArgumentException e) {
			throw new ConfigureException("the cluster's DHCP range " + which + " is wrong: " + e.getMessage()
					+ "; set it with wulf cluster set --dhcp-range START-END");
		}
		if (!network.contains(address)) {
			throw new ConfigureException("the cluster's DHCP range " + which + " " + address + " is outside the network "
					+ network.cidr() + "; set it with wulf cluster set --dhcp-range START-END");
		}
		return address;
	}

	private void noteMode() {
		if (!cluster.isDhcpEnabled()) {
			notes.add("DHCP is off in the model; the configuration is written anyway (turn it on with wulf cluster set --dhcp external)");
		} else if (cluster.getDhcpMode() != DhcpMode.EXTERNAL) {
			notes.add("the model's DHCP mode is " + cluster.getDhcpMode() + ", so wulf server answers DHCP itself and would "
					+ "compete with this server; set wulf cluster set --dhcp external");
		}
		if (hasRange() && inRange(network.controller())) {
			notes.add("the controller's address " + network.controller() + " lies inside the dynamic range " + rangeStart + "-"
					+ rangeEnd + "; move the range (wulf cluster set --dhcp-range START-END)");
		}
	}

	private void collectLeases() throws ConfigureException {
		List<String> inRange = new ArrayList<>();
		for (NodeInterface nic : NodeInterfaces.of(cluster)) {
			if (nic.ipmi() || !nic.hasIp() || !nic.hasHwaddr()) {
				continue;
			}
			Ipv4 address = nic.ipv4();
			String mac = nic.mac();
			if (nic.isInfiniband() || mac.length() > ETHERNET_MAC_LENGTH) {
				notes.add(nic.where() + ": InfiniBand, left out (nodes boot over Ethernet)");
				continue;
			}
			if (!network.contains(address)) {
				notes.add(nic.where() + ": " + address + " is outside the provisioning network " + network.cidr() + ", left out");
				continue;
			}
			if (hasRange() && inRange(address)) {
				inRange.add(nic.hostname() + " " + address);
			}
			leases.add(new StaticLease(nic.node(), nic.device(), mac, address, nic.primary()));
		}
		if (!inRange.isEmpty()) {
			notes.add(inRange.size() + (inRange.size() == 1 ? " node address lies" : " node addresses lie")
					+ " inside the dynamic range " + rangeStart + "-" + rangeEnd + " and may be leased to another machine too: "
					+ String.join(", ", inRange));
		}
	}

	private boolean inRange(Ipv4 address) {
		return address.compareTo(rangeStart) >= 0 && address.compareTo(rangeEnd) <= 0;
	}

	/** @return e.g. {@code 2 nodes on 3 static leases, dynamic range 10.0.100.1-10.0.100.250} */
	String summary() {
		long nodes = leases.stream().map(StaticLease::node).distinct().count();
		return leases.size() + (leases.size() == 1 ? " static lease" : " static leases") + " for " + nodes
				+ (nodes == 1 ? " node" : " nodes") + ", " + (hasRange() ? "dynamic range " + rangeStart + "-" + rangeEnd : "no dynamic range");
	}
}
