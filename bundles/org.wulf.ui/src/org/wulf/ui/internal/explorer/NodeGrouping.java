package org.wulf.ui.internal.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wulf.core.range.NodeRange;
import org.wulf.model.Cluster;
import org.wulf.model.Node;

/**
 * How the Cluster Explorer shows the Nodes folder: as one flat list, in groups of nodes with the
 * same profile list, or in groups of names that fold into one node range ({@code n[001-128]}).
 */
public enum NodeGrouping {
	FLAT("Flat list"), BY_PROFILE("Group by profile"), BY_RANGE("Group by range");

	private final String label;

	NodeGrouping(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The key of the group a node falls in; null for {@link #FLAT}. */
	public String keyOf(Node node) {
		return switch (this) {
		case FLAT -> null;
		case BY_PROFILE -> node.getProfiles().isEmpty() ? "" : String.join(" + ", node.getProfiles());
		case BY_RANGE -> rangeKey(node.getName() == null ? "" : node.getName());
		};
	}

	/** The groups of the cluster's nodes, in the order their first node appears. */
	public List<NodeGroup> groups(Cluster cluster) {
		Map<String, List<Node>> byKey = new LinkedHashMap<>();
		for (Node node : cluster.getNodes()) {
			byKey.computeIfAbsent(keyOf(node), k -> new ArrayList<>()).add(node);
		}
		List<NodeGroup> groups = new ArrayList<>(byKey.size());
		byKey.forEach((key, nodes) -> groups.add(new NodeGroup(cluster, this, key, nodes)));
		return groups;
	}

	/** Names that differ only in their trailing number fall together: the prefix and the digit count. */
	private static String rangeKey(String name) {
		int end = name.length();
		int start = end;
		while (start > 0 && Character.isDigit(name.charAt(start - 1))) {
			start--;
		}
		return name.substring(0, start) + "#" + (end - start);
	}

	/** The label of a group: what it has in common, and its nodes folded as a range. */
	static String label(NodeGrouping by, String key, List<Node> nodes) {
		List<String> names = nodes.stream().map(Node::getName).filter(n -> n != null).toList();
		String folded = NodeRange.fold(names);
		return switch (by) {
		case BY_PROFILE -> (key.isEmpty() ? "(no profile)" : key) + " \u2014 " + folded + " (" + nodes.size() + ")";
		default -> folded + " (" + nodes.size() + ")";
		};
	}
}
