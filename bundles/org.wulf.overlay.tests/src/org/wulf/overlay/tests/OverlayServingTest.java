package org.wulf.overlay.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.model.Cluster;
import org.wulf.overlay.FileTemplateHost;
import org.wulf.overlay.OverlayBuilder;
import org.wulf.overlay.OverlayContext;
import org.wulf.overlay.OverlayStore;
import org.wulf.overlay.TemplateData;
import org.wulf.provision.BootFiles;
import org.wulf.provision.OverlayAutobuild;
import org.wulf.provision.OverlayBootFiles;
import org.wulf.provision.ProvisionEngine;

/**
 * The engine serves /system and /runtime from the built images over a real socket on loopback,
 * with curl as the client; the autobuild makes a missing or stale image on the request.
 */
class OverlayServingTest {

	@TempDir
	Path dir;

	private Path provision;
	private OverlayStore store;
	private Cluster cluster;
	private ProvisionEngine engine;

	@BeforeEach
	void start() throws Exception {
		provision = dir.resolve("provision");
		store = new OverlayStore(dir.resolve("overlays"), List.of());
		store.create("base");
		store.writeFile("base", "/etc/motd", "base\n".getBytes(), 0644, true);
		store.create("net");
		store.create("rt");
		store.writeFile("rt", "/etc/rt", "secret runtime\n".getBytes(), 0600, true);
		store.create("extra");
		store.writeFile("extra", "/etc/extra", "added later\n".getBytes(), 0644, true);
		cluster = OverlayBuilderTest.cluster(3);
		cluster.setSecure(false);
		Path configDir = dir;
		OverlayBuilder builder = new OverlayBuilder(store, provision, new FileTemplateHost(configDir, dir.resolve("images")));
		BootFiles none = node -> java.util.Map.of();
		engine = new ProvisionEngine(new ProvisionEngine.Settings("127.0.0.1", 0, false), cluster,
				new OverlayBootFiles(none, provision));
		engine.setFilePreparer(new OverlayAutobuild(builder, () -> engine.snapshot().cluster(),
				served -> TemplateData.of(served, new TemplateData.Settings("server", store.site(), provision, null, configDir))));
		engine.start();
	}

	@AfterEach
	void stop() throws Exception {
		engine.close();
	}

	private static String mac(int node) {
		return String.format("52:54:00:00:%02x:%02x", node / 256, node % 256);
	}

	/** curl to a file; returns the HTTP code. */
	private static String curl(String url, Path output) throws Exception {
		List<String> command = new ArrayList<>(List.of("curl", "-sS", "-o", output.toString(), "-w", "%{http_code}", url));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String code;
		try (InputStream in = process.getInputStream()) {
			code = new String(in.readAllBytes()).trim();
		}
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "curl finished");
		return code;
	}

	private Path unpack(Path image) throws Exception {
		Path into = Files.createTempDirectory(dir, "unpacked");
		Process process = new ProcessBuilder("sh", "-c", "gzip -dc '" + image + "' | cpio -idm --quiet").directory(into.toFile())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), output);
		return into;
	}

	@Test
	void buildsAMissingSystemOverlayOnRequestAndServesIt() throws Exception {
		Path system = OverlayContext.SYSTEM.image(provision, "n0001");
		assertFalse(Files.exists(system));
		Path got = dir.resolve("system.img.gz");
		assertEquals("200", curl(engine.httpUrl() + "/system/" + mac(1), got));
		assertTrue(Files.exists(system), "built by the request");
		assertEquals("base\n", Files.readString(unpack(got).resolve("etc/motd")));
		assertFalse(Files.exists(OverlayContext.SYSTEM.image(provision, "n0002")), "other nodes are not built");
		// the stage is recorded when the server's send completes, which may be just after curl has the bytes
		for (int i = 0; i < 100 && engine.status().of("n0001") == null; i++) {
			Thread.sleep(50);
		}
		assertEquals("system", engine.status().of("n0001").stage().id());
	}

	@Test
	void rebuildsWhenTheServedModelChangesAndKeepsTheRuntimeTokenRule() throws Exception {
		Path got = dir.resolve("runtime.img.gz");
		String runtime = engine.httpUrl() + "/runtime/" + mac(2);
		assertEquals("403", curl(runtime, got), "the runtime overlay still needs the node's token");
		assertEquals("200", curl(runtime + "?token=" + engine.token("n0002"), got));
		assertEquals("secret runtime\n", Files.readString(unpack(got).resolve("etc/rt")));

		Cluster changed = EcoreUtil.copy(cluster);
		changed.getNodes().get(1).getSystemOverlays().add("extra");
		engine.reload(changed);
		Path system = dir.resolve("system.img.gz");
		assertEquals("200", curl(engine.httpUrl() + "/system/" + mac(2), system));
		assertEquals("added later\n", Files.readString(unpack(system).resolve("etc/extra")), "rebuilt from the new model");

		store.writeFile("base", "/etc/motd", "edited\n".getBytes(), 0644, false);
		Files.setLastModifiedTime(store.get("base").rootfs().resolve("etc/motd"),
				java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
		assertEquals("200", curl(engine.httpUrl() + "/system/" + mac(2), system));
		assertEquals("edited\n", Files.readString(unpack(system).resolve("etc/motd")), "rebuilt after an overlay edit");
	}

	@Test
	void withoutAutobuildAMissingImageIsNotFoundAndABrokenNodeGetsA500() throws Exception {
		Cluster off = EcoreUtil.copy(cluster);
		off.setAutobuildOverlays(false);
		engine.reload(off);
		assertEquals("404", curl(engine.httpUrl() + "/system/" + mac(3), dir.resolve("x")));

		Cluster broken = EcoreUtil.copy(cluster);
		broken.getNodes().get(2).getSystemOverlays().add("does-not-exist");
		engine.reload(broken);
		Path body = dir.resolve("error.txt");
		assertEquals("500", curl(engine.httpUrl() + "/system/" + mac(3), body));
		assertTrue(Files.readString(body).contains("does-not-exist"), Files.readString(body));
	}
}
