package org.wulf.ui.internal.nodes;

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
	private final EffectiveNode effective;
	private final String ip;
	private final String mac;
	private final String ipmi;
	private final String tags;
	private String status = "";

	public NodeRow(Node node, EffectiveNode effective) {
		this.node = node;
		this.effective = effective;
		NetDev primary = effective.primaryNetDev();
		this.ip = primary == null ? "" : nullToEmpty(primary.getIpaddr());
		this.mac = primary == null ? "" : nullToEmpty(primary.getHwaddr());
		Ipmi settings = effective.values().getIpmi();
		this.ipmi = settings == null ? "" : nullToEmpty(settings.getIpaddr());
		this.tags = effective.values().getTags().stream().map(t -> t.getKey() + "=" + t.getValue())
				.collect(Collectors.joining(", "));
	}

	public Node node() {
		return node;
	}

	public EffectiveNode effective() {
		return effective;
	}

	public String name() {
		return node.getName();
	}

	public String profiles() {
		return String.join(",", node.getProfiles());
	}

	public String image() {
		return nullToEmpty(effective.values().getImage());
	}

	public String ip() {
		return ip;
	}

	public String mac() {
		return mac;
	}

	public String ipmi() {
		return ipmi;
	}

	public String status() {
		return status;
	}

	public void status(String stage) {
		this.status = stage == null ? "" : stage;
	}

	public String tags() {
		return tags;
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
		ResolvedField field = effective.field(path);
		return field == null ? Provenance.NONE : field.provenance();
	}

	private String netPath(String attribute) {
		NetDev primary = effective.primaryNetDev();
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
