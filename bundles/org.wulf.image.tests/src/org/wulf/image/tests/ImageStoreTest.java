package org.wulf.image.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.image.ImageException;
import org.wulf.image.ImageStore;
import org.wulf.image.InitramfsBuilder;
import org.wulf.image.KernelFinder;
import org.wulf.model.Cluster;
import org.wulf.model.Image;
import org.wulf.model.ImageArtifact;
import org.wulf.model.WulfFactory;

class ImageStoreTest {

	@TempDir
	Path dir;

	Path rootfs() throws Exception {
		Path root = dir.resolve("src");
		Files.createDirectories(root.resolve("boot"));
		Files.createDirectories(root.resolve("lib/modules/6.1.0-9-amd64"));
		Files.writeString(root.resolve("boot/vmlinuz-6.1.0-9-amd64"), "old kernel");
		Files.writeString(root.resolve("boot/vmlinuz-6.1.0-10-amd64"), "new kernel");
		Files.writeString(root.resolve("boot/config-6.1.0-10-amd64"), "not a kernel");
		Files.writeString(root.resolve("hello"), "hi");
		Files.createLink(root.resolve("hello2"), root.resolve("hello"));
		Files.createSymbolicLink(root.resolve("bin"), Path.of("usr/bin"));
		return root;
	}

	@Test
	void kernelsAreFoundHighestVersionFirst() throws Exception {
		Path root = rootfs();
		List<KernelFinder.Kernel> kernels = KernelFinder.find(root);
		assertEquals(List.of("6.1.0-10", "6.1.0-9"), kernels.stream().map(KernelFinder.Kernel::version).toList());
		assertTrue(kernels.get(1).hasModules());
		assertEquals("/boot/vmlinuz-6.1.0-10-amd64", KernelFinder.select(root, null).orElseThrow().path());
		assertEquals("/boot/vmlinuz-6.1.0-9-amd64", KernelFinder.select(root, "6.1.0-9-amd64").orElseThrow().path());
		assertEquals("/boot/vmlinuz-6.1.0-9-amd64", KernelFinder.select(root, "6.1.0-9").orElseThrow().path());
		assertEquals("/boot/vmlinuz-6.1.0-10-amd64", KernelFinder.select(root, "6.1").orElseThrow().path(), "prefix: the highest");
		assertTrue(KernelFinder.select(root, "5.10").isEmpty());
	}

	@Test
	void kernelsFollowWarewulfsGlobsAndSkipDebugAndRescueForTheDefault() throws Exception {
		Path root = dir.resolve("el9");
		Files.createDirectories(root.resolve("boot"));
		Files.createDirectories(root.resolve("lib/modules/5.14.0-427.13.1.el9_4.x86_64"));
		Files.createDirectories(root.resolve("lib/modules/5.14.0-503.14.1.el9_5.x86_64+debug"));
		Files.writeString(root.resolve("lib/modules/5.14.0-427.13.1.el9_4.x86_64/vmlinuz"), "k1");
		Files.writeString(root.resolve("lib/modules/5.14.0-503.14.1.el9_5.x86_64+debug/vmlinuz"), "debug");
		Files.writeString(root.resolve("boot/vmlinuz-0-rescue-0123456789abcdef"), "rescue");
		Files.writeString(root.resolve("boot/vmlinuz-5.14.0-427.13.1.el9_4.x86_64"), "k1");
		Files.writeString(root.resolve("boot/.vmlinuz-5.14.0-427.13.1.el9_4.x86_64.hmac"), "not a kernel");
		Files.writeString(root.resolve("boot/symvers-5.14.0-427.13.1.el9_4.x86_64.gz"), "not a kernel");
		List<KernelFinder.Kernel> kernels = KernelFinder.find(root);
		assertEquals(List.of("/lib/modules/5.14.0-503.14.1.el9_5.x86_64+debug/vmlinuz", "/boot/vmlinuz-5.14.0-427.13.1.el9_4.x86_64",
				"/lib/modules/5.14.0-427.13.1.el9_4.x86_64/vmlinuz", "/boot/vmlinuz-0-rescue-0123456789abcdef"),
				kernels.stream().map(KernelFinder.Kernel::path).toList());
		assertEquals("5.14.0-427.13.1", kernels.get(1).version());
		assertEquals("", kernels.get(3).version());
		assertEquals("/boot/vmlinuz-5.14.0-427.13.1.el9_4.x86_64", KernelFinder.select(root, null).orElseThrow().path(),
				"the highest version that is neither debug nor rescue");
		assertEquals("/boot/vmlinuz-5.14.0-427.13.1.el9_4.x86_64", KernelFinder.select(root, "5.14").orElseThrow().path());
		assertEquals("/lib/modules/5.14.0-503.14.1.el9_5.x86_64+debug/vmlinuz",
				KernelFinder.select(root, "/lib/modules/5.14.0-503.14.1.el9_5.x86_64+debug/vmlinuz").orElseThrow().path(),
				"an absolute path picks any kernel, debug ones too");
		assertTrue(KernelFinder.select(root, "/boot/nothing").isEmpty());
		// an absolute symlink target is resolved inside the image, not on the host
		Files.createSymbolicLink(root.resolve("boot/vmlinuz"), Path.of("/boot/vmlinuz-5.14.0-427.13.1.el9_4.x86_64"));
		assertEquals(root.resolve("boot/vmlinuz-5.14.0-427.13.1.el9_4.x86_64"), KernelFinder.inside(root, "/boot/vmlinuz"));
		assertEquals("/boot/vmlinuz", KernelFinder.select(root, "/boot/vmlinuz").orElseThrow().path());
	}

	@Test
	void anArchiveNewerThanEveryChangeIsUpToDate() throws Exception {
		ImageStore store = new ImageStore(dir.resolve("images"));
		store.importDirectory(rootfs(), "a", false);
		assertFalse(store.isUpToDate("a", InitramfsBuilder.Compression.GZIP), "not built yet");
		Thread.sleep(20); // file times have at least millisecond resolution here; the build must be later than the import
		store.build("a", new InitramfsBuilder(), InitramfsBuilder.Compression.GZIP);
		assertTrue(store.isUpToDate("a", InitramfsBuilder.Compression.GZIP));
		assertFalse(store.isUpToDate("a", InitramfsBuilder.Compression.ZSTD), "another compression is not built");
		Thread.sleep(20);
		Files.setPosixFilePermissions(store.rootfs("a").resolve("hello"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		assertFalse(store.isUpToDate("a", InitramfsBuilder.Compression.GZIP), "a chmod changes ctime only");
		assertEquals(store.archive("a", InitramfsBuilder.Compression.GZIP), store.builtArchive("a").orElseThrow());
		store.build("a", new InitramfsBuilder(), InitramfsBuilder.Compression.ZSTD);
		assertFalse(Files.exists(store.archive("a", InitramfsBuilder.Compression.GZIP)), "the other format is stale and removed");
		assertEquals(store.archive("a", InitramfsBuilder.Compression.ZSTD), store.builtArchive("a").orElseThrow());
	}

	@Test
	void copyAndRenameMoveTheWholeImage() throws Exception {
		ImageStore store = new ImageStore(dir.resolve("images"));
		store.importDirectory(rootfs(), "a", false);
		store.build("a", new InitramfsBuilder(), InitramfsBuilder.Compression.GZIP);
		store.copy("a", "b");
		assertEquals(Path.of("usr/bin"), Files.readSymbolicLink(store.rootfs("b").resolve("bin")));
		assertTrue(Files.exists(store.archive("b", InitramfsBuilder.Compression.GZIP)));
		store.rename("b", "c");
		assertEquals(List.of("a", "c"), store.names());
		ImageException taken = assertThrows(ImageException.class, () -> store.rename("a", "c"));
		assertTrue(taken.getMessage().contains("already exists"), taken.getMessage());
		assertThrows(ImageException.class, () -> store.copy("nope", "d"));
	}

	@Test
	void importKeepsLinksAndRecordsTheImageAndItsBuild() throws Exception {
		ImageStore store = new ImageStore(dir.resolve("images"));
		store.importDirectory(rootfs(), "rocky-9", false);
		Path copy = store.rootfs("rocky-9");
		assertEquals(Path.of("usr/bin"), Files.readSymbolicLink(copy.resolve("bin")));
		assertEquals(Files.getAttribute(copy.resolve("hello"), "unix:ino"), Files.getAttribute(copy.resolve("hello2"), "unix:ino"));
		assertEquals(List.of("rocky-9"), store.names());

		Cluster cluster = WulfFactory.eINSTANCE.createCluster();
		Image image = store.record(cluster, "rocky-9", "/src");
		assertEquals("6.1.0-10", image.getKernelVersion());
		assertEquals("/boot/vmlinuz-6.1.0-10-amd64", image.getKernelPath());

		InitramfsBuilder.Result result = store.build("rocky-9", new InitramfsBuilder(), InitramfsBuilder.Compression.GZIP);
		ImageArtifact artifact = store.recordBuild(cluster, "rocky-9", result);
		assertEquals(store.archive("rocky-9", InitramfsBuilder.Compression.GZIP).toAbsolutePath().toString(), artifact.getPath());
		assertEquals(Files.size(result.archive()), artifact.getSize());
		assertEquals(64, artifact.getSha256().length());
		assertEquals("newc+gzip", artifact.getFormat());
		store.recordBuild(cluster, "rocky-9", result);
		assertEquals(1, image.getArtifacts().size(), "a rebuild replaces the artifact record");
		ImageArtifact zstd = store.recordBuild(cluster, "rocky-9",
				store.build("rocky-9", new InitramfsBuilder(), InitramfsBuilder.Compression.ZSTD));
		assertEquals("newc+zstd", zstd.getFormat());
		assertTrue(zstd.getPath().endsWith("/rocky-9/image.cpio.zst"), zstd.getPath());
		assertEquals(1, image.getArtifacts().size());
	}

	@Test
	void existingImagesAndBadNamesAreRefused() throws Exception {
		ImageStore store = new ImageStore(dir.resolve("images"));
		Path src = rootfs();
		store.importDirectory(src, "a", false);
		ImageException exists = assertThrows(ImageException.class, () -> store.importDirectory(src, "a", false));
		assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
		store.importDirectory(src, "a", true);
		for (String bad : List.of("../x", "a/b", "", ".hidden", "..")) {
			assertThrows(ImageException.class, () -> store.importDirectory(src, bad, false), bad);
		}
		ImageException notDir = assertThrows(ImageException.class,
				() -> store.importDirectory(src.resolve("hello"), "b", false));
		assertTrue(notDir.getMessage().contains("not a directory"));
		ImageException missing = assertThrows(ImageException.class,
				() -> store.build("nope", new InitramfsBuilder(), InitramfsBuilder.Compression.GZIP));
		assertTrue(missing.getMessage().contains("wulf image import"), missing.getMessage());
		store.delete("a");
		assertEquals(List.of(), store.names());
	}
}
