package org.wulf.provision;

import java.net.Inet4Address;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wulf.core.net.MacAddress;
import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.provision.dhcp.DhcpHosts;
import org.wulf.provision.dhcp.DhcpMessage;
import org.wulf.provision.dhcp.StaticHost;
import org.wulf.provision.http.BootNode;
import org.wulf.provision.http.NodeDirectory;

/**
 * An immutable view of the cluster for the servers: every node's effective values, indexed by MAC.
 * Made from a copy of the model, so the servers never see a half-made edit; the engine swaps in a
 * new snapshot when the model changes.
 */
public final class ModelSnapshot implements NodeDirectory {

	private final Cluster cluster;
	private final Map<String, BootNode> byMac = new HashMap<>();
	private final Map<String, EffectiveNode> effectiveByMac = new HashMap<>();
	private final Map<String, StaticHost> reservations = new HashMap<>();
	private final Set<Inet4Address> reserved = new HashSet<>();

	/**
	 * @param tokens gives each node its runtime-overlay token (stable for a node across snapshots)
	 */
	public ModelSnapshot(Cluster model, BootFiles files, Function<String, String> tokens) {
		this.cluster = EcoreUtil.copy(model);
		NodeResolver resolver = new NodeResolver(cluster);
		for (Node node : cluster.getNodes()) {
			EffectiveNode effective = resolver.resolve(node);
			if (Boolean.TRUE.equals(effective.values().getDiscoverable())) {
				continue; // as Warewulf: a discoverable node is not booted by MAC until it has claimed one
			}
			for (NetDev netDev : effective.values().getNetDevs()) {
				if (!MacAddress.isValid(netDev.getHwaddr())) {
					continue;
				}
				String mac = MacAddress.normalize(netDev.getHwaddr());
				BootNode boot = new BootNode(node.getName(), mac, String.join(" ", effective.values().getKernelArgs()),
						tokens.apply(node.getName()), emptyToNull(effective.values().getAssetKey()), files.of(effective));
				byMac.putIfAbsent(mac, boot);
				effectiveByMac.putIfAbsent(mac, effective);
				Inet4Address address = address(netDev.getIpaddr());
				if (address != null) {
					reservations.putIfAbsent(mac, new StaticHost(node.getName(), address, address(netDev.getNetmask()),
							address(netDev.getGateway())));
				}
			}
			for (NetDev netDev : effective.values().getNetDevs()) {
				Inet4Address address = address(netDev.getIpaddr());
				if (address != null) {
					reserved.add(address); // also addresses of netdevs without a MAC: the pool must not take them
				}
			}
		}
	}

	@Override
	public Optional<BootNode> byMac(String mac) {
		return Optional.ofNullable(byMac.get(mac));
	}

	/** @return the node owning an address on the provisioning network (for logs), if any */
	public Optional<String> nodeByAddress(String address) {
		return reservations.values().stream().filter(h -> h.address().getHostAddress().equals(address)).map(StaticHost::name)
				.findFirst();
	}

	/** @return the DHCP server's view: node addresses by MAC, and every address a node owns */
	public DhcpHosts dhcpHosts() {
		return new DhcpHosts() {
			@Override
			public Optional<StaticHost> byMac(String mac) {
				return Optional.ofNullable(reservations.get(mac));
			}

			@Override
			public boolean isReserved(Inet4Address address) {
				return reserved.contains(address);
			}
		};
	}

	private static Inet4Address address(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return DhcpMessage.parseAddress(text);
		} catch (IllegalArgumentException e) {
			return null; // validation reports it; DHCP just has no reservation for it
		}
	}


	/** @return the effective node that boots from this MAC (with its addresses, for DHCP) */
	public Optional<EffectiveNode> effective(String mac) {
		return Optional.ofNullable(effectiveByMac.get(mac));
	}

	/** @return the copy of the model this snapshot was made from (do not edit) */
	public Cluster cluster() {
		return cluster;
	}

	public int bootableInterfaces() {
		return byMac.size();
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}
}
