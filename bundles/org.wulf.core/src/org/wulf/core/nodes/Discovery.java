package org.wulf.core.nodes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.wulf.core.net.MacAddress;
import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.WulfFactory;

/**
 * Warewulf's node discovery: a machine with an unknown MAC boots, and the first node marked
 * discoverable (by cluster name, then name) claims it. The MAC goes to the node's primary network
 * device, and the node stops being discoverable. The caller saves the model.
 */
public final class Discovery {

	private Discovery() {
	}

	/**
	 * @return the node that claimed the MAC, or empty when the MAC is already known or no node is
	 *         discoverable
	 * @throws IllegalArgumentException when the MAC is malformed
	 */
	public static Optional<Node> claim(Cluster cluster, String mac) {
		String normalized = MacAddress.normalize(mac);
		NodeResolver resolver = new NodeResolver(cluster);
		List<EffectiveNode> candidates = new ArrayList<>();
		for (Node node : cluster.getNodes()) {
			EffectiveNode effective = resolver.resolve(node);
			for (NetDev netDev : effective.values().getNetDevs()) {
				if (MacAddress.isValid(netDev.getHwaddr()) && MacAddress.normalize(netDev.getHwaddr()).equals(normalized)) {
					return Optional.empty();
				}
			}
			if (Boolean.TRUE.equals(effective.values().getDiscoverable())) {
				candidates.add(effective);
			}
		}
		candidates.sort(Comparator.comparing((EffectiveNode e) -> String.valueOf(e.values().getClusterName()))
				.thenComparing(EffectiveNode::name));
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		EffectiveNode chosen = candidates.get(0);
		Node node = (Node) chosen.source();
		NetDev primary = chosen.primaryNetDev();
		String netName = primary != null ? primary.getName() : "default";
		NetDev own = null;
		for (NetDev netDev : node.getNetDevs()) {
			if (netName.equals(netDev.getName())) {
				own = netDev;
			}
		}
		if (own == null) {
			own = WulfFactory.eINSTANCE.createNetDev();
			own.setName(netName);
			node.getNetDevs().add(own);
		}
		own.setHwaddr(normalized);
		// false, not unset: a profile that makes nodes discoverable must not make this one so again
		node.setDiscoverable(Boolean.FALSE);
		return Optional.of(node);
	}
}
