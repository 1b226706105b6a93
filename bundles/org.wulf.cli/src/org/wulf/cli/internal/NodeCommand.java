package org.wulf.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.wulf.core.nodes.NodeAdder;
import org.wulf.core.nodes.SettingsEdit;
import org.wulf.model.Cluster;
import org.wulf.model.Node;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wulf node ...}: list, add, set and delete nodes, as {@code wwctl node} does. */
@Command(name = "node", aliases = "nodes", mixinStandardHelpOptions = true, description = "Manage nodes.",
		subcommands = { NodeCommand.ListNodes.class, NodeCommand.AddNodes.class, NodeCommand.SetNodes.class,
				NodeCommand.UnsetNodes.class, NodeCommand.DeleteNodes.class, NodeCommand.ExportNodes.class,
				NodeCommand.ImportNodes.class, NodeStatusCommand.class })
public final class NodeCommand implements Runnable {

	@ParentCommand
	WulfCommand root;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "missing command: list, add, set, unset, delete, export or import");
	}

	@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true,
			description = "List nodes (all, or those the patterns name).")
	static final class ListNodes implements Runnable {
		@ParentCommand
		NodeCommand parent;
		@Spec
		CommandSpec spec;

		@ArgGroup(exclusive = true)
		ListFormat format = new ListFormat();

		@Parameters(paramLabel = "PATTERN", arity = "0..*", description = "node names or ranges, e.g. n[01-04]")
		List<String> patterns = new ArrayList<>();

		@Override
		public void run() {
			WulfCommand root = parent.root;
			Cluster cluster = root.session().read();
			List<Node> nodes = Selection.select(spec.commandLine(), cluster.getNodes(), patterns);
			new NodeListing(cluster, nodes, root.out()).print(format);
		}
	}

	/** The output formats of {@code node list}; at most one. */
	static final class ListFormat {
		@Option(names = { "-a", "--all" }, description = "every attribute with the profile it comes from")
		boolean all;
		@Option(names = { "-l", "--long" }, description = "kernel, image and overlays")
		boolean longFormat;
		@Option(names = { "-n", "--net" }, description = "network devices")
		boolean net;
		@Option(names = { "-i", "--ipmi" }, description = "IPMI settings")
		boolean ipmi;
		@Option(names = { "-j", "--json" }, description = "effective values and sources as JSON")
		boolean json;
		@Option(names = { "-y", "--yaml" }, description = "effective values and sources as YAML")
		boolean yaml;
	}

	@Command(name = "add", aliases = { "new", "create" }, mixinStandardHelpOptions = true,
			description = { "Add nodes. With a range, IPv4 addresses (--ipaddr, --ipmiaddr) are incremented per node;",
					"a node given no --profile gets the default profile." })
	static final class AddNodes implements Runnable {
		@ParentCommand
		NodeCommand parent;
		@Spec
		CommandSpec spec;
		@Mixin
		FieldOptions fields;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;
		@Parameters(paramLabel = "NODENAME", arity = "1..*", description = "node names or ranges, e.g. n[01-04]")
		List<String> patterns;

		@Override
		public void run() {
			List<String> names = Selection.names(spec.commandLine(), patterns);
			SettingsEdit edit = fields.toEdit();
			WulfCommand root = parent.root;
			root.session().change(cluster -> {
				try {
					NodeAdder.add(cluster, names, edit);
				} catch (IllegalArgumentException e) {
					throw new CliFailure(e.getMessage());
				}
			}, force);
			root.out().println("Added " + ObjectKind.NODE.count(names));
		}
	}

	@Command(name = "set", aliases = "modify", mixinStandardHelpOptions = true, description = "Change nodes.")
	static final class SetNodes implements Runnable {
		@ParentCommand
		NodeCommand parent;
		@Spec
		CommandSpec spec;
		@Mixin
		FieldOptions fields;
		@Mixin
		DeleteOptions deletions;
		@Option(names = { "-a", "--all" }, description = "change every node")
		boolean all;
		@Option(names = { "-y", "--yes" }, description = "do not ask (changes are never interactive)")
		boolean yes;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;
		@Parameters(paramLabel = "PATTERN", arity = "0..*", description = "node names or ranges")
		List<String> patterns = new ArrayList<>();

		@Override
		public void run() {
			if (patterns.isEmpty() && !all) {
				throw new ParameterException(spec.commandLine(), "name the nodes to change (or --all)");
			}
			SettingsEdit edit = fields.toEdit();
			deletions.addTo(edit);
			if (edit.isEmpty()) {
				throw new ParameterException(spec.commandLine(), "nothing to change: give at least one attribute flag");
			}
			ObjectKind.NODE.edit(parent.root, spec.commandLine(), all ? List.of() : patterns, edit, force);
		}
	}

	@Command(name = "unset", mixinStandardHelpOptions = true,
			description = "Remove nodes' own values, so they inherit from their profiles again.")
	static final class UnsetNodes implements Runnable {
		@ParentCommand
		NodeCommand parent;
		@Spec
		CommandSpec spec;
		@Mixin
		UnsetOptions fields;
		@Option(names = { "-y", "--yes" }, description = "do not ask (changes are never interactive)")
		boolean yes;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;
		@Parameters(paramLabel = "PATTERN", arity = "1..*", description = "node names or ranges")
		List<String> patterns;

		@Override
		public void run() {
			SettingsEdit edit = fields.toEdit();
			if (edit.isEmpty()) {
				throw new ParameterException(spec.commandLine(), "nothing to unset: give at least one field flag");
			}
			ObjectKind.NODE.edit(parent.root, spec.commandLine(), patterns, edit, force);
		}
	}

	@Command(name = "export", mixinStandardHelpOptions = true,
			description = "Print nodes' own settings as a YAML map (the nodes.conf schema), for node import.")
	static final class ExportNodes implements Runnable {
		@ParentCommand
		NodeCommand parent;
		@Spec
		CommandSpec spec;
		@Parameters(paramLabel = "PATTERN", arity = "1..*", description = "node names or ranges")
		List<String> patterns;

		@Override
		public void run() {
			ObjectKind.NODE.export(parent.root, spec.commandLine(), patterns);
		}
	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Add or replace nodes from a YAML map of name to settings (as node export writes).")
	static final class ImportNodes implements Runnable {
		@ParentCommand
		NodeCommand parent;
		@Option(names = { "-y", "--yes" }, description = "do not ask (imports are never interactive)")
		boolean yes;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;
		@Parameters(paramLabel = "FILE", description = "the YAML file")
		java.nio.file.Path file;

		@Override
		public void run() {
			ObjectKind.NODE.importFile(parent.root, file, force);
		}
	}

	@Command(name = "delete", aliases = { "rm", "del", "remove" }, mixinStandardHelpOptions = true, description = "Delete nodes.")
	static final class DeleteNodes implements Runnable {
		@ParentCommand
		NodeCommand parent;
		@Spec
		CommandSpec spec;
		@Option(names = { "-y", "--yes" }, description = "delete without asking")
		boolean yes;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;
		@Parameters(paramLabel = "PATTERN", arity = "1..*", description = "node names or ranges")
		List<String> patterns;

		@Override
		public void run() {
			ObjectKind.NODE.delete(parent.root, spec.commandLine(), patterns, yes, force);
		}
	}
}
