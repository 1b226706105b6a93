package org.wulf.ui.internal.nodes;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.wulf.core.net.Ipv4;
import org.wulf.core.net.MacAddress;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.model.Cluster;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.WulfFactory;
import org.wulf.ui.internal.nodes.NodeClipboardText.PasteException;
import org.wulf.ui.internal.nodes.NodeClipboardText.PastedRow;

/**
 * Pasted node rows as one undoable command: a row naming an existing node updates the cells that
 * differ from what the node shows now (so pasting copied rows back changes nothing); a row with a
 * new name adds that node. Every cell is checked first; a bad one refuses the whole paste with its
 * row and column. Status (the engine's) and Tags (shown merged) are not pasted.
 */
public final class NodePaste {

	/** What a paste will do, and the command that does it. */
	public record Plan(Command command, int added, int updated) {
	}

	private static final List<NodeColumn> PASTED = List.of(NodeColumn.PROFILES, NodeColumn.IMAGE, NodeColumn.IP, NodeColumn.MAC,
			NodeColumn.IPMI);

	private NodePaste() {
	}

	public static Plan plan(Cluster cluster, List<PastedRow> rows) throws PasteException {
		Set<String> seen = new HashSet<>();
		Set<String> existing = new HashSet<>();
		cluster.getNodes().forEach(n -> existing.add(n.getName()));
		int added = 0;
		for (PastedRow row : rows) {
			String name = row.cells().getOrDefault(NodeColumn.NAME, "");
			if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
				throw new PasteException("row " + row.row() + ", column Name: '" + name + "' is not a node name");
			}
			if (!seen.add(name)) {
				throw new PasteException("row " + row.row() + ", column Name: " + name + " is pasted twice");
			}
			for (Map.Entry<NodeColumn, String> cell : row.cells().entrySet()) {
				check(row.row(), cell.getKey(), cell.getValue());
			}
			if (!existing.contains(name)) {
				added++;
			}
		}
		int newNodes = added;
		ChangeCommand command = new ChangeCommand(cluster) {
			@Override
			protected void doExecute() {
				apply(cluster, rows);
			}
		};
		command.setLabel("Paste " + rows.size() + (rows.size() == 1 ? " node" : " nodes"));
		return new Plan(command, newNodes, rows.size() - newNodes);
	}

	private static void check(int row, NodeColumn column, String value) throws PasteException {
		try {
			if (column == NodeColumn.IPMI) {
				if (!value.isEmpty() && !Ipv4.isValid(value)) {
					throw new NodeEdits.RefusedEdit("'" + value + "' is not an IPv4 address (like 10.0.0.11)");
				}
			} else {
				NodeEdits.check(column, value);
			}
		} catch (NodeEdits.RefusedEdit e) {
			throw new PasteException("row " + row + ", column " + column.title() + ": " + e.getMessage());
		}
	}

	private static void apply(Cluster cluster, List<PastedRow> rows) {
		NodeResolver resolver = new NodeResolver(cluster);
		Map<String, Node> byName = new java.util.HashMap<>();
		cluster.getNodes().forEach(n -> byName.put(n.getName(), n));
		for (PastedRow pasted : rows) {
			Map<NodeColumn, String> cells = pasted.cells();
			Node node = byName.get(cells.get(NodeColumn.NAME));
			if (node == null) {
				node = WulfFactory.eINSTANCE.createNode();
				node.setName(cells.get(NodeColumn.NAME));
				if (!cells.containsKey(NodeColumn.PROFILES) && cluster.getDefaultProfile() != null) {
					node.getProfiles().add(cluster.getDefaultProfile());
				}
				cluster.getNodes().add(node);
			}
			if (cells.containsKey(NodeColumn.PROFILES)) { // first: the other cells compare against the new profiles
				List<String> profiles = cells.get(NodeColumn.PROFILES).isEmpty() ? List.of()
						: List.of(cells.get(NodeColumn.PROFILES).split("\\s*,\\s*"));
				if (!profiles.equals(node.getProfiles())) {
					node.getProfiles().clear();
					node.getProfiles().addAll(profiles);
				}
			}
			NodeRow now = new NodeRow(node, resolver.resolve(node));
			for (NodeColumn column : PASTED) {
				String value = cells.get(column);
				if (column == NodeColumn.PROFILES || value == null || value.equals(column.value(now))) {
					continue;
				}
				set(node, now, column, value.isEmpty() ? null : value);
			}
		}
	}

	private static void set(Node node, NodeRow now, NodeColumn column, String value) {
		switch (column) {
		case IMAGE -> node.setImage(value);
		case IP -> ownPrimary(node, now).setIpaddr(value);
		case MAC -> ownPrimary(node, now).setHwaddr(value == null ? null : MacAddress.normalize(value));
		case IPMI -> {
			if (node.getIpmi() == null) {
				Ipmi ipmi = WulfFactory.eINSTANCE.createIpmi();
				node.setIpmi(ipmi);
			}
			node.getIpmi().setIpaddr(value);
		}
		default -> throw new IllegalArgumentException(column + " is not pasted");
		}
	}

	/** The node's own device for its primary network, added when only a profile has it. */
	private static NetDev ownPrimary(Node node, NodeRow now) {
		NetDev primary = now.effective().primaryNetDev();
		String name = primary != null ? primary.getName() : "default";
		for (NetDev own : node.getNetDevs()) {
			if (name.equals(own.getName())) {
				return own;
			}
		}
		NetDev added = WulfFactory.eINSTANCE.createNetDev();
		added.setName(name);
		node.getNetDevs().add(added);
		return added;
	}

}
