package org.wulf.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.wulf.core.warewulf.ImportReport;
import org.wulf.core.warewulf.WarewulfFormatException;
import org.wulf.core.warewulf.WarewulfSite;
import org.wulf.model.Cluster;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wulf import warewulf} and {@code wulf export warewulf}: a whole Warewulf 4 site in or out. */
final class SiteCommands {

	private SiteCommands() {
	}

	@Command(name = "import", mixinStandardHelpOptions = true, description = "Import configuration from another tool.",
			subcommands = ImportWarewulf.class)
	static final class ImportCommand implements Runnable {
		@ParentCommand
		WulfCommand root;
		@Spec
		CommandSpec spec;

		@Override
		public void run() {
			throw new ParameterException(spec.commandLine(), "missing source: warewulf");
		}
	}

	@Command(name = "warewulf", mixinStandardHelpOptions = true, description = { "Read a Warewulf 4 site (nodes.conf and "
			+ "warewulf.conf) into the model: controller settings are taken, profiles and nodes of the same name are",
			"replaced, others are added. Keys Wulf does not model are kept and written back by export.",
			"Nothing changes unless both files read without error." })
	static final class ImportWarewulf implements Runnable {
		@ParentCommand
		ImportCommand parent;
		@Option(names = "--conf", paramLabel = "DIR", defaultValue = "/etc/warewulf",
				description = "Warewulf's configuration directory (default: ${DEFAULT-VALUE})")
		Path conf;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;

		@Override
		public void run() {
			WulfCommand root = parent.root;
			WarewulfSite.Imported site;
			try {
				site = WarewulfSite.read(conf);
			} catch (WarewulfFormatException e) {
				throw new CliFailure(e.getMessage() + " (nothing was imported)", e);
			} catch (IOException e) {
				throw new CliFailure(conf + ": " + e.getMessage() + " (nothing was imported)", e);
			}
			root.session().change(site::applyTo, force);
			ImportReport report = site.report();
			for (String note : report.notes()) {
				root.err().println("  note: " + note);
			}
			root.out().println("Imported " + report.profiles() + " profiles and " + report.nodes() + " nodes from " + conf
					+ (report.replaced() > 0 ? " (" + report.replaced() + " replaced ones of the same name)" : "")
					+ (site.hasSettings() ? "; controller settings from warewulf.conf" : ""));
		}
	}

	@Command(name = "export", mixinStandardHelpOptions = true, description = "Write configuration for another tool.",
			subcommands = ExportWarewulf.class)
	static final class ExportCommand implements Runnable {
		@ParentCommand
		WulfCommand root;
		@Spec
		CommandSpec spec;

		@Override
		public void run() {
			throw new ParameterException(spec.commandLine(), "missing target: warewulf");
		}
	}

	@Command(name = "warewulf", mixinStandardHelpOptions = true,
			description = "Write the model as a Warewulf 4.7 site: nodes.conf and warewulf.conf, each atomically.")
	static final class ExportWarewulf implements Runnable {
		@ParentCommand
		ExportCommand parent;
		@Option(names = "--out", paramLabel = "DIR", required = true, description = "the directory to write to")
		Path out;

		@Override
		public void run() {
			WulfCommand root = parent.root;
			Cluster cluster = root.session().read();
			try {
				WarewulfSite.write(cluster, out);
			} catch (IOException e) {
				throw new CliFailure(out + ": cannot write: " + e.getMessage(), e);
			}
			root.out().println("Wrote " + out.resolve(WarewulfSite.NODES_CONF) + " (" + cluster.getProfiles().size()
					+ " profiles, " + cluster.getNodes().size() + " nodes) and " + out.resolve(WarewulfSite.WAREWULF_CONF));
		}
	}
}
