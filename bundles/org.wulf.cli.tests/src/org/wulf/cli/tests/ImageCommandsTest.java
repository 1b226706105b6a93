package org.wulf.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.cli.tests.CliRun.wulf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Cluster;
import org.wulf.model.Image;
import org.wulf.model.Node;
import org.wulf.provision.StoreBootFiles;
import org.wulf.provision.http.BootStage;

class ImageCommandsTest {

	@TempDir
	Path dir;

	Path model;
	Path images;

	@BeforeEach
	void setUp() throws Exception {
		model = dir.resolve("cluster.wulf");
		images = dir.resolve("images");
		Path src = dir.resolve("src");
		Files.createDirectories(src.resolve("boot"));
		Files.createDirectories(src.resolve("lib/modules/6.1.0-9-amd64"));
		Files.createDirectories(src.resolve("lib/modules/6.1.0-10-amd64"));
		Files.writeString(src.resolve("boot/vmlinuz-6.1.0-9-amd64"), "old kernel");
		Files.writeString(src.resolve("boot/vmlinuz-6.1.0-10-amd64"), "new kernel");
		Files.createDirectories(src.resolve("etc"));
		Files.writeString(src.resolve("etc/hostname"), "node\n");
		Files.createSymbolicLink(src.resolve("init"), Path.of("sbin/init"));
		assertOk(wulf(model, "image", "import", "--images", images.toString(), src.toString(), "deb12"));
	}

	CliRun image(String... args) {
		String[] all = new String[args.length + 2];
		all[0] = "image";
		all[1] = args[0];
		all[2] = "--images=" + images;
		System.arraycopy(args, 1, all, 3, args.length - 1);
		return wulf(model, all);
	}

	static void assertOk(CliRun run) {
		assertEquals(0, run.exitCode(), run.toString());
	}

	static void assertFails(CliRun run, String message) {
		assertNotEquals(0, run.exitCode(), run.toString());
		assertTrue(run.err().contains(message), run.toString());
	}

	static String sh(String script) throws Exception {
		Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), script + ": " + output);
		return output;
	}

	@Test
	void buildSkipsAnUpToDateImageUnlessForcedAndRecordsTheArtifact() throws Exception {
		CliRun built = image("build", "deb12");
		assertOk(built);
		assertTrue(built.out().contains("built image deb12"), built.toString());
		Path gz = images.resolve("deb12/image.cpio.gz");
		sh("gzip -t '" + gz + "'");
		Path x = Files.createDirectories(dir.resolve("x"));
		sh("zcat '" + gz + "' | (cd '" + x + "' && cpio -idm --quiet)");
		assertEquals("node\n", Files.readString(x.resolve("etc/hostname")));

		CliRun again = image("build", "deb12");
		assertOk(again);
		assertTrue(again.out().contains("up to date"), again.toString());
		assertTrue(image("build", "--force", "deb12").out().contains("built image deb12"));

		assertOk(image("build", "--compression", "zstd", "--level", "5", "--threads", "2", "deb12"));
		Path zst = images.resolve("deb12/image.cpio.zst");
		sh("zstd -t -q '" + zst + "'");
		assertFalse(Files.exists(gz), "the gzip archive is stale once zstd is built");
		Image recorded = saved().getImages().get(0);
		assertEquals(1, recorded.getArtifacts().size());
		assertEquals("newc+zstd", recorded.getArtifacts().get(0).getFormat());
		assertEquals(zst.toAbsolutePath().toString(), recorded.getArtifacts().get(0).getPath());
		assertEquals(Files.size(zst), recorded.getArtifacts().get(0).getSize());

		assertOk(image("build", "--all", "--compression", "none", "--mtime", "0"));
		byte[] first = Files.readAllBytes(images.resolve("deb12/image.cpio"));
		assertOk(image("build", "--all", "--compression", "none", "--mtime", "0", "--force"));
		assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(images.resolve("deb12/image.cpio"))), "reproducible");

		assertFails(image("build", "--compression", "lz4", "deb12"), "lz4");
		assertFails(image("build", "--compression", "gzip", "--level", "12", "--force", "deb12"), "level 12");
		assertFails(image("build"), "--all");
		assertFails(image("build", "nope"), "there is no image nope");
	}

	@Test
	void kernelsTableShowsTheDefaultAndWhichNodesBootEach() throws Exception {
		assertOk(wulf(model, "profile", "set", "default", "--image", "deb12"));
		assertOk(wulf(model, "node", "add", "n[1-3]"));
		assertOk(wulf(model, "node", "set", "n2", "--kernelversion", "6.1.0-9"));
		assertOk(wulf(model, "node", "set", "n3", "--kernelversion", "7.0"));
		assertTrue(image("list").row("deb12").matches("deb12\\s+3\\s+6\\.1\\.0-10\\s+.*"), "three nodes through the profile");
		CliRun kernels = image("kernels");
		assertOk(kernels);
		assertEquals("deb12 /boot/vmlinuz-6.1.0-10-amd64 6.1.0-10 true 1", kernels.row("deb12", "/boot/vmlinuz-6.1.0-10-amd64")
				.replaceAll("\\s+", " "));
		assertEquals("deb12 /boot/vmlinuz-6.1.0-9-amd64 6.1.0-9 false 1", kernels.row("deb12", "/boot/vmlinuz-6.1.0-9-amd64")
				.replaceAll("\\s+", " "));
		assertTrue(kernels.out().lines().findFirst().orElseThrow().matches("IMAGE\\s+KERNEL\\s+VERSION\\s+DEFAULT\\s+NODES\\s*"));

		// the engine serves each node the kernel its kernel version selects, from the image's root file system
		Cluster cluster = saved();
		StoreBootFiles files = new StoreBootFiles(images, cluster);
		NodeResolver resolver = new NodeResolver(cluster);
		Map<String, Node> nodes = new java.util.HashMap<>();
		cluster.getNodes().forEach(n -> nodes.put(n.getName(), n));
		assertEquals(images.resolve("deb12/rootfs/boot/vmlinuz-6.1.0-10-amd64"), files.of(resolver.resolve(nodes.get("n1"))).get(BootStage.KERNEL));
		assertEquals(images.resolve("deb12/rootfs/boot/vmlinuz-6.1.0-9-amd64"), files.of(resolver.resolve(nodes.get("n2"))).get(BootStage.KERNEL));
		assertNull(files.of(resolver.resolve(nodes.get("n3"))).get(BootStage.KERNEL), "7.0 is not in the image: no kernel");
		assertOk(wulf(model, "node", "set", "n3", "--kernelversion", "/boot/vmlinuz-6.1.0-9-amd64"));
		cluster = saved();
		Node n3 = cluster.getNodes().stream().filter(n -> n.getName().equals("n3")).findFirst().orElseThrow();
		assertEquals(images.resolve("deb12/rootfs/boot/vmlinuz-6.1.0-9-amd64"),
				new StoreBootFiles(images, cluster).of(new NodeResolver(cluster).resolve(n3)).get(BootStage.KERNEL));
	}

	@Test
	void listShowDeleteCopyAndRename() throws Exception {
		assertOk(image("build", "deb12"));
		CliRun list = image("list");
		assertOk(list);
		assertTrue(list.row("deb12").matches("deb12\\s+0\\s+6\\.1\\.0-10\\s+\\d.*"), list.toString());
		assertTrue(image("list", "-k").row("deb12").matches("deb12\\s+6\\.1\\.0-10"), "kernel only");
		assertTrue(image("list", "--compressed").row("deb12").matches("deb12\\s+\\S+ \\S*B\\s+newc\\+gzip"));
		assertTrue(image("list", "-c").out().contains("CHROOT SIZE"));
		assertTrue(image("list", "-s").row("deb12").matches("deb12\\s+\\S+ \\S*B"));
		CliRun longList = image("list", "-l");
		assertTrue(longList.out().lines().findFirst().orElseThrow().matches(
				"IMAGE NAME\\s+NODES\\s+KERNEL VERSION\\s+FORMAT\\s+SIZE\\s+CHROOT SIZE\\s+BUILT\\s*"), longList.toString());

		CliRun show = image("show", "deb12");
		assertOk(show);
		assertTrue(show.out().contains("kernel:   6.1.0-10 /boot/vmlinuz-6.1.0-10-amd64"), show.toString());
		assertFalse(show.out().contains("rootfs:"));
		assertTrue(image("show", "-a", "deb12").out().contains("rootfs:   " + images.resolve("deb12/rootfs")));

		assertOk(image("copy", "deb12", "deb12-copy"));
		assertOk(image("rename", "deb12-copy", "deb12-b"));
		Cluster cluster = saved();
		assertEquals(List.of("deb12", "deb12-b"), cluster.getImages().stream().map(Image::getName).sorted().toList());
		Image renamed = cluster.getImages().stream().filter(i -> i.getName().equals("deb12-b")).findFirst().orElseThrow();
		assertEquals(images.resolve("deb12-b/image.cpio.gz").toAbsolutePath().toString(), renamed.getArtifacts().get(0).getPath());
		assertTrue(Files.exists(Path.of(renamed.getArtifacts().get(0).getPath())));

		assertOk(wulf(model, "profile", "set", "default", "--image", "deb12-b"));
		assertFails(image("delete", "-y", "deb12-b"), "used by profile default");
		assertFails(image("delete", "deb12"), "--yes");
		assertTrue(Files.isDirectory(images.resolve("deb12")), "not deleted without confirmation");
		assertOk(image("delete", "-y", "deb12"));
		assertFalse(Files.exists(images.resolve("deb12")));
		assertEquals(List.of("deb12-b"), saved().getImages().stream().map(Image::getName).toList());
		assertFails(image("delete", "-y", "nothing"), "there is no image nothing");
	}

	private Cluster saved() throws Exception {
		return new ModelFile(model).load();
	}
}
