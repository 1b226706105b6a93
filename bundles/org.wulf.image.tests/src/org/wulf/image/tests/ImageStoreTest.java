package org.wulf.image.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
	void kernelsAreFoundInNaturalOrder() throws Exception {
		Path root = rootfs();
		List<KernelFinder.Kernel> kernels = KernelFinder.find(root);
		assertEquals(List.of("6.1.0-9-amd64", "6.1.0-10-amd64"), kernels.stream().map(KernelFinder.Kernel::version).toList());
		assertTrue(kernels.get(0).hasModules());
		assertEquals("/boot/vmlinuz-6.1.0-10-amd64", KernelFinder.select(root, null).orElseThrow().path());
		assertEquals("/boot/vmlinuz-6.1.0-9-amd64", KernelFinder.select(root, "6.1.0-9-amd64").orElseThrow().path());
		assertTrue(KernelFinder.select(root, "5.10").isEmpty());
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
		assertEquals("6.1.0-10-amd64", image.getKernelVersion());
		assertEquals("/boot/vmlinuz-6.1.0-10-amd64", image.getKernelPath());

		InitramfsBuilder.Result result = store.build("rocky-9", new InitramfsBuilder(), InitramfsBuilder.Compression.GZIP);
		ImageArtifact artifact = store.recordBuild(cluster, "rocky-9", result);
		assertEquals(store.archive("rocky-9", InitramfsBuilder.Compression.GZIP).toAbsolutePath().toString(), artifact.getPath());
		assertEquals(Files.size(result.archive()), artifact.getSize());
		assertEquals(64, artifact.getSha256().length());
		store.recordBuild(cluster, "rocky-9", result);
		assertEquals(1, image.getArtifacts().size(), "a rebuild replaces the artifact record");
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
