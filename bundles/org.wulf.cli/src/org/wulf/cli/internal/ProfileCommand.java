package org.wulf.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.wulf.core.nodes.SettingsEdit;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.core.resolve.ResolvedField;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wulf profile ...}: list, add, set and delete profiles, as {@code wwctl profile} does. */
@Command(name = "profile", aliases = "profiles", mixinStandardHelpOptions = true, description = "Manage profiles.",
		subcommands = { ProfileCommand.ListProfiles.class, ProfileCommand.AddProfiles.class,
				ProfileCommand.SetProfiles.class, ProfileCommand.UnsetProfiles.class, ProfileCommand.DeleteProfiles.class,
				ProfileCommand.ExportProfiles.class, ProfileCommand.ImportProfiles.class })
public final class ProfileCommand implements Runnable {

	@ParentCommand
	WulfCommand root;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "missing command: list, add, set, unset, delete, export or import");
	}

	@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true, description = "List profiles.")
	static final class ListProfiles implements Runnable {
		@ParentCommand
		ProfileCommand parent;
		@Spec
		CommandSpec spec;
		@Option(names = { "-a", "--all" }, description = "every attribute, with the profile it comes from")
		boolean all;
		@Option(names = { "-j", "--json" }, description = "as JSON")
		boolean json;
		@Option(names = { "-y", "--yaml" }, description = "as YAML")
		boolean yaml;
		@Parameters(paramLabel = "PROFILE", arity = "0..*")
		List<String> patterns = new ArrayList<>();

		@Override
		public void run() {
			WulfCommand root = parent.root;
			Cluster cluster = root.session().read();
			List<Profile> profiles = Selection.select(spec.commandLine(), cluster.getProfiles(), patterns);
			if (json || yaml) {
				NodeCommand.ListFormat format = new NodeCommand.ListFormat();
				format.json = json;
				format.yaml = yaml;
				new NodeListing(cluster, profiles, root.out()).print(format);
			} else if (all) {
				Table table = new Table("PROFILE", "FIELD", "PROFILE", "VALUE");
				NodeResolver resolver = new NodeResolver(cluster);
				for (Profile profile : profiles) {
					for (ResolvedField field : resolver.resolve(profile).fields()) {
						table.add(profile.getName(), field.path(), field.provenance().label(), field.displayValue());
					}
				}
				table.print(root.out());
			} else {
				Table table = new Table("PROFILE NAME", "COMMENT/DESCRIPTION", "NODES");
				for (Profile profile : profiles) {
					table.add(profile.getName(), profile.getComment(), Integer.toString(usedBy(cluster, profile.getName()).size()));
				}
				table.print(root.out());
			}
		}
	}

	@Command(name = "add", aliases = { "new", "create" }, mixinStandardHelpOptions = true, description = "Add profiles.")
	static final class AddProfiles implements Runnable {
		@ParentCommand
		ProfileCommand parent;
		@Spec
		CommandSpec spec;
		@Mixin
		FieldOptions fields;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;
		@Parameters(paramLabel = "PROFILE", arity = "1..*")
		List<String> names;

		@Override
		public void run() {
			List<String> expanded = Selection.names(spec.commandLine(), names);
			SettingsEdit edit = fields.toEdit();
			WulfCommand root = parent.root;
			root.session().change(cluster -> {
				for (String name : expanded) {
					if (cluster.getProfiles().stream().anyMatch(p -> name.equals(p.getName()))) {
						throw new CliFailure("profile " + name + " already exists");
					}
					Profile profile = WulfFactory.eINSTANCE.createProfile();
					profile.setName(name);
					edit.applyTo(profile);
					cluster.getProfiles().add(profile);
				}
			}, force);
			root.out().println("Added " + ObjectKind.PROFILE.count(expanded));
		}
	}

	@Command(name = "set", aliases = "modify", mixinStandardHelpOptions = true, description = "Change profiles.")
	static final class SetProfiles implements Runnable {
		@ParentCommand
		ProfileCommand parent;
		@Spec
		CommandSpec spec;
		@Mixin
		FieldOptions fields;
		@Mixin
		DeleteOptions deletions;
		@Option(names = { "-y", "--yes" }, description = "do not ask (changes are never interactive)")
		boolean yes;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;
		@Parameters(paramLabel = "PROFILE", arity = "1..*")
		List<String> patterns;

		@Override
		public void run() {
			SettingsEdit edit = fields.toEdit();
			deletions.addTo(edit);
			if (edit.isEmpty()) {
				throw new ParameterException(spec.commandLine(), "nothing to change: give at least one attribute flag");
			}
			ObjectKind.PROFILE.edit(parent.root, spec.commandLine(), patterns, edit, force);
		}
	}

	@Command(name = "unset", mixinStandardHelpOptions = true, description = "Remove profiles' own values.")
	static final class UnsetProfiles implements Runnable {
		@ParentCommand
		ProfileCommand parent;
		@Spec
		CommandSpec spec;
		@Mixin
		UnsetOptions fields;
		@Option(names = { "-y", "--yes" }, description = "do not ask (changes are never interactive)")
		boolean yes;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;
		@Parameters(paramLabel = "PROFILE", arity = "1..*")
		List<String> patterns;

		@Override
		public void run() {
			SettingsEdit edit = fields.toEdit();
			if (edit.isEmpty()) {
				throw new ParameterException(spec.commandLine(), "nothing to unset: give at least one field flag");
			}
			ObjectKind.PROFILE.edit(parent.root, spec.commandLine(), patterns, edit, force);
		}
	}

	@Command(name = "export", mixinStandardHelpOptions = true, description = "Print profiles' own settings as a YAML map.")
	static final class ExportProfiles implements Runnable {
		@ParentCommand
		ProfileCommand parent;
		@Spec
		CommandSpec spec;
		@Parameters(paramLabel = "PROFILE", arity = "1..*")
		List<String> patterns;

		@Override
		public void run() {
			ObjectKind.PROFILE.export(parent.root, spec.commandLine(), patterns);
		}
	}

	@Command(name = "import", mixinStandardHelpOptions = true, description = "Add or replace profiles from a YAML map.")
	static final class ImportProfiles implements Runnable {
		@ParentCommand
		ProfileCommand parent;
		@Option(names = { "-y", "--yes" }, description = "do not ask (imports are never interactive)")
		boolean yes;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;
		@Parameters(paramLabel = "FILE")
		java.nio.file.Path file;

		@Override
		public void run() {
			ObjectKind.PROFILE.importFile(parent.root, file, force);
		}
	}

	@Command(name = "delete", aliases = { "rm", "del", "remove" }, mixinStandardHelpOptions = true,
			description = "Delete profiles. Refused while nodes or profiles still use them, unless --force.")
	static final class DeleteProfiles implements Runnable {
		@ParentCommand
		ProfileCommand parent;
		@Spec
		CommandSpec spec;
		@Option(names = { "-y", "--yes" }, description = "delete without asking")
		boolean yes;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;
		@Parameters(paramLabel = "PROFILE", arity = "1..*")
		List<String> patterns;

		@Override
		public void run() {
			ObjectKind.PROFILE.delete(parent.root, spec.commandLine(), patterns, yes, force);
		}
	}

	static List<String> usedBy(Cluster cluster, String profile) {
		List<String> users = new ArrayList<>();
		for (Node node : cluster.getNodes()) {
			if (node.getProfiles().contains(profile)) {
				users.add(node.getName());
			}
		}
		return users;
	}
}
