package org.wulf.ui.internal.explorer;

import java.util.List;
import java.util.Objects;

import org.wulf.model.Cluster;
import org.wulf.model.Node;

/**
 * A group of nodes in the Cluster Explorer's Nodes folder (see {@link NodeGrouping}). Two groups are
 * equal when they have the same grouping and key, so the tree keeps a group open across edits even
 * when its nodes change.
 */
public final class NodeGroup {

	private final Cluster cluster;
	private final NodeGrouping by;
	private final String key;
	private final List<Node> nodes;

	NodeGroup(Cluster cluster, NodeGrouping by, String key, List<Node> nodes) {
		this.cluster = cluster;
		this.by = by;
		this.key = key;
		this.nodes = List.copyOf(nodes);
	}

	public Cluster cluster() {
		return cluster;
	}

	public List<Node> nodes() {
		return nodes;
	}

	/** e.g. {@code default + gpu — g[01-08] (8)} or {@code n[0001-1000] (1000)} */
	public String label() {
		return NodeGrouping.label(by, key, nodes);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NodeGroup group && group.cluster == cluster && group.by == by && group.key.equals(key);
	}

	@Override
	public int hashCode() {
		return Objects.hash(System.identityHashCode(cluster), by, key);
	}

	@Override
	public String toString() {
		return label();
	}
}
