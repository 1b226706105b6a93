package org.wulf.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.cli.tests.CliRun.wulf;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineBasicsTest {

	@TempDir
	Path dir;

	@Test
	void helpListsTheVerbs() {
		CliRun run = wulf(dir.resolve("m.wulf"), "--help");
		assertEquals(0, run.exitCode(), run.toString());
		for (String verb : new String[] { "node", "profile", "cluster", "validate" }) {
			assertTrue(run.out().contains("  " + verb), verb + " in\n" + run.out());
		}
	}

	@Test
	void unknownVerbIsAUsageErrorOnOneLine() {
		CliRun run = wulf(dir.resolve("m.wulf"), "nodez", "list");
		assertEquals(2, run.exitCode(), run.toString());
		assertEquals(1, run.err().strip().lines().count(), run.err());
		assertTrue(run.err().contains("nodez"), run.err());
	}

	@Test
	void aVerbWithoutItsCommandSaysWhatIsMissing() {
		CliRun run = wulf(dir.resolve("m.wulf"), "node");
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("missing command: list, add, set, unset, delete, export or import"), run.err());
	}

	@Test
	void listingAMissingModelShowsAnEmptyClusterAndCreatesNothing() {
		Path model = dir.resolve("new/cluster.wulf");
		CliRun run = wulf(model, "profile", "list");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("default"), run.out());
		assertFalse(Files.exists(model), "reading never creates the file");
	}

	@Test
	void theFirstChangeCreatesTheModelFile() {
		Path model = dir.resolve("new/cluster.wulf");
		assertEquals(0, wulf(model, "node", "add", "n1").exitCode());
		assertTrue(Files.exists(model));
	}

	@Test
	void badClusterAddressIsAUsageError() {
		CliRun run = wulf(dir.resolve("m.wulf"), "cluster", "set", "--ipaddr", "10.0.0.1/40");
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("10.0.0.1/40"), run.err());
	}

	@Test
	void clusterSettingsAreShown() {
		Path model = dir.resolve("m.wulf");
		assertEquals(0, wulf(model, "cluster", "set", "--ipaddr", "192.168.10.1/24", "--dhcp", "proxy", "--nfs-export",
				"/home:rw,sync").exitCode());
		CliRun show = wulf(model, "cluster", "show");
		assertEquals("netmask 255.255.255.0", show.row("netmask").replaceAll("\\s+", " "));
		assertEquals("network 192.168.10.0", show.row("network").replaceAll("\\s+", " "));
		assertEquals("dhcp proxy", show.row("dhcp").replaceAll("\\s+", " "));
		assertEquals("nfs export /home (rw,sync)", show.row("nfs", "export").replaceAll("\\s+", " "));
	}
}
