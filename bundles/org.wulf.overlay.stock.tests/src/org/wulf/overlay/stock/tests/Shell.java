package org.wulf.overlay.stock.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command and gives back its exit code and output (stdout and stderr merged). */
record Shell(int exit, String output) {

	static final Path BUSYBOX = Files.isExecutable(Path.of("/bin/busybox")) ? Path.of("/bin/busybox") : Path.of("/usr/bin/busybox");

	static Shell run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().keySet().removeIf(key -> key.startsWith("WULF_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		byte[] output;
		try (InputStream in = process.getInputStream()) {
			output = in.readAllBytes();
		}
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + command);
		return new Shell(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}
}
