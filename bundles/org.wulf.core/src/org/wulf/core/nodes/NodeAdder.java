package org.wulf.core.nodes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;

/**
 * Adds a range of nodes the way {@code wwctl node add} does: each name becomes a node, the edit is
 * applied with IPv4 addresses (network device and IPMI) incremented by one per node, and a node
 * given no profile gets the cluster's default profile when a profile of that name exists.
 */
public final class NodeAdder {

	private NodeAdder() {
	}

	/**
	 * @return the new nodes, already added to the cluster
	 * @throws IllegalArgumentException when a name is taken or an address runs past the end; the
	 *                                  cluster is unchanged then
	 */
	public static List<Node> add(Cluster cluster, List<String> names, SettingsEdit edit) {
		Set<String> taken = new HashSet<>();
		cluster.getNodes().forEach(node -> taken.add(node.getName()));
		for (String name : names) {
			if (taken.contains(name)) {
				throw new IllegalArgumentException("node " + name + " already exists");
			}
		}
		boolean useDefaultProfile = !edit.setsProfiles() && hasProfile(cluster, cluster.getDefaultProfile());
		List<Node> created = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			Node node = WulfFactory.eINSTANCE.createNode();
			node.setName(names.get(i));
			if (useDefaultProfile) {
				node.getProfiles().add(cluster.getDefaultProfile());
			}
			edit.applyTo(node, i);
			created.add(node);
		}
		cluster.getNodes().addAll(created);
		return created;
	}

	private static boolean hasProfile(Cluster cluster, String name) {
		for (Profile profile : cluster.getProfiles()) {
			if (profile.getName() != null && profile.getName().equals(name)) {
				return true;
			}
		}
		return false;
	}
}
