package org.wulf.ui.internal.nodes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.wulf.core.range.NodeRange;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.model.Cluster;
import org.wulf.model.Node;

/**
 * The rows of the node table: every node resolved once, then filtered and sorted without touching
 * the model again, so a virtual table can ask for row 9,000 without work proportional to the cluster.
 * A filter with brackets is a node range ({@code n[0100-0199]}); other text matches any column.
 */
public final class NodeRows {

	private List<NodeRow> all = List.of();
	private List<NodeRow> shown = List.of();
	private int ahead;
	private String filter = "";
	private NodeColumn sortColumn = NodeColumn.NAME;
	private boolean ascending = true;

	private java.util.Map<String, String> stages = java.util.Map.of();

	/**
	 * Makes a row per node of the cluster (after a load or an edit). A row is resolved when it is
	 * first read (painted, sorted or filtered by a resolved column) or by {@link #resolveAhead}, so the
	 * first rows of a 10,000-node cluster show without resolving the others first.
	 */
	public void rebuild(Cluster cluster) {
		NodeResolver resolver = new NodeResolver(cluster);
		List<NodeRow> rows = new ArrayList<>(cluster.getNodes().size());
		for (Node node : cluster.getNodes()) {
			NodeRow row = new NodeRow(node, resolver::resolve);
			row.status(stages.get(node.getName()));
			rows.add(row);
		}
		all = rows;
		ahead = 0;
		apply();
	}

	/**
	 * Resolves up to {@code budget} rows not resolved yet (the view calls it while the workbench is
	 * idle, so a later sort or filter finds them ready).
	 *
	 * @return whether rows remain unresolved
	 */
	public boolean resolveAhead(int budget) {
		int done = 0;
		while (ahead < all.size() && done < budget) {
			NodeRow row = all.get(ahead++);
			if (!row.isResolved()) {
				row.resolve();
				done++;
			}
		}
		return ahead < all.size();
	}

	/**
	 * @param text a node range or free text; blank shows all
	 * @throws IllegalArgumentException when a range pattern is malformed (the message says where)
	 */
	public void filter(String text) {
		filter = text == null ? "" : text.strip();
		apply();
	}

	/** The engine's boot stage per node name, shown in the Status column (kept across rebuilds). */
	public void stages(java.util.Map<String, String> byNode) {
		stages = java.util.Map.copyOf(byNode);
		for (NodeRow row : all) {
			row.status(stages.get(row.name()));
		}
		if (sortColumn == NodeColumn.STATUS) {
			apply();
		}
	}

	public void sort(NodeColumn column, boolean up) {
		sortColumn = column;
		ascending = up;
		apply();
	}

	public NodeColumn sortColumn() {
		return sortColumn;
	}

	public boolean ascending() {
		return ascending;
	}

	public int size() {
		return shown.size();
	}

	public int total() {
		return all.size();
	}

	public NodeRow get(int index) {
		return shown.get(index);
	}

	public List<NodeRow> shown() {
		return shown;
	}

	public int indexOf(Node node) {
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).node() == node) {
				return i;
			}
		}
		return -1;
	}

	private void apply() {
		List<NodeRow> rows = new ArrayList<>(all.size());
		if (filter.isEmpty()) {
			rows.addAll(all);
		} else if (filter.contains("[")) {
			Set<String> names = new HashSet<>(NodeRange.expand(filter));
			for (NodeRow row : all) {
				if (names.contains(row.name())) {
					rows.add(row);
				}
			}
		} else {
			String lower = filter.toLowerCase(Locale.ROOT);
			for (NodeRow row : all) {
				if (row.contains(lower)) {
					rows.add(row);
				}
			}
		}
		Comparator<NodeRow> order = sortColumn.comparator();
		rows.sort(ascending ? order : order.reversed());
		shown = rows;
	}
}
