package org.wulf.core.configure;

import org.wulf.core.net.Ipv4;
import org.wulf.core.net.MacAddress;

/**
 * One addressed interface of a node as the effective model gives it: a network device or the
 * node's IPMI controller. Values are kept as the model holds them; {@link #ipv4()} and
 * {@link #mac()} check them and say which node and device is wrong.
 *
 * @param node       the node's name (its id and hostname)
 * @param device     the network device's name, or {@code ipmi}
 * @param primary    whether this is the node's primary network device
 * @param ipmi       whether this is the IPMI controller
 * @param type       the device type ({@code ethernet}, {@code infiniband}...), or null
 * @param ipaddr     the IPv4 address, or null
 * @param hwaddr     the hardware address, or null (always null for IPMI)
 */
public record NodeInterface(String node, String device, boolean primary, boolean ipmi, String type, String ipaddr,
		String hwaddr) {

	/**
	 * @return the name other hosts use for this interface: the node's name for the primary device,
	 *         {@code node-device} for the others, {@code node-ipmi} for the IPMI controller
	 */
	public String hostname() {
		return primary ? node : node + "-" + device;
	}

	public boolean hasIp() {
		return !ClusterNetwork.isBlank(ipaddr);
	}

	public boolean hasHwaddr() {
		return !ClusterNetwork.isBlank(hwaddr);
	}

	/** @return the checked address; call only when {@link #hasIp()} */
	public Ipv4 ipv4() throws ConfigureException {
		try {
			return Ipv4.parse(ipaddr.trim());
		} catch (IllegalArgumentException e) {
			throw new ConfigureException(where() + ": " + e.getMessage() + "; fix it with " + fix("--ipaddr"));
		}
	}

	/** @return the hardware address in normal form (lower case, colons); call only when {@link #hasHwaddr()} */
	public String mac() throws ConfigureException {
		try {
			return MacAddress.normalize(hwaddr.trim());
		} catch (IllegalArgumentException e) {
			throw new ConfigureException(where() + ": " + e.getMessage() + "; fix it with " + fix("--hwaddr"));
		}
	}

	/** @return whether the device's type says InfiniBand (a 20-octet {@link #mac()} says so too) */
	public boolean isInfiniband() {
		return "infiniband".equalsIgnoreCase(type);
	}

	/** @return e.g. {@code node n01, network device eth1} */
	public String where() {
		return "node " + node + (ipmi ? ", IPMI" : ", network device " + device);
	}

	private String fix(String option) {
		return ipmi ? "wulf node set " + node + " --ipmiaddr IP"
				: "wulf node set " + node + " --netname " + device + " " + option + " ...";
	}
}
