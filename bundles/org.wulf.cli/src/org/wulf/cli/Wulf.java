package org.wulf.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

import org.wulf.cli.internal.CliFailure;
import org.wulf.cli.internal.WulfCommand;

import picocli.CommandLine;

/**
 * Entry point of the {@code wulf} command line. It runs in-process (tests call it directly) and
 * from {@link WulfApplication} in the headless product.
 *
 * <p>Exit codes: 0 success; 1 the command failed (a model file error, a model that would be
 * invalid, a refused save); 2 bad arguments (nothing was read or written).</p>
 */
public final class Wulf {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	private Wulf() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		WulfCommand root = new WulfCommand(out, err);
		CommandLine commandLine = new CommandLine(root);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setParameterExceptionHandler((exception, arguments) -> {
			err.println(exception.getCommandLine().getCommandName().equals("wulf") ? "wulf: " + exception.getMessage()
					: "wulf " + qualifiedName(exception.getCommandLine()) + ": " + exception.getMessage());
			return USAGE;
		});
		commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
			if (exception instanceof CliFailure failure) {
				err.println("wulf: " + failure.getMessage());
				if (root.debug() && failure.getCause() != null) {
					failure.getCause().printStackTrace(err);
				}
				return failure.exitCode();
			}
			err.println("wulf: internal error: " + exception);
			if (root.debug()) {
				exception.printStackTrace(err);
			} else {
				err.println("wulf: run again with --debug for the details");
			}
			return FAILED;
		});
		return commandLine.execute(args);
	}

	private static String qualifiedName(CommandLine commandLine) {
		String name = commandLine.getCommandName();
		CommandLine parent = commandLine.getParent();
		while (parent != null && parent.getParent() != null) {
			name = parent.getCommandName() + " " + name;
			parent = parent.getParent();
		}
		return name;
	}
}
