package org.wulf.core.configure;

import org.wulf.core.net.Ipv4;
import org.wulf.model.Cluster;

/**
 * The provisioning network of a cluster, checked: the controller's address and the network and
 * netmask it serves. A missing network is derived from the controller's address and the netmask
 * (as the validator does); everything else that is missing or malformed is a
 * {@link ConfigureException} naming the {@code wulf cluster set} option that sets it.
 */
public record ClusterNetwork(Ipv4 controller, Ipv4 network, Ipv4 netmask) {

	private static final String EXAMPLE = "wulf cluster set --ipaddr IP/PREFIX (e.g. 10.0.0.1/16)";

	/** @return the checked network of the cluster; the controller must lie inside it */
	public static ClusterNetwork of(Cluster cluster) throws ConfigureException {
		Ipv4 controller = controllerAddress(cluster);
		String maskText = cluster.getNetmask();
		if (isBlank(maskText)) {
			throw new ConfigureException("the cluster has no netmask; set it with " + EXAMPLE + " or --netmask MASK");
		}
		if (!Ipv4.isValidNetmask(maskText)) {
			throw new ConfigureException("the cluster netmask \"" + maskText
					+ "\" is not a netmask (ones then zeros, e.g. 255.255.0.0); set it with wulf cluster set --netmask MASK");
		}
		Ipv4 netmask = Ipv4.parse(maskText);
		Ipv4 network;
		if (isBlank(cluster.getNetwork())) {
			network = controller.networkOf(netmask);
		} else {
			network = parse(cluster.getNetwork(), "network", "--network");
			if (!network.networkOf(netmask).equals(network)) {
				throw new ConfigureException("the cluster network " + network + " has host bits set for netmask " + netmask
						+ "; set it with wulf cluster set --network " + network.networkOf(netmask));
			}
		}
		if (!controller.inNetwork(network, netmask)) {
			throw new ConfigureException("the controller address " + controller + " is not in the cluster network " + network
					+ "/" + Ipv4.prefixLength(netmask) + "; set both with " + EXAMPLE);
		}
		return new ClusterNetwork(controller, network, netmask);
	}

	/** @return the controller's address, checked, for files that need no network (the hosts file) */
	public static Ipv4 controllerAddress(Cluster cluster) throws ConfigureException {
		if (isBlank(cluster.getControllerIp())) {
			throw new ConfigureException("the cluster has no controller address; set it with " + EXAMPLE);
		}
		return parse(cluster.getControllerIp(), "controller address", "--ipaddr");
	}

	/** @return the prefix length of the netmask (16 for 255.255.0.0) */
	public int prefixLength() {
		return Ipv4.prefixLength(netmask);
	}

	/** @return the network in CIDR notation, e.g. {@code 10.0.0.0/16} */
	public String cidr() {
		return network + "/" + prefixLength();
	}

	public boolean contains(Ipv4 address) {
		return address.inNetwork(network, netmask);
	}

	private static Ipv4 parse(String text, String what, String option) throws ConfigureException {
		try {
			return Ipv4.parse(text.trim());
		} catch (IllegalArgumentException e) {
			throw new ConfigureException("the cluster " + what + " is wrong: " + e.getMessage() + "; set it with wulf cluster set "
					+ option + " ...");
		}
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
