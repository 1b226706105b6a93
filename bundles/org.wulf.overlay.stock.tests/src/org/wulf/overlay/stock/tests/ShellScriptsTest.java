package org.wulf.overlay.stock.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.overlay.stock.StockOverlays;

/**
 * Every shell script of the stock overlays parses with dash ({@code sh -n}) and busybox's ash, the two
 * shells a node may run them with; the scripts the kernel or init execute directly are executable.
 */
class ShellScriptsTest {

	@TempDir
	Path temp;

	static List<Path> scripts() throws IOException {
		try (Stream<Path> files = Files.walk(StockOverlays.directory())) {
			return files.filter(Files::isRegularFile).filter(ShellScriptsTest::isShellScript).sorted().toList();
		}
	}

	private static boolean isShellScript(Path file) {
		String name = file.getFileName().toString();
		if (name.endsWith(".ww")) {
			return false;
		}
		if (name.endsWith(".sh")) {
			return true;
		}
		try {
			byte[] start = new byte[9];
			try (var in = Files.newInputStream(file)) {
				int read = in.readNBytes(start, 0, start.length);
				return new String(start, 0, read, StandardCharsets.US_ASCII).startsWith("#!/bin/sh");
			}
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void theStockOverlaysAreFound() throws IOException {
		assertEquals(List.of("wulf-agent", "wulf-init", "wulf-runtime"), StockOverlays.names());
		Path overlays = StockOverlays.directory();
		List<String> names = scripts().stream().map(p -> overlays.relativize(p).toString()).toList();
		assertTrue(names.contains("wulf-init/rootfs/init"), names.toString());
		assertTrue(names.contains("wulf-agent/rootfs/usr/sbin/wulf-agent"), names.toString());
		assertTrue(names.contains("wulf-init/rootfs/etc/wulf/init.d/20-network.sh"), names.toString());
	}

	@Test
	void everyScriptParsesWithDashAndBusybox() throws Exception {
		List<Path> scripts = scripts();
		assertTrue(scripts.size() >= 9, scripts.toString());
		for (Path script : scripts) {
			Shell dash = Shell.run(List.of("sh", "-n", script.toString()), Map.of());
			assertEquals(0, dash.exit(), script + " with sh -n: " + dash.output());
			Shell ash = Shell.run(List.of(Shell.BUSYBOX.toString(), "sh", "-n", script.toString()), Map.of());
			assertEquals(0, ash.exit(), script + " with busybox sh -n: " + ash.output());
		}
	}

	@Test
	void theSyntaxCheckCatchesABrokenScript() throws Exception {
		Path broken = temp.resolve("broken.sh");
		Files.writeString(broken, "if true; then\n  echo missing fi\n");
		assertTrue(Shell.run(List.of("sh", "-n", broken.toString()), Map.of()).exit() != 0);
		assertTrue(Shell.run(List.of(Shell.BUSYBOX.toString(), "sh", "-n", broken.toString()), Map.of()).exit() != 0);
	}

	@Test
	void p2MakesEveryDirectlyExecutedScriptExecutable() throws Exception {
		// a bundle's zip keeps no Unix modes: META-INF/p2.inf restores them when the product is installed
		String p2;
		try (var in = org.osgi.framework.FrameworkUtil.getBundle(StockOverlays.class).getEntry("META-INF/p2.inf").openStream()) {
			p2 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Path overlays = StockOverlays.directory();
		List<Path> executed = scripts().stream().filter(p -> !p.getFileName().toString().endsWith(".sh")).toList();
		assertTrue(executed.contains(overlays.resolve("wulf-init/rootfs/init")), executed.toString());
		for (Path script : executed) {
			String line = "chmod(targetDir:@artifact,targetFile:overlays/" + overlays.relativize(script) + ",permissions:755);";
			assertTrue(p2.contains(line), "META-INF/p2.inf lacks " + line);
		}
	}
}
