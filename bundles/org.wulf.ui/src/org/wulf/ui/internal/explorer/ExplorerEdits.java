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
import org.eclipse.emf.ecore.EReference;
import org.wulf.model.Cluster;
import org.wulf.model.Image;
import org.wulf.model.Overlay;
import org.wulf.model.WulfFactory;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;
import org.wulf.model.Profile;
import org.wulf.model.WulfPackage;

/**
 * The Cluster Explorer's edits as EMF commands: create, rename, duplicate and delete profiles, nodes,
 * images and overlays, and add a profile to nodes (drop nodes on a profile). Names are checked first; the message says why.
 */
public final class ExplorerEdits {

	private ExplorerEdits() {
	}

	/** Renames a profile, node, image or overlay; the profiles and nodes that name it follow the new name. */
	public static Command rename(EditingDomain domain, EObject target, String name) {
		String clean = checkedName(name);
		Cluster cluster = (Cluster) target.eContainer();
		if (taken(cluster, target, clean)) {
			throw new IllegalArgumentException(kind(target) + " named " + clean + " already exists");
		}
		String old = nameOf(target);
		CompoundCommand all = new CompoundCommand("Rename " + old + " to " + clean);
		all.append(SetCommand.create(domain, target, target.eClass().getEStructuralFeature("name"), clean));
		for (NodeSettings user : users(cluster, target)) {
			if (target instanceof Profile) {
				all.append(SetCommand.create(domain, user, WulfPackage.Literals.NODE_SETTINGS__PROFILES,
						replaced(user.getProfiles(), old, clean)));
			} else if (target instanceof Image) {
				all.append(SetCommand.create(domain, user, WulfPackage.Literals.NODE_SETTINGS__IMAGE, clean));
			} else if (target instanceof Overlay) {
				if (user.getSystemOverlays().contains(old)) {
					all.append(SetCommand.create(domain, user, WulfPackage.Literals.NODE_SETTINGS__SYSTEM_OVERLAYS,
							replaced(user.getSystemOverlays(), old, clean)));
				}
				if (user.getRuntimeOverlays().contains(old)) {
					all.append(SetCommand.create(domain, user, WulfPackage.Literals.NODE_SETTINGS__RUNTIME_OVERLAYS,
							replaced(user.getRuntimeOverlays(), old, clean)));
				}
			}
		}
		return all.unwrap();
	}

	/** A new, empty profile, node, image or overlay of that name (a node gets the default profile, as {@code wulf node add}). */
	public static Command create(EditingDomain domain, Cluster cluster, EReference folder, String name) {
		String clean = checkedName(name);
		EObject created = WulfFactory.eINSTANCE.create(folder.getEReferenceType());
		created.eSet(created.eClass().getEStructuralFeature("name"), clean);
		if (taken(cluster, created, clean)) {
			throw new IllegalArgumentException(kind(created) + " named " + clean + " already exists");
		}
		if (created instanceof Node node && cluster.getDefaultProfile() != null
				&& cluster.getProfiles().stream().anyMatch(p -> cluster.getDefaultProfile().equals(p.getName()))) {
			node.getProfiles().add(cluster.getDefaultProfile());
		}
		Command add = AddCommand.create(domain, cluster, folder, created);
		return new org.eclipse.emf.common.command.CommandWrapper("New " + kind(created) + " " + clean, null, add) {
			@Override
			public java.util.Collection<?> getAffectedObjects() {
				return List.of(created);
			}
		};
	}

	private static String checkedName(String name) {
		String clean = name == null ? "" : name.strip();
		if (!clean.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			throw new IllegalArgumentException("'" + name + "' is not a valid name (letters, digits, '.', '_', '-')");
		}
		return clean;
	}

	private static List<String> replaced(List<String> names, String old, String clean) {
		List<String> copy = new ArrayList<>(names);
		copy.replaceAll(p -> p.equals(old) ? clean : p);
		return copy;
	}

	/** A copy named NAME-copy (then -copy2, ...), added after the original. */
	public static Command duplicate(EditingDomain domain, EObject original) {
		Cluster cluster = (Cluster) original.eContainer();
		EObject copy = EcoreUtil.copy(original);
		String name = nameOf(original) + "-copy";
		for (int i = 2; taken(cluster, original, name); i++) {
			name = nameOf(original) + "-copy" + i;
		}
		copy.eSet(copy.eClass().getEStructuralFeature("name"), name);
		if (copy instanceof Node node) { // two nodes must not share a MAC or an address
			node.getNetDevs().forEach(n -> {
				n.setHwaddr(null);
				n.setIpaddr(null);
			});
			if (node.getIpmi() != null) {
				node.getIpmi().setIpaddr(null);
			}
		}
		return AddCommand.create(domain, cluster, original.eContainmentFeature(), copy);
	}

	public static Command delete(EditingDomain domain, List<? extends EObject> targets) {
		CompoundCommand all = new CompoundCommand("Delete " + targets.size() + (targets.size() == 1 ? " object" : " objects"));
		for (EObject target : targets) {
			if (target.eContainer() instanceof Cluster cluster && !(target instanceof Node) && !users(cluster, target).isEmpty()) {
				throw new IllegalArgumentException(kind(target) + " " + nameOf(target) + " is used by "
						+ users(cluster, target).size() + " nodes or profiles; take it off them first");
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

	/** Another object of the same list with that name. */
	private static boolean taken(Cluster cluster, EObject self, String name) {
		List<?> same = (List<?>) cluster.eGet(self.eContainmentFeature() != null ? self.eContainmentFeature() : folderOf(self));
		return same.stream().anyMatch(s -> s != self && name.equals(nameOf((EObject) s)));
	}

	private static EReference folderOf(EObject object) {
		for (EReference folder : List.of(WulfPackage.Literals.CLUSTER__PROFILES, WulfPackage.Literals.CLUSTER__NODES,
				WulfPackage.Literals.CLUSTER__IMAGES, WulfPackage.Literals.CLUSTER__OVERLAYS)) {
			if (folder.getEReferenceType().isInstance(object)) {
				return folder;
			}
		}
		throw new IllegalArgumentException(object.eClass().getName() + " is not kept in a cluster list");
	}

	static String nameOf(EObject object) {
		return (String) object.eGet(object.eClass().getEStructuralFeature("name"));
	}

	static String kind(EObject object) {
		return object instanceof Profile ? "a profile" : object instanceof Node ? "a node" : object instanceof Image ? "an image" : "an overlay";
	}

	/** The nodes and profiles that name a profile, image or overlay. */
	private static List<NodeSettings> users(Cluster cluster, EObject target) {
		String name = nameOf(target);
		List<NodeSettings> users = new ArrayList<>();
		for (NodeSettings settings : allSettings(cluster)) {
			boolean uses = target instanceof Profile ? settings.getProfiles().contains(name)
					: target instanceof Image ? name.equals(settings.getImage())
					: target instanceof Overlay && (settings.getSystemOverlays().contains(name) || settings.getRuntimeOverlays().contains(name));
			if (uses) {
				users.add(settings);
			}
		}
		return users;
	}

	private static List<NodeSettings> allSettings(Cluster cluster) {
		List<NodeSettings> all = new ArrayList<>(cluster.getProfiles());
		all.addAll(cluster.getNodes());
		return all;
	}
}
