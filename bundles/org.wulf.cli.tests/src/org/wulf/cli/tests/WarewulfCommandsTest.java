package org.wulf.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.cli.tests.CliRun.wulf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Cluster;
import org.wulf.model.Node;

class WarewulfCommandsTest {

	private static final String NODES_CONF = """
			nodeprofiles:
			  default:
			    image name: rocky-9
			    kernel:
			      args: [quiet, crashkernel=no]
			    network devices:
			      default:
			        netmask: 255.255.0.0
			  gpu:
			    kernel:
			      args: [nvidia.modeset=0, ~quiet]
			    tags:
			      gpu: a100
			nodes:
			  n01:
			    profiles: [default]
			    network devices:
			      default:
			        hwaddr: "52:54:00:00:00:01"
			        ipaddr: 10.0.1.1
			  n02:
			    profiles: [default, gpu]
			    image name: rocky-9-cuda
			    network devices:
			      default:
			        hwaddr: "52:54:00:00:00:02"
			        ipaddr: 10.0.1.2
			    ipmi:
			      ipaddr: 10.0.2.2
			    tags:
			      rack: r1
			    site note: keep me
			""";

	private static final String WAREWULF_CONF = """
			ipaddr: 10.0.0.1/16
			warewulf:
			  port: 9873
			  secure: false
			dhcp:
			  enabled: true
			  range start: 10.0.100.1
			  range end: 10.0.100.250
			nfs:
			  export paths:
			    - path: /home
			      export options: rw,sync
			""";

	@TempDir
	Path dir;

	Path model;
	Path site;

	@BeforeEach
	void setUp() throws Exception {
		model = dir.resolve("cluster.wulf");
		site = Files.createDirectories(dir.resolve("etc-warewulf"));
		Files.writeString(site.resolve("nodes.conf"), NODES_CONF);
		Files.writeString(site.resolve("warewulf.conf"), WAREWULF_CONF);
	}

	private static void assertOk(CliRun run) {
		assertEquals(0, run.exitCode(), run.toString());
	}

	private static String cells(String row) {
		return row.replaceAll("\\s+", " ");
	}

	@Test
	void anImportedSiteListsEffectiveValuesWithSources() {
		CliRun run = wulf(model, "import", "warewulf", "--conf", site.toString());
		assertOk(run);
		assertTrue(run.out().contains("Imported 2 profiles and 2 nodes from " + site), run.out());
		assertTrue(run.err().contains("note: nodes.conf:32: nodes.n02.site note is not a key Wulf models"), run.err());

		CliRun list = wulf(model, "node", "list", "-a", "n02");
		assertEquals("n02 ImageName SUPERSEDED rocky-9-cuda", cells(list.row("n02", "ImageName")));
		assertEquals("n02 Kernel.Args default,gpu crashkernel=no,nvidia.modeset=0", cells(list.row("n02", "Kernel.Args")));
		assertEquals("n02 NetDevs[default].Netmask default 255.255.0.0", cells(list.row("n02", "NetDevs[default].Netmask")));
		assertEquals("n02 Tags[gpu] gpu a100", cells(list.row("n02", "Tags[gpu]")));
		assertEquals("n02 Tags[rack] -- r1", cells(list.row("n02", "Tags[rack]")));
		assertOk(wulf(model, "validate"));
		CliRun cluster = wulf(model, "cluster", "show");
		assertEquals("network 10.0.0.0", cells(cluster.row("network")));
		assertEquals("secure false", cells(cluster.row("secure")));
	}

	@Test
	void exportWritesASiteThatImportsToTheSameModel() throws Exception {
		assertOk(wulf(model, "import", "warewulf", "--conf", site.toString()));
		Path out = dir.resolve("out");
		CliRun export = wulf(model, "export", "warewulf", "--out", out.toString());
		assertOk(export);
		String nodesConf = Files.readString(out.resolve("nodes.conf"));
		assertTrue(nodesConf.contains("    site note: keep me\n"), nodesConf);

		Path second = dir.resolve("second.wulf");
		assertOk(wulf(second, "import", "warewulf", "--conf", out.toString()));
		Path out2 = dir.resolve("out2");
		assertOk(wulf(second, "export", "warewulf", "--out", out2.toString()));
		assertEquals(nodesConf, Files.readString(out2.resolve("nodes.conf")));
		assertEquals(Files.readString(out.resolve("warewulf.conf")), Files.readString(out2.resolve("warewulf.conf")));
	}

	@Test
	void aBrokenSiteImportsNothing() throws Exception {
		assertOk(wulf(model, "node", "add", "mine"));
		byte[] before = Files.readAllBytes(model);
		Files.writeString(site.resolve("nodes.conf"), NODES_CONF + "  n03:\n    network devices: [eth0]\n");
		CliRun run = wulf(model, "import", "warewulf", "--conf", site.toString());
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains("nodes.conf:34:") && run.err().contains("nodes.n03.network devices: expected a map, found a list"),
				run.err());
		assertTrue(run.err().contains("nothing was imported"), run.err());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)), "the model file is unchanged");
	}

	@Test
	void nodeExportAndImportMoveNodesBetweenModels() throws Exception {
		assertOk(wulf(model, "import", "warewulf", "--conf", site.toString()));
		CliRun export = wulf(model, "node", "export", "n02");
		assertOk(export);
		assertTrue(export.out().startsWith("n02:\n"), export.out());
		Path file = dir.resolve("n02.yaml");
		Files.writeString(file, export.out().replace("n02:", "n03:").replace("10.0.1.2", "10.0.1.3")
				.replace("52:54:00:00:00:02", "52:54:00:00:00:03").replace("10.0.2.2", "10.0.2.3"));
		CliRun imported = wulf(model, "node", "import", file.toString());
		assertOk(imported);
		Cluster cluster = new ModelFile(model).load();
		Node n03 = cluster.getNodes().get(2);
		assertEquals("n03", n03.getName());
		assertEquals(List.of("default", "gpu"), n03.getProfiles());
		assertEquals("10.0.1.3", n03.getNetDevs().get(0).getIpaddr());
		assertEquals("keep me", new com.fasterxml.jackson.databind.ObjectMapper()
				.readTree(n03.getExtras().get("site note")).asText());
	}

	@Test
	void unsetRemovesOwnValuesSoProfilesShowThrough() throws Exception {
		assertOk(wulf(model, "import", "warewulf", "--conf", site.toString()));
		assertOk(wulf(model, "node", "unset", "n02", "--image", "--tag", "rack", "--ipmiaddr"));
		Node n02 = new ModelFile(model).load().getNodes().get(1);
		assertNull(n02.getImage());
		assertFalse(n02.getTags().containsKey("rack"));
		assertNull(n02.getIpmi(), "an IPMI block left empty is removed");
		assertEquals("n02 ImageName default rocky-9",
				cells(wulf(model, "node", "list", "-a", "n02").row("n02", "ImageName")));

		CliRun nothing = wulf(model, "node", "unset", "n02");
		assertEquals(2, nothing.exitCode(), nothing.toString());
	}

	@Test
	void profilesExportAndYamlListing() {
		assertOk(wulf(model, "import", "warewulf", "--conf", site.toString()));
		CliRun export = wulf(model, "profile", "export", "gpu");
		assertOk(export);
		assertEquals("gpu:\n  kernel:\n    args:\n      - nvidia.modeset=0\n      - \"~quiet\"\n  tags:\n    gpu: a100\n", export.out());
		CliRun yaml = wulf(model, "node", "list", "--yaml", "n01");
		assertOk(yaml);
		assertTrue(yaml.out().startsWith("n01:\n"), yaml.out());
		assertTrue(yaml.out().contains("ImageName:\n    value: rocky-9\n    source: default\n"), yaml.out());
	}
}
