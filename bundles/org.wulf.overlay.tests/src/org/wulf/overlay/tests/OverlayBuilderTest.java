package org.wulf.overlay.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;
import org.wulf.overlay.BuildReport;
import org.wulf.overlay.OverlayBuilder;
import org.wulf.overlay.OverlayContext;
import org.wulf.overlay.OverlayStore;
import org.wulf.overlay.TemplateData;
import org.wulf.overlay.FileTemplateHost;

/**
 * Builds real overlay images and unpacks them with {@code cpio -idm} (as the node's kernel and
 * wwclient would): merge order, modes, owners, links; incremental skips and rebuilds; parallel
 * builds; one failing node does not stop the others.
 */
class OverlayBuilderTest {

	static final WulfFactory F = WulfFactory.eINSTANCE;

	@TempDir
	Path dir;

	Path site;
	Path provision;
	OverlayStore store;
	Cluster cluster;

	@BeforeEach
	void overlays() throws Exception {
		site = dir.resolve("overlays");
		provision = dir.resolve("provision");
		store = new OverlayStore(site, List.of());
		store.create("base");
		store.writeFile("base", "/etc/motd", "base motd\n".getBytes(), 0644, true);
		store.writeFile("base", "/etc/secret", "s3cret\n".getBytes(), 0600, true);
		store.chown("base", "/etc/secret", "1000", "100");
		store.mkdir("base", "/var/empty", 0711);
		store.writeFile("base", "/warewulf/wwclient", big(), 0755, true);
		Files.createSymbolicLink(site.resolve("base/rootfs/etc/localtime"), Path.of("/usr/share/zoneinfo/UTC"));
		store.create("net");
		store.writeFile("net", "/etc/motd", "net motd wins\n".getBytes(), 0640, true);
		store.create("rt");
		store.writeFile("rt", "/etc/rt", "runtime\n".getBytes(), 0644, true);
		cluster = cluster(5);
	}

	/** 300 KB, partly random: compressed once per run and spliced into every image. */
	static byte[] big() {
		byte[] bytes = new byte[300_000];
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i % 3 == 0 ? random.nextInt() : 'a' + i % 26);
		}
		return bytes;
	}

	static Cluster cluster(int nodes) {
		Cluster cluster = F.createCluster();
		cluster.setControllerIp("10.0.0.1");
		cluster.setNetmask("255.255.0.0");
		Profile profile = F.createProfile();
		profile.setName("default");
		profile.getSystemOverlays().addAll(List.of("base", "net"));
		profile.getRuntimeOverlays().add("rt");
		cluster.getProfiles().add(profile);
		for (int i = 1; i <= nodes; i++) {
			Node node = F.createNode();
			node.setName(String.format("n%04d", i));
			node.getProfiles().add("default");
			NetDev netDev = F.createNetDev();
			netDev.setName("default");
			netDev.setDevice("eth0");
			netDev.setHwaddr(String.format("52:54:00:00:%02x:%02x", i / 256, i % 256));
			netDev.setIpaddr("10.0." + (i / 250) + "." + (i % 250 + 2));
			netDev.setNetmask("255.255.0.0");
			node.getNetDevs().add(netDev);
			cluster.getNodes().add(node);
		}
		return cluster;
	}

	TemplateData data() {
		return TemplateData.of(cluster, new TemplateData.Settings("server", site, provision, dir.resolve("images"), dir));
	}

	OverlayBuilder builder() {
		return new OverlayBuilder(store, provision, new FileTemplateHost(dir, dir.resolve("images")));
	}

	/** Unpacks an image with the real cpio, as root (owners kept). */
	Path unpack(Path image) throws Exception {
		Path into = Files.createTempDirectory(dir, "unpacked");
		Process process = new ProcessBuilder("sh", "-c", "gzip -dc '" + image + "' | cpio -idm --quiet").directory(into.toFile())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), output);
		return into;
	}

	static int mode(Path path) throws IOException {
		return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
	}

	@Test
	void buildsSystemAndRuntimeImagesThatCpioUnpacksWithModesOwnersAndLinks() throws Exception {
		BuildReport report = builder().build(data(), data().nodeNames(), 2, false, (done, total) -> {
		});
		assertTrue(report.ok(), report.toString());
		assertEquals(5, report.built());
		Path system = provision.resolve("overlays/n0001/__SYSTEM__.img.gz");
		assertEquals(system, OverlayContext.SYSTEM.image(provision, "n0001"));
		Path root = unpack(system);
		assertEquals("net motd wins\n", Files.readString(root.resolve("etc/motd")), "the later overlay wins");
		assertEquals(0640, mode(root.resolve("etc/motd")));
		assertEquals("s3cret\n", Files.readString(root.resolve("etc/secret")));
		assertEquals(0600, mode(root.resolve("etc/secret")));
		assertEquals(1000, Files.getAttribute(root.resolve("etc/secret"), "unix:uid"));
		assertEquals(100, Files.getAttribute(root.resolve("etc/secret"), "unix:gid"));
		assertEquals(0711, mode(root.resolve("var/empty")));
		assertTrue(Files.isSymbolicLink(root.resolve("etc/localtime")));
		assertEquals("/usr/share/zoneinfo/UTC", Files.readSymbolicLink(root.resolve("etc/localtime")).toString());
		assertFalse(Files.exists(root.resolve("etc/rt")), "runtime files are not in the system image");
		for (String node : List.of("n0001", "n0004")) { // the shared file was compressed once and spliced into both
			Path unpacked = node.equals("n0001") ? root : unpack(OverlayContext.SYSTEM.image(provision, node));
			assertTrue(java.util.Arrays.equals(big(), Files.readAllBytes(unpacked.resolve("warewulf/wwclient"))), node);
			assertEquals(0755, mode(unpacked.resolve("warewulf/wwclient")));
			assertEquals("net motd wins\n", Files.readString(unpacked.resolve("etc/motd")));
		}
		try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(system))) {
			assertTrue(in.readAllBytes().length > 300_000, "Java's gzip reader reads the spliced member too");
		}
		Path runtime = unpack(provision.resolve("overlays/n0001/__RUNTIME__.img.gz"));
		assertEquals("runtime\n", Files.readString(runtime.resolve("etc/rt")));
		assertEquals(0600, mode(system), "images are readable by the server only");
	}

	@Test
	void skipsUnchangedNodesAndRebuildsWhatAChangeReaches() throws Exception {
		OverlayBuilder builder = builder();
		assertEquals(5, builder.build(data(), data().nodeNames(), 2, false, (d, t) -> {
		}).built());
		BuildReport again = builder.build(data(), data().nodeNames(), 2, false, (d, t) -> {
		});
		assertEquals(0, again.built());
		assertEquals(5, again.skipped());

		cluster.getNodes().get(2).getKernelArgs().add("quiet"); // n0003's data changes
		BuildReport oneNode = builder.build(data(), data().nodeNames(), 2, false, (d, t) -> {
		});
		assertEquals(1, oneNode.built(), oneNode.toString());

		Path rt = site.resolve("rt/rootfs/etc/rt"); // an overlay file changes: every node using it
		Files.writeString(rt, "runtime v2\n");
		Files.setLastModifiedTime(rt, FileTime.fromMillis(System.currentTimeMillis() + 5000));
		BuildReport overlayChanged = builder.build(data(), data().nodeNames(), 2, false, (d, t) -> {
		});
		assertEquals(5, overlayChanged.built());
		assertEquals("runtime v2\n", Files.readString(unpack(provision.resolve("overlays/n0005/__RUNTIME__.img.gz")).resolve("etc/rt")));

		store.chmod("base", "/etc/motd", 0600); // a mode change alone is an input too
		assertEquals(5, builder.build(data(), data().nodeNames(), 2, false, (d, t) -> {
		}).built());
		Files.delete(provision.resolve("overlays/n0002/__SYSTEM__.img.gz")); // a missing image is rebuilt
		assertEquals(1, builder.build(data(), data().nodeNames(), 2, false, (d, t) -> {
		}).built());
		assertEquals(5, builder.build(data(), data().nodeNames(), 2, true, (d, t) -> {
		}).built(), "force rebuilds all");
	}

	@Test
	void buildsHundredsOfNodesInParallelAndReportsEveryOne() throws Exception {
		cluster = cluster(300);
		List<Integer> progress = new ArrayList<>();
		BuildReport report = builder().build(data(), data().nodeNames(), 4, false, (done, total) -> {
			synchronized (progress) {
				progress.add(done);
			}
		});
		assertTrue(report.ok(), report.toString());
		assertEquals(300, report.built());
		assertEquals(300, progress.size());
		assertTrue(progress.contains(300));
		for (String node : List.of("n0001", "n0150", "n0300")) {
			assertEquals("net motd wins\n", Files.readString(unpack(OverlayContext.SYSTEM.image(provision, node)).resolve("etc/motd")));
		}
	}

	@Test
	void aFailingNodeIsReportedAndTheOthersAreBuilt() throws Exception {
		cluster.getNodes().get(1).getSystemOverlays().add("missing");
		BuildReport report = builder().build(data(), data().nodeNames(), 2, false, (d, t) -> {
		});
		assertEquals(4, report.built());
		assertEquals(1, report.failures().size());
		BuildReport.Failure failure = report.failures().get(0);
		assertEquals("n0002", failure.node());
		assertTrue(failure.message().contains("node n0002") && failure.message().contains("overlay missing"), failure.message());
		assertFalse(Files.exists(OverlayContext.SYSTEM.image(provision, "n0002")));
	}
}
