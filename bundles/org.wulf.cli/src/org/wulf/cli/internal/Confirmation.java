package org.wulf.cli.internal;

import java.io.Console;
import java.util.Locale;

/** Asks the user to confirm a destructive change on the terminal; without a terminal the answer is no. */
final class Confirmation {

	private Confirmation() {
	}

	static boolean ask(WulfCommand root, String question) {
		Console console = System.console();
		if (console == null) {
			root.err().println("wulf: " + question + " (no terminal to ask; use --yes)");
			return false;
		}
		String answer = console.readLine("%s [y/N] ", question);
		return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
	}
}
