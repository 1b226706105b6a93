package org.wulf.core.resolve;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.wulf.model.NetDev;
import org.wulf.model.NodeSettings;

/**
 * A node (or profile) as it will actually be provisioned: every attribute resolved from the object
 * itself and its ordered profiles, with the source of each value. The values are held in a detached
 * model object of the same class, so consumers (the engine, templates, the UI) read them with the
 * ordinary model API; it is a snapshot and never edited back into the cluster.
 */
public final class EffectiveNode {

	private final NodeSettings source;
	private final NodeSettings values;
	private final List<String> profiles;
	private final List<String> missingProfiles;
	private final Map<String, ResolvedField> fields;

	EffectiveNode(NodeSettings source, NodeSettings values, List<String> profiles, List<String> missingProfiles,
			Map<String, ResolvedField> fields) {
		this.source = source;
		this.values = values;
		this.profiles = List.copyOf(profiles);
		this.missingProfiles = List.copyOf(missingProfiles);
		this.fields = fields;
	}

	/** @return the node or profile in the cluster model that was resolved */
	public NodeSettings source() {
		return source;
	}

	public String name() {
		return source.getName();
	}

	/** @return a detached object holding the effective values */
	public NodeSettings values() {
		return values;
	}

	/** @return the profiles merged into this node, in merge order (after nesting and ~removal) */
	public List<String> profiles() {
		return profiles;
	}

	/** @return profile names the node refers to that do not exist in the cluster */
	public List<String> missingProfiles() {
		return missingProfiles;
	}

	/** @return every resolved attribute, in display order */
	public Collection<ResolvedField> fields() {
		return fields.values();
	}

	/** @return the resolved field of this path (e.g. {@code Kernel.Args}), or null if it has none */
	public ResolvedField field(String path) {
		return fields.get(path);
	}

	/**
	 * The primary network device: the one marked primary, else the one named by the primary
	 * network setting, else the lexically first (Warewulf's rule); null when the node has none.
	 */
	public NetDev primaryNetDev() {
		for (NetDev netDev : values.getNetDevs()) {
			if (Boolean.TRUE.equals(netDev.getPrimary())) {
				return netDev;
			}
		}
		return null;
	}

	/** @return the effective network device of this name, or null */
	public NetDev netDev(String name) {
		for (NetDev netDev : values.getNetDevs()) {
			if (netDev.getName().equals(name)) {
				return netDev;
			}
		}
		return null;
	}
}
