package org.wulf.image.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the real tools the tests check against (gzip, zstd, GNU cpio). */
final class Processes {

	private Processes() {
	}

	/** Runs a shell command line; fails the test with its output unless it exits 0. */
	static String sh(String script) throws Exception {
		return run(List.of("sh", "-c", script));
	}

	static String run(List<String> command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		p.getOutputStream().close();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), command + ": " + output);
		return output;
	}

	static boolean installed(String tool) {
		for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
			if (Files.isExecutable(Path.of(dir, tool))) {
				return true;
			}
		}
		return false;
	}

	static String quote(Path path) {
		return "'" + path.toString().replace("'", "'\\''") + "'";
	}
}
