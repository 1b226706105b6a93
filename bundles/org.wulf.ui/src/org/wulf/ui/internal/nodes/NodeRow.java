package org.wulf.ui.internal.nodes;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.Provenance;
import org.wulf.core.resolve.ResolvedField;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.Node;

/**
 * One node as the table shows it: its effective values (profiles merged) and, per cell, where the
 * value comes from. Made once per model change; the table reads it many times while scrolling.
 */
public final class NodeRow {

	private final Node node;
	private Function<Node, EffectiveNode> resolver;
	private EffectiveNode effective;
	private String ip;
	private String mac;
	private String ipmi;
	private String tags;
	private String status = "";

	public NodeRow(Node node, EffectiveNode effective) {
		this.node = node;
		take(effective);
	}

	/**
	 * A row resolved on first use: opening a big cluster paints the first rows without resolving
	 * every node first (the rest are resolved while the workbench is idle, or when a sort or filter
	 * needs them).
	 */
	public NodeRow(Node node, Function<Node, EffectiveNode> resolver) {
		this.node = node;
		this.resolver = resolver;
	}

	private void take(EffectiveNode resolved) {
		this.effective = resolved;
		NetDev primary = resolved.primaryNetDev();
		this.ip = primary == null ? "" : nullToEmpty(primary.getIpaddr());
		this.mac = primary == null ? "" : nullToEmpty(primary.getHwaddr());
		Ipmi settings = resolved.values().getIpmi();
		this.ipmi = settings == null ? "" : nullToEmpty(settings.getIpaddr());
		this.tags = resolved.values().getTags().stream().map(t -> t.getKey() + "=" + t.getValue())
				.collect(Collectors.joining(", "));
		this.resolver = null;
	}

	/** Resolves the node now if that has not happened yet (the row is read on the UI thread only). */
	public NodeRow resolve() {
		if (effective == null) {
			take(resolver.apply(node));
		}
		return this;
	}

	public boolean isResolved() {
		return effective != null;
	}

	public Node node() {
		return node;
	}

	public EffectiveNode effective() {
		return resolve().effective;
	}

	public String name() {
		return node.getName();
	}

	public String profiles() {
		return String.join(",", node.getProfiles());
	}

	public String image() {
		return nullToEmpty(effective().values().getImage());
	}

	public String ip() {
		return resolve().ip;
	}

	public String mac() {
		return resolve().mac;
	}

	public String ipmi() {
		return resolve().ipmi;
	}

	public String status() {
		return status;
	}

	public void status(String stage) {
		this.status = stage == null ? "" : stage;
	}

	public String tags() {
		return resolve().tags;
	}

	/**
	 * @return where the column's value comes from ("node", a profile name, or "" when unset), by the
	 *         resolver's provenance for the field behind the column
	 */
	public Provenance provenance(NodeColumn column) {
		String path = switch (column) {
		case IMAGE -> "ImageName";
		case IP -> netPath("Ipaddr");
		case MAC -> netPath("Hwaddr");
		case IPMI -> "Ipmi.Ipaddr";
		default -> null;
		};
		if (path == null) {
			return Provenance.NONE;
		}
		ResolvedField field = effective().field(path);
		return field == null ? Provenance.NONE : field.provenance();
	}

	private String netPath(String attribute) {
		NetDev primary = effective().primaryNetDev();
		return primary == null ? "" : "NetDevs[" + primary.getName() + "]." + attribute;
	}

	/** Whether a row matches a filter word (case-insensitive, any column). */
	public boolean contains(String lowerCaseText) {
		for (NodeColumn column : NodeColumn.values()) {
			if (column.value(this).toLowerCase().contains(lowerCaseText)) {
				return true;
			}
		}
		return false;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
