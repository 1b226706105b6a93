package org.wulf.image.oci.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.image.ImageException;
import org.wulf.image.ImageStore;
import org.wulf.image.oci.OciImporter;
import org.wulf.image.oci.OciLayoutWriter;
import org.wulf.image.oci.Platform;

/**
 * Local sources: an OCI layout directory, its tar (made by GNU tar), a {@code docker save}
 * archive (made by skopeo), a plain root file system directory; and umoci's unpacking of the same
 * layout as the peer the applied tree must equal.
 */
class ArchiveImportTest {

	@TempDir
	static Path shared;
	static Path layout;
	@TempDir
	Path work;

	@BeforeAll
	static void write() throws Exception {
		layout = shared.resolve("layout");
		OciLayoutWriter writer = new OciLayoutWriter(layout);
		writer.tag("v1", writer.addImage(Layers.make(shared.resolve("layers"), "amd64"), Platform.parse("linux/amd64")));
		writer.tag("v2", writer.addImage(java.util.List.of(shared.resolve("layers/layer1")), Platform.parse("linux/amd64")));
	}

	private OciImporter importer(ImageStore store) throws ImageException {
		return new OciImporter(store).environment(Map.of()).cache(work.resolve("cache")).platform(Platform.parse("linux/amd64"));
	}

	@Test
	void importsAnOciLayoutDirectoryByTag() throws Exception {
		ImageStore store = new ImageStore(work.resolve("images"));
		importer(store).importImage("oci:" + layout + ":v1", "node");
		RegistryImportTest.checkImage(store.rootfs("node"), "amd64");
		ImageException untagged = assertThrows(ImageException.class, () -> importer(store).importImage("oci:" + layout, "x"));
		assertTrue(untagged.getMessage().contains("v1, v2"), untagged.getMessage());
		ImageException unknown = assertThrows(ImageException.class, () -> importer(store).importImage("oci:" + layout + ":v9", "x"));
		assertTrue(unknown.getMessage().contains("'v9'") && unknown.getMessage().contains(layout.toString()), unknown.getMessage());
	}

	@Test
	void importsAnOciArchiveMadeByTar() throws Exception {
		Path archive = work.resolve("layout.tar");
		TestRegistry.run("tar", "-C", layout.toString(), "-cf", archive.toString(), ".");
		ImageStore store = new ImageStore(work.resolve("images"));
		importer(store).importImage("oci-archive:" + archive + ":v1", "node");
		RegistryImportTest.checkImage(store.rootfs("node"), "amd64");
		ImageException ambiguous = assertThrows(ImageException.class, () -> importer(store).importImage(archive.toString(), "plain"));
		assertTrue(ambiguous.getMessage().contains("holds 2 images"), ambiguous.getMessage());
	}

	@Test
	void importsADockerSaveArchiveMadeBySkopeo() throws Exception {
		Path archive = work.resolve("saved.tar");
		TestRegistry.run("skopeo", "copy", "--quiet", "oci:" + layout + ":v1", "docker-archive:" + archive + ":wulf/node:v1");
		ImageStore store = new ImageStore(work.resolve("images"));
		importer(store).importImage("docker-archive:" + archive, "node");
		RegistryImportTest.checkImage(store.rootfs("node"), "amd64");
		importer(store).importImage(archive.toString(), "plain");
		RegistryImportTest.checkImage(store.rootfs("plain"), "amd64");
		assertEquals("saved", OciImporter.defaultName(archive.toString()));
	}

	@Test
	void appliesLayersAsUmociDoes() throws Exception {
		Path bundle = work.resolve("bundle");
		TestRegistry.run("umoci", "unpack", "--image", layout + ":v1", bundle.toString());
		ImageStore store = new ImageStore(work.resolve("images"));
		importer(store).importImage("oci:" + layout + ":v1", "node");
		assertEquals(describe(bundle.resolve("rootfs")), describe(store.rootfs("node")));
	}

	@Test
	void directoriesAreCopiedAsBefore() throws Exception {
		Path rootfs = shared.resolve("layers/layer3");
		ImageStore store = new ImageStore(work.resolve("images"));
		OciImporter.Result result = importer(store).importImage(rootfs.toString(), "dir");
		assertEquals("#!/bin/sh\necho run\n", Files.readString(store.rootfs("dir").resolve("opt/app/run.sh")));
		assertEquals(rootfs.toAbsolutePath().toString(), result.recordedSource());
	}

	/** Every entry's type, mode, owner, size and link target, by path. */
	static Map<String, String> describe(Path root) throws Exception {
		Map<String, String> entries = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.toList()) {
				Map<String, Object> a = Files.readAttributes(p, "unix:mode,uid,gid,size,lastModifiedTime", LinkOption.NOFOLLOW_LINKS);
				String link = Files.isSymbolicLink(p) ? " -> " + Files.readSymbolicLink(p) : "";
				boolean file = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
				entries.put(root.relativize(p).toString(), Integer.toOctalString((Integer) a.get("mode")) + " " + a.get("uid") + ":" + a.get("gid")
						+ (file ? " " + a.get("size") + " " + a.get("lastModifiedTime") : "") + link);
			}
		}
		return entries;
	}
}
