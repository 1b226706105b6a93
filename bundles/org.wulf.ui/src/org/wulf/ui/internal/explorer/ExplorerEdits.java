package org.wulf.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;
import org.wulf.model.Profile;
import org.wulf.model.WulfPackage;

/**
 * The Cluster Explorer's edits as EMF commands: rename, duplicate and delete nodes and profiles,
 * and add a profile to nodes (drop nodes on a profile). Names are checked first; the message says why.
 */
public final class ExplorerEdits {

	private ExplorerEdits() {
	}

	public static Command rename(EditingDomain domain, NodeSettings target, String name) {
		String clean = name == null ? "" : name.strip();
		if (!clean.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			throw new IllegalArgumentException("'" + name + "' is not a valid name (letters, digits, '.', '_', '-')");
		}
		Cluster cluster = (Cluster) target.eContainer();
		if (taken(cluster, target, clean)) {
			throw new IllegalArgumentException((target instanceof Profile ? "a profile" : "a node") + " named " + clean
					+ " already exists");
		}
		CompoundCommand all = new CompoundCommand("Rename " + target.getName() + " to " + clean);
		all.append(SetCommand.create(domain, target, WulfPackage.Literals.NODE_SETTINGS__NAME, clean));
		if (target instanceof Profile) { // nodes and profiles that list the profile follow the new name
			for (NodeSettings user : users(cluster, target.getName())) {
				List<String> profiles = new ArrayList<>(user.getProfiles());
				profiles.replaceAll(p -> p.equals(target.getName()) ? clean : p);
				all.append(SetCommand.create(domain, user, WulfPackage.Literals.NODE_SETTINGS__PROFILES, profiles));
			}
		}
		return all.unwrap();
	}

	/** A copy named NAME-copy (then -copy2, ...), added after the original. */
	public static Command duplicate(EditingDomain domain, NodeSettings original) {
		Cluster cluster = (Cluster) original.eContainer();
		NodeSettings copy = EcoreUtil.copy(original);
		String name = original.getName() + "-copy";
		for (int i = 2; taken(cluster, null, name) || profileTaken(cluster, original, name); i++) {
			name = original.getName() + "-copy" + i;
		}
		copy.setName(name);
		if (copy instanceof Node node) { // two nodes must not share a MAC or an address
			node.getNetDevs().forEach(n -> {
				n.setHwaddr(null);
				n.setIpaddr(null);
			});
			if (node.getIpmi() != null) {
				node.getIpmi().setIpaddr(null);
			}
		}
		return AddCommand.create(domain, cluster,
				original instanceof Profile ? WulfPackage.Literals.CLUSTER__PROFILES : WulfPackage.Literals.CLUSTER__NODES, copy);
	}

	public static Command delete(EditingDomain domain, List<? extends EObject> targets) {
		CompoundCommand all = new CompoundCommand("Delete " + targets.size() + (targets.size() == 1 ? " object" : " objects"));
		for (EObject target : targets) {
			if (target instanceof Profile profile && !users((Cluster) profile.eContainer(), profile.getName()).isEmpty()) {
				throw new IllegalArgumentException("profile " + profile.getName() + " is used by "
						+ users((Cluster) profile.eContainer(), profile.getName()).size()
						+ " nodes or profiles; take it off them first");
			}
			all.append(RemoveCommand.create(domain, target));
		}
		return all.unwrap();
	}

	/** Drop nodes on a profile: the profile is appended to each node that does not list it yet. */
	public static Command addProfile(EditingDomain domain, List<Node> nodes, Profile profile) {
		CompoundCommand all = new CompoundCommand("Add profile " + profile.getName());
		for (Node node : nodes) {
			if (!node.getProfiles().contains(profile.getName())) {
				all.append(AddCommand.create(domain, node, WulfPackage.Literals.NODE_SETTINGS__PROFILES, profile.getName()));
			}
		}
		return all.isEmpty() ? null : all.unwrap();
	}

	private static boolean taken(Cluster cluster, NodeSettings self, String name) {
		List<? extends NodeSettings> same = self instanceof Profile ? cluster.getProfiles() : cluster.getNodes();
		return same.stream().anyMatch(s -> s != self && name.equals(s.getName()));
	}

	private static boolean profileTaken(Cluster cluster, NodeSettings original, String name) {
		return original instanceof Profile && cluster.getProfiles().stream().anyMatch(p -> name.equals(p.getName()));
	}

	private static List<NodeSettings> users(Cluster cluster, String profile) {
		List<NodeSettings> users = new ArrayList<>();
		cluster.getProfiles().stream().filter(p -> p.getProfiles().contains(profile)).forEach(users::add);
		cluster.getNodes().stream().filter(n -> n.getProfiles().contains(profile)).forEach(users::add);
		return users;
	}
}
