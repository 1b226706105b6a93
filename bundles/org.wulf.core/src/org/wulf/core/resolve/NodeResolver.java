package org.wulf.core.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wulf.model.Cluster;
import org.wulf.model.NodeSettings;
import org.wulf.model.Profile;

/**
 * Resolves nodes and profiles of one cluster into {@link EffectiveNode}s.
 *
 * <p>The merge follows Warewulf 4: the profile list is expanded (nested profiles first, cycles
 * skipped, {@code ~name} removes); then the profiles are merged in that order and the node last.
 * Scalars: the later source wins, so the node wins over every profile. Lists (kernel arguments,
 * overlays): appended in merge order, then {@code ~x} removes every {@code x}. Maps (tags, network
 * devices, IPMI): merged per key, and network devices and IPMI field by field. {@code comment} is
 * not inherited. A value {@code UNSET} or {@code UNDEF} clears what earlier sources gave.</p>
 *
 * <p>The resolver reads the cluster as it is when it is made; make a new one after the model
 * changes.</p>
 */
public final class NodeResolver {

	private final Map<String, Profile> profilesByName = new HashMap<>();
	private final ProfileExpansion expansion;

	public NodeResolver(Cluster cluster) {
		for (Profile profile : cluster.getProfiles()) {
			if (profile.getName() != null) {
				profilesByName.putIfAbsent(profile.getName(), profile);
			}
		}
		expansion = new ProfileExpansion(profilesByName);
	}

	/** @return the profiles merged into this node or profile, in merge order */
	public List<String> expandProfiles(NodeSettings settings) {
		return expansion.expand(settings.getProfiles());
	}

	public EffectiveNode resolve(NodeSettings settings) {
		List<String> order = expandProfiles(settings);
		List<Layer> layers = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String name : order) {
			Profile profile = profilesByName.get(name);
			if (profile == null || profile == settings) {
				if (profile == null) {
					missing.add(name);
				}
				continue;
			}
			layers.add(new Layer(name, profile, false));
		}
		layers.add(new Layer(settings.getName(), settings, true));
		LayerMerge merge = new LayerMerge(settings, layers);
		return new EffectiveNode(settings, merge.values(), order, missing, merge.fields());
	}

	/** One source of values: a profile, or the node itself (always last). */
	record Layer(String name, NodeSettings settings, boolean isTarget) {
	}
}
