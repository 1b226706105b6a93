package org.wulf.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.wulf.core.nodes.SettingsEdit;
import org.wulf.core.range.NodeRange;
import org.wulf.core.warewulf.ImportReport;
import org.wulf.core.warewulf.WarewulfSite;
import org.wulf.model.Cluster;
import org.wulf.model.NodeSettings;

import picocli.CommandLine;

/**
 * Nodes or profiles: the verbs that work the same on both (set, unset, delete, export, import) are
 * written once, against this.
 */
enum ObjectKind {

	NODE("node", "nodes", Cluster::getNodes), PROFILE("profile", "profiles", Cluster::getProfiles);

	private final String one;
	private final String many;
	private final Function<Cluster, EList<? extends NodeSettings>> list;

	ObjectKind(String one, String many, Function<Cluster, EList<? extends NodeSettings>> list) {
		this.one = one;
		this.many = many;
		this.list = list;
	}

	@SuppressWarnings("unchecked")
	<T extends NodeSettings> EList<T> of(Cluster cluster) {
		return (EList<T>) list.apply(cluster);
	}

	/** "3 nodes: n[01-03]" */
	String count(List<String> names) {
		return names.size() + " " + (names.size() == 1 ? one : many) + ": " + NodeRange.fold(names);
	}

	/** @return the objects the patterns name (all for no patterns); fails when none matches */
	<T extends NodeSettings> List<T> select(CommandLine commandLine, Cluster cluster, List<String> patterns) {
		List<T> selected = Selection.select(commandLine, this.<T>of(cluster), patterns);
		if (selected.isEmpty()) {
			throw new CliFailure("no " + one + " matches " + String.join(" ", patterns));
		}
		return selected;
	}

	/** Applies an edit to the objects the patterns name, saves, and says what changed. */
	void edit(WulfCommand root, CommandLine commandLine, List<String> patterns, SettingsEdit edit, boolean force) {
		List<String> changed = new ArrayList<>();
		root.session().change(cluster -> {
			for (NodeSettings object : select(commandLine, cluster, patterns)) {
				edit.applyTo(object);
				changed.add(object.getName());
			}
		}, force);
		root.out().println("Changed " + count(changed));
	}

	/** Deletes the objects the patterns name, after confirmation. */
	void delete(WulfCommand root, CommandLine commandLine, List<String> patterns, boolean yes, boolean force) {
		List<String> deleted = new ArrayList<>();
		root.session().change(cluster -> {
			List<NodeSettings> objects = select(commandLine, cluster, patterns);
			objects.forEach(object -> deleted.add(object.getName()));
			if (!yes && !Confirmation.ask(root, "Delete " + count(deleted) + "?")) {
				throw new CliFailure("not deleted (confirm with --yes)");
			}
			of(cluster).removeAll(objects);
		}, force);
		root.out().println("Deleted " + count(deleted));
	}

	/** Prints the objects' own settings as a YAML map. */
	void export(WulfCommand root, CommandLine commandLine, List<String> patterns) {
		root.out().print(ObjectTransfer.export(select(commandLine, root.session().read(), patterns)));
	}

	/** Adds or replaces objects from a YAML map file; the file is read before the model is touched. */
	void importFile(WulfCommand root, Path file, boolean force) {
		ImportReport report = new ImportReport();
		List<NodeSettings> objects = ObjectTransfer.read(file, this == PROFILE, report);
		List<String> replaced = new ArrayList<>();
		root.session().change(cluster -> replaced.addAll(WarewulfSite.mergeByName(this.<NodeSettings>of(cluster), objects)),
				force);
		report.notes().forEach(note -> root.err().println("  note: " + note));
		List<String> names = objects.stream().map(NodeSettings::getName).toList();
		root.out().println("Imported " + count(names) + " from " + file
				+ (replaced.isEmpty() ? "" : " (replaced " + NodeRange.fold(replaced) + ")"));
	}
}
