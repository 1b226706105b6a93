package org.wulf.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class NodeCommandsTest {

	@TempDir
	Path dir;

	Path model;

	@BeforeEach
	void setUp() {
		model = dir.resolve("cluster.wulf");
	}

	private Cluster saved() throws Exception {
		return new ModelFile(model).load();
	}

	private static void assertOk(CliRun run) {
		assertEquals(0, run.exitCode(), run.toString());
	}

	private void fourNodes() {
		assertOk(wulf(model, "cluster", "set", "--ipaddr", "10.0.0.1/16"));
		assertOk(wulf(model, "profile", "set", "default", "--image", "rocky9", "--kernelargs", "quiet,crashkernel=no",
				"--netmask", "255.255.0.0", "--gateway", "10.0.0.1"));
		assertOk(wulf(model, "node", "add", "n[01-04]", "--ipaddr", "10.0.1.11", "--ipmiaddr", "10.0.2.11",
				"--kernelargs", "console=ttyS0", "--tag", "rack=r1"));
	}

	@Test
	void addingARangeIncrementsAddressesAndListAllShowsSources() throws Exception {
		fourNodes();
		Cluster cluster = saved();
		assertEquals(List.of("n01", "n02", "n03", "n04"), cluster.getNodes().stream().map(Node::getName).toList());
		assertEquals(List.of("10.0.1.11", "10.0.1.12", "10.0.1.13", "10.0.1.14"),
				cluster.getNodes().stream().map(n -> n.getNetDevs().get(0).getIpaddr()).toList());
		assertEquals("10.0.2.12", cluster.getNodes().get(1).getIpmi().getIpaddr());
		assertEquals(List.of("default"), cluster.getNodes().get(1).getProfiles());

		CliRun list = wulf(model, "node", "list", "-a", "n02");
		assertOk(list);
		assertEquals("n02  ImageName                  default     rocky9", squeeze(list.row("n02", "ImageName")));
		assertEquals("n02  NetDevs[default].Ipaddr    --          10.0.1.12", squeeze(list.row("n02", "NetDevs[default].Ipaddr")));
		assertEquals("n02  NetDevs[default].Netmask   default     255.255.0.0", squeeze(list.row("n02", "NetDevs[default].Netmask")));
		assertEquals("n02  Kernel.Args                default,n02 quiet,crashkernel=no,console=ttyS0",
				squeeze(list.row("n02", "Kernel.Args")));
		assertEquals("n02  Ipmi.Ipaddr                --          10.0.2.12", squeeze(list.row("n02", "Ipmi.Ipaddr")));
		assertEquals("n02  Tags[rack]                 --          r1", squeeze(list.row("n02", "Tags[rack]")));
		assertFalse(list.out().contains("n01"), "only n02 is listed");
	}

	@Test
	void nodeOverridingAProfileShowsSuperseded() {
		fourNodes();
		assertOk(wulf(model, "node", "set", "n03", "--image", "debian12"));
		CliRun list = wulf(model, "node", "list", "--all", "n03");
		assertEquals("n03 ImageName SUPERSEDED debian12", list.row("n03", "ImageName").replaceAll("\\s+", " "));
		assertOk(wulf(model, "node", "set", "n03", "--image", "UNSET"));
		assertEquals("n03 ImageName default rocky9",
				wulf(model, "node", "list", "--all", "n03").row("n03", "ImageName").replaceAll("\\s+", " "));
	}

	@Test
	void shortNetworkAndIpmiListings() {
		fourNodes();
		assertOk(wulf(model, "node", "set", "n01", "--hwaddr", "02:00:00:00:00:01", "--netdev", "eth0"));
		CliRun shortList = wulf(model, "node", "list");
		assertOk(shortList);
		assertTrue(shortList.out().startsWith("NODE NAME"), shortList.out());
		assertEquals("n04 default default:10.0.1.14", shortList.row("n04").replaceAll("\\s+", " "));

		CliRun net = wulf(model, "node", "list", "-n", "n01");
		assertEquals("n01 default 02:00:00:00:00:01 10.0.1.11 10.0.0.1 eth0", net.row("n01").replaceAll("\\s+", " "));
		CliRun ipmi = wulf(model, "node", "list", "-i", "n0[3-4]");
		assertEquals("n03 10.0.2.13 -- -- --", ipmi.row("n03").replaceAll("\\s+", " "));
		CliRun longList = wulf(model, "node", "list", "-l", "n01");
		assertEquals("n01 -- rocky9 /", longList.row("n01").replaceAll("\\s+", " "));
	}

	@Test
	void jsonListingHoldsEffectiveValuesAndSources() throws Exception {
		fourNodes();
		CliRun json = wulf(model, "node", "list", "--json", "n01,n04");
		assertOk(json);
		JsonNode document = new ObjectMapper().readTree(json.out());
		assertEquals(List.of("n01", "n04"), names(document.fieldNames()));
		assertEquals("rocky9", document.at("/n04/ImageName/value").asText());
		assertEquals("default", document.at("/n04/ImageName/source").asText());
		assertEquals("10.0.1.14", document.at("/n04/NetDevs[default].Ipaddr/value").asText());
	}

	@Test
	void badAddressIsAUsageErrorAndWritesNothing() {
		CliRun run = wulf(model, "node", "add", "n[01-02]", "--ipaddr", "10.0.1.300");
		assertEquals(2, run.exitCode(), run.toString());
		assertEquals(1, run.err().strip().lines().count(), run.err());
		assertTrue(run.err().contains("--ipaddr") && run.err().contains("10.0.1.300"), run.err());
		assertFalse(Files.exists(model), "nothing was written");
	}

	@Test
	void badRangeIsAUsageError() {
		CliRun run = wulf(model, "node", "add", "n[5-1]");
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("n[5-1]"), run.err());
		assertFalse(Files.exists(model));
	}

	@Test
	void unknownFlagIsAUsageError() {
		CliRun run = wulf(model, "node", "add", "n1", "--colour", "blue");
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("--colour"), run.err());
	}

	@Test
	void aChangeThatMakesTheModelInvalidIsNotSavedUnlessForced() throws Exception {
		fourNodes();
		assertOk(wulf(model, "node", "set", "n01", "--hwaddr", "02:00:00:00:00:01"));
		CliRun duplicate = wulf(model, "node", "set", "n02", "--hwaddr", "02:00:00:00:00:01");
		assertEquals(1, duplicate.exitCode(), duplicate.toString());
		assertTrue(duplicate.err().contains("duplicate MAC address 02:00:00:00:00:01"), duplicate.err());
		assertTrue(duplicate.err().contains("--force"), duplicate.err());
		assertEquals(null, saved().getNodes().get(1).getNetDevs().get(0).getHwaddr());

		assertOk(wulf(model, "node", "set", "n02", "--hwaddr", "02:00:00:00:00:01", "--force"));
		assertEquals("02:00:00:00:00:01", saved().getNodes().get(1).getNetDevs().get(0).getHwaddr());
		CliRun validate = wulf(model, "validate");
		assertEquals(1, validate.exitCode(), validate.toString());
		assertTrue(validate.out().contains("ERROR n02 NetDevs[default].Hwaddr: duplicate MAC address"), validate.out());
	}

	@Test
	void validateExitsZeroOnAValidModel() {
		fourNodes();
		CliRun validate = wulf(model, "validate");
		assertOk(validate);
		assertTrue(validate.out().contains("4 nodes, 1 profiles: 0 errors"), validate.out());
	}

	@Test
	void setChangesTagsAndNetworkDevices() throws Exception {
		fourNodes();
		CliRun sameIp = wulf(model, "node", "set", "n0[1-2]", "--netname", "ib0", "--ipaddr", "172.16.0.1");
		assertEquals(1, sameIp.exitCode(), sameIp.toString());
		assertTrue(sameIp.err().contains("duplicate IP address 172.16.0.1"), sameIp.err());
		assertOk(wulf(model, "node", "set", "n02", "--netname", "ib0", "--type", "infiniband", "--ipaddr", "172.16.0.2",
				"--nettagadd", "mode=connected", "--tagadd", "gpu=a100", "--tagdel", "rack"));
		Node n02 = saved().getNodes().get(1);
		assertEquals(2, n02.getNetDevs().size());
		assertEquals("infiniband", n02.getNetDevs().get(1).getType());
		assertEquals("connected", n02.getNetDevs().get(1).getTags().get("mode"));
		assertEquals("a100", n02.getTags().get("gpu"));
		assertFalse(n02.getTags().containsKey("rack"));

		assertOk(wulf(model, "node", "set", "n02", "--netdel", "ib0"));
		assertEquals(1, saved().getNodes().get(1).getNetDevs().size());
	}

	@Test
	void deleteNeedsConfirmation() throws Exception {
		fourNodes();
		CliRun refused = wulf(model, "node", "delete", "n0[3-4]");
		assertEquals(1, refused.exitCode(), refused.toString());
		assertEquals(4, saved().getNodes().size());
		assertOk(wulf(model, "node", "delete", "--yes", "n0[3-4]"));
		assertEquals(List.of("n01", "n02"), saved().getNodes().stream().map(Node::getName).toList());
	}

	@Test
	void addingAnExistingNodeFails() throws Exception {
		fourNodes();
		CliRun run = wulf(model, "node", "add", "n04");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains("node n04 already exists"), run.err());
	}

	@Test
	void profilesCanBeAddedListedAndDeleted() throws Exception {
		fourNodes();
		assertOk(wulf(model, "profile", "add", "gpu", "--kernelargs", "nvidia.modeset=0", "--comment", "GPU nodes"));
		assertOk(wulf(model, "node", "set", "n04", "--profile", "default,gpu"));
		CliRun list = wulf(model, "profile", "list");
		assertEquals("gpu GPU nodes 1", list.row("gpu").replaceAll("\\s+", " "));
		CliRun all = wulf(model, "node", "list", "-a", "n04");
		assertEquals("n04 Kernel.Args default,gpu,n04 quiet,crashkernel=no,nvidia.modeset=0,console=ttyS0",
				all.row("n04", "Kernel.Args").replaceAll("\\s+", " "));

		CliRun inUse = wulf(model, "profile", "delete", "--yes", "gpu");
		assertEquals(1, inUse.exitCode(), inUse.toString());
		assertTrue(inUse.err().contains("profile \"gpu\" does not exist"), inUse.err());
		assertOk(wulf(model, "node", "set", "n04", "--profile", "default"));
		assertOk(wulf(model, "profile", "delete", "--yes", "gpu"));
		assertEquals(1, saved().getProfiles().size());
	}

	@Test
	void concurrentChangesAreSerialisedAndNoneIsLost() throws Exception {
		assertOk(wulf(model, "node", "add", "seed"));
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<CliRun>> runs = new java.util.ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String name = "c" + i;
				runs.add(pool.submit(() -> wulf(model, "node", "add", name)));
			}
			for (java.util.concurrent.Future<CliRun> run : runs) {
				assertOk(run.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(17, saved().getNodes().size(), "every concurrent add was kept");
	}

	@Test
	void aBrokenModelFileIsReportedWithItsLine() throws Exception {
		Files.writeString(model, "<?xml version=\"1.0\"?>\n<wulf:Cluster xmlns:wulf=\"http://www.wulf.org/model/1.0\">\n<nodes>\n");
		CliRun run = wulf(model, "node", "list");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith("wulf: " + model + ":"), run.err());
	}

	private static String squeeze(String row) {
		String[] cells = row.trim().split("\\s+");
		return String.format("%-4s %-26s %-11s %s", cells[0], cells[1], cells[2], cells[3]);
	}

	private static <T> List<T> names(java.util.Iterator<T> iterator) {
		List<T> list = new java.util.ArrayList<>();
		iterator.forEachRemaining(list::add);
		return list;
	}
}
