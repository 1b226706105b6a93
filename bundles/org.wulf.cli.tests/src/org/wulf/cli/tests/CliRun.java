package org.wulf.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wulf.cli.Wulf;

/** One in-process run of the wulf command: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

	static CliRun wulf(Path model, String... args) {
		List<String> all = new ArrayList<>(List.of("--model", model.toString()));
		all.addAll(List.of(args));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = Wulf.run(all.toArray(String[]::new), o, e);
		}
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** @return the output line whose whitespace-separated cells start with these, or fail */
	String row(String... cells) {
		for (String line : out.split("\n")) {
			String[] parts = line.trim().split("\\s+");
			if (parts.length < cells.length) {
				continue;
			}
			boolean match = true;
			for (int i = 0; i < cells.length && match; i++) {
				match = parts[i].equals(cells[i]);
			}
			if (match) {
				return line.trim();
			}
		}
		throw new AssertionError("no row starting with " + String.join(" ", cells) + " in:\n" + out + err);
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
	}
}
