package org.wulf.core.configure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.wulf.core.range.NaturalOrder;
import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.model.Cluster;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.Node;

/**
 * Every node's interfaces, read from the effective nodes (so addresses, netmasks and devices a
 * profile gives count): nodes in natural name order ({@code n2} before {@code n10}); per node the
 * primary network device first, the others by name, then IPMI.
 */
public final class NodeInterfaces {

	private NodeInterfaces() {
	}

	public static List<NodeInterface> of(Cluster cluster) {
		NodeResolver resolver = new NodeResolver(cluster);
		List<Node> nodes = new ArrayList<>();
		for (Node node : cluster.getNodes()) {
			if (!ClusterNetwork.isBlank(node.getName())) {
				nodes.add(node);
			}
		}
		nodes.sort(Comparator.comparing(Node::getName, NaturalOrder.INSTANCE));
		List<NodeInterface> interfaces = new ArrayList<>();
		for (Node node : nodes) {
			EffectiveNode effective = resolver.resolve(node);
			NetDev primary = effective.primaryNetDev();
			List<NetDev> netDevs = new ArrayList<>(effective.values().getNetDevs());
			netDevs.sort(Comparator.comparing((NetDev d) -> d != primary).thenComparing(NetDev::getName, Comparator.nullsFirst(NaturalOrder.INSTANCE)));
			for (NetDev netDev : netDevs) {
				if (ClusterNetwork.isBlank(netDev.getName())) {
					continue;
				}
				interfaces.add(new NodeInterface(node.getName(), netDev.getName(), netDev == primary, false, netDev.getType(),
						netDev.getIpaddr(), netDev.getHwaddr()));
			}
			Ipmi ipmi = effective.values().getIpmi();
			if (ipmi != null && !ClusterNetwork.isBlank(ipmi.getIpaddr())) {
				interfaces.add(new NodeInterface(node.getName(), "ipmi", false, true, null, ipmi.getIpaddr(), null));
			}
		}
		return interfaces;
	}
}
