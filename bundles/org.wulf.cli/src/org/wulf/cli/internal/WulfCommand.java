package org.wulf.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.wulf.core.store.ModelFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root {@code wulf} command: global options and the verbs, which mirror {@code wwctl}. */
@Command(name = "wulf", mixinStandardHelpOptions = true, version = "wulf 0.1.0",
		description = "Wulf cluster provisioning: edit the cluster model from the command line.",
		subcommands = { NodeCommand.class, ProfileCommand.class, ClusterCommand.class, ValidateCommand.class,
				SiteCommands.ImportCommand.class, SiteCommands.ExportCommand.class, ImageCommand.class, ServerCommand.class,
				ConfigureCommand.class, OverlayCommand.class, SshCommand.class },
		footer = { "", "The model file is --model PATH, else $WULF_MODEL, else /etc/wulf/cluster.wulf (root)",
				"or ~/.wulf/cluster.wulf; it is created on the first change.",
				"Node names accept ranges everywhere: n[01-10], r[1-2]n[01-04], n[1-3,7]." })
public final class WulfCommand implements Runnable {

	private final PrintStream out;
	private final PrintStream err;

	@Option(names = "--model", paramLabel = "PATH", scope = ScopeType.INHERIT,
			description = "the cluster model file (default: $WULF_MODEL, /etc/wulf/cluster.wulf for root, ~/.wulf/cluster.wulf)")
	Path model;

	@Option(names = { "-d", "--debug" }, scope = ScopeType.INHERIT, description = "print stack traces of failures")
	boolean debug;

	public WulfCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public void run() {
		new picocli.CommandLine(this).usage(out);
	}

	public boolean debug() {
		return debug;
	}

	PrintStream out() {
		return out;
	}

	PrintStream err() {
		return err;
	}

	ModelSession session() {
		return new ModelSession(new ModelFile(model != null ? model : ModelFile.defaultPath()), err);
	}
}
