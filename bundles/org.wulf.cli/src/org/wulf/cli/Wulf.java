package org.wulf.cli;

import java.io.PrintStream;

/** Entry point of the {@code wulf} command line, callable in-process (tests) and from the application. */
public final class Wulf {

	private Wulf() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		out.println("wulf: command line under construction");
		return 0;
	}
}
