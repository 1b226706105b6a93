package org.wulf.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code wulf overlay build}: builds the system and runtime overlay images of nodes. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the system and runtime overlay images of nodes.")
final class OverlayBuildCommand implements Runnable {
	@ParentCommand
	OverlayCommand parent;

	@Override
	public void run() {
		throw new CliFailure("overlay build is not available yet");
	}
}
