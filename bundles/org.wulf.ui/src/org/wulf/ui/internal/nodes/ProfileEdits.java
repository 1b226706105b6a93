package org.wulf.ui.internal.nodes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.Profile;
import org.wulf.model.WulfPackage;

/** The profile editor's logic: which nodes a profile reaches, and the form's values as one command. */
public final class ProfileEdits {

	/** The editable fields of the profile form, as text (lists comma-separated). */
	public record Form(String image, String kernelArgs, String systemOverlays, String runtimeOverlays, String comment) {

		public static Form of(Profile profile) {
			return new Form(nullToEmpty(profile.getImage()), String.join(",", profile.getKernelArgs()),
					String.join(",", profile.getSystemOverlays()), String.join(",", profile.getRuntimeOverlays()),
					nullToEmpty(profile.getComment()));
		}
	}

	private ProfileEdits() {
	}

	/** @return the nodes whose merged profile list includes the profile (directly or through nested profiles) */
	public static List<Node> affectedNodes(Cluster cluster, Profile profile) {
		NodeResolver resolver = new NodeResolver(cluster);
		List<Node> affected = new ArrayList<>();
		for (Node node : cluster.getNodes()) {
			if (resolver.expandProfiles(node).contains(profile.getName())) {
				affected.add(node);
			}
		}
		return affected;
	}

	/** @return the command that gives the profile the form's values, or null when nothing changed */
	public static Command apply(EditingDomain domain, Profile profile, Form form) {
		Form now = Form.of(profile);
		CompoundCommand all = new CompoundCommand("Edit profile " + profile.getName());
		if (!now.image().equals(form.image().strip())) {
			all.append(SetCommand.create(domain, profile, WulfPackage.Literals.NODE_SETTINGS__IMAGE,
					form.image().isBlank() ? null : form.image().strip()));
		}
		list(all, domain, profile, WulfPackage.Literals.NODE_SETTINGS__KERNEL_ARGS, now.kernelArgs(), form.kernelArgs());
		list(all, domain, profile, WulfPackage.Literals.NODE_SETTINGS__SYSTEM_OVERLAYS, now.systemOverlays(), form.systemOverlays());
		list(all, domain, profile, WulfPackage.Literals.NODE_SETTINGS__RUNTIME_OVERLAYS, now.runtimeOverlays(),
				form.runtimeOverlays());
		if (!now.comment().equals(form.comment())) {
			all.append(SetCommand.create(domain, profile, WulfPackage.Literals.NODE_SETTINGS__COMMENT,
					form.comment().isEmpty() ? null : form.comment()));
		}
		return all.isEmpty() ? null : all.unwrap();
	}

	private static void list(CompoundCommand all, EditingDomain domain, Profile profile, EAttribute attribute, String now,
			String wanted) {
		if (!now.equals(wanted.strip())) {
			List<String> items = wanted.isBlank() ? List.of() : List.of(wanted.strip().split("\\s*,\\s*"));
			all.append(SetCommand.create(domain, profile, attribute, items));
		}
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
