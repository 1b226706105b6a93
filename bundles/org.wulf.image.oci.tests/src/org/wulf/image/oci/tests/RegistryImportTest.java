package org.wulf.image.oci.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.image.ImageException;
import org.wulf.image.ImageStore;
import org.wulf.image.oci.Descriptor;
import org.wulf.image.oci.OciImporter;
import org.wulf.image.oci.OciLayoutWriter;
import org.wulf.image.oci.Platform;
import org.wulf.image.oci.RegistryPusher;
import org.wulf.image.oci.internal.BlobCache;

/**
 * Imports from a real registry ({@code docker-registry}) images pushed by Wulf's own writer and
 * pusher and by skopeo: layers, links, modes, owners, whiteouts, the blob cache, resumed
 * downloads, manifest lists, zstd and uncompressed layers, and the errors a user meets.
 */
class RegistryImportTest {

	@TempDir
	static Path shared;
	static TestRegistry registry;
	static Path layout;
	static String digest;
	static List<String> layerDigests = new ArrayList<>();
	@TempDir
	Path work;

	@BeforeAll
	static void publish() throws Exception {
		registry = TestRegistry.start(Files.createDirectories(shared.resolve("registry")), null);
		layout = shared.resolve("layout");
		OciLayoutWriter writer = new OciLayoutWriter(layout);
		Descriptor amd64 = writer.addImage(Layers.make(shared.resolve("amd64"), "amd64"), Platform.parse("linux/amd64"));
		Descriptor arm64 = writer.addImage(Layers.make(shared.resolve("arm64"), "arm64"), Platform.parse("linux/arm64"));
		writer.tag("v1", amd64);
		writer.tag("multi", writer.addIndex(List.of(amd64, arm64)));
		digest = new RegistryPusher(null, true).push(layout, "v1", registry.host() + "/wulf/base:v1");
		new RegistryPusher(null, true).chunkSize(1024 * 1024).push(layout, "multi", registry.host() + "/wulf/multi:2");
		String manifest = Files.readString(writer.blob(amd64.digest()));
		for (var m = java.util.regex.Pattern.compile("\"(sha256:[0-9a-f]{64})\"").matcher(manifest); m.find();) {
			layerDigests.add(m.group(1));
		}
		layerDigests.remove(0); // the config
	}

	@AfterAll
	static void stop() throws Exception {
		if (registry != null) {
			registry.close();
		}
	}

	private OciImporter importer(ImageStore store) {
		return new OciImporter(store).cache(work.resolve("cache")).environment(Map.of()).platform(platform("linux/amd64"));
	}

	private static Platform platform(String text) {
		try {
			return Platform.parse(text);
		} catch (ImageException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void importsLayersWithLinksModesOwnersAndWhiteouts() throws Exception {
		ImageStore store = new ImageStore(work.resolve("images"));
		List<long[]> progress = new ArrayList<>();
		OciImporter.Result result = importer(store).progress((done, total) -> progress.add(new long[] { done, total }))
				.importImage("docker://" + registry.host() + "/wulf/base:v1", "base");
		assertEquals(digest, result.digest());
		assertEquals(3, result.layers());
		assertEquals("docker://" + registry.host() + "/wulf/base:v1@" + digest, result.recordedSource());
		long[] last = progress.get(progress.size() - 1);
		assertEquals(last[1], last[0], "progress ends at the total");
		assertEquals(2 * result.bytes(), last[1], "downloaded and applied bytes are both counted");
		checkImage(store.rootfs("base"), "amd64");
		assertFalse(Files.exists(store.root().resolve(".base.importing")));
	}

	/** What the three test layers make, seen from the image's root. */
	static void checkImage(Path rootfs, String platform) throws Exception {
		assertEquals("#!/bin/busybox sh\n", Files.readString(rootfs.resolve("bin/sh")));
		assertEquals(0755, mode(rootfs.resolve("bin/sh")) & 07777);
		assertEquals(04755, mode(rootfs.resolve("usr/bin/passwd")) & 07777, "setuid kept");
		assertEquals(Path.of("usr/lib"), Files.readSymbolicLink(rootfs.resolve("lib")));
		assertTrue(Files.isSameFile(rootfs.resolve("usr/lib/libfoo.so"), rootfs.resolve("usr/lib/libfoo.so.1")), "hard link");
		assertEquals("second layer library\n", Files.readString(rootfs.resolve("lib/extra.so")));
		assertEquals("layer2\n", Files.readString(rootfs.resolve("etc/hostname")), "upper layer wins");
		assertFalse(Files.exists(rootfs.resolve("etc/old.conf")), "whiteout removed the file");
		assertEquals(List.of("c"), list(rootfs.resolve("var/cache/app")), "opaque directory hides the lower files");
		assertEquals(platform + "\n", Files.readString(rootfs.resolve("etc/platform")));
		assertEquals(0750, mode(rootfs.resolve("opt/app/run.sh")) & 07777);
		assertEquals(0010000, mode(rootfs.resolve("run/fifo")) & 0170000, "FIFO");
		assertEquals(0020000, mode(rootfs.resolve("dev/null")) & 0170000, "character device (we run as root)");
		assertEquals(1234, Files.getAttribute(rootfs.resolve("home/user/owned"), "unix:uid"));
		assertEquals(5678, Files.getAttribute(rootfs.resolve("home/user/owned"), "unix:gid"));
		assertEquals(Layers.MTIME, Files.getLastModifiedTime(rootfs.resolve("bin/sh")));
		assertEquals(Layers.MTIME, Files.getLastModifiedTime(rootfs.resolve("etc")), "directory times set after their files");
		UserDefinedFileAttributeView xattrs = Files.getFileAttributeView(rootfs.resolve("etc/labelled"), UserDefinedFileAttributeView.class);
		ByteBuffer value = ByteBuffer.allocate(64);
		xattrs.read("wulf", value);
		assertEquals("test-label", new String(value.array(), 0, value.position(), StandardCharsets.UTF_8));
		assertEquals(Layers.BIG, Files.size(rootfs.resolve("data/big.bin")));
		try (Stream<Path> walk = Files.walk(rootfs)) {
			assertEquals(List.of(), walk.filter(p -> p.getFileName().toString().startsWith(".wh.")).toList(), "no whiteout files left");
		}
	}

	static int mode(Path path) throws Exception {
		return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
	}

	static List<String> list(Path dir) throws Exception {
		try (Stream<Path> children = Files.list(dir)) {
			return children.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void secondImportUsesTheCachedBlobs() throws Exception {
		ImageStore store = new ImageStore(work.resolve("images"));
		importer(store).importImage("docker://" + registry.host() + "/wulf/base:v1", "first");
		BlobCache cache = new BlobCache(work.resolve("cache"));
		FileTime old = FileTime.fromMillis(1_000_000_000_000L);
		for (String layer : layerDigests) {
			assertTrue(Files.isRegularFile(cache.path(layer)), "blob " + layer + " cached");
			Files.setLastModifiedTime(cache.path(layer), old);
		}
		importer(store).importImage("docker://" + registry.host() + "/wulf/base:v1", "second");
		for (String layer : layerDigests) {
			assertEquals(old, Files.getLastModifiedTime(cache.path(layer)), "blob " + layer + " was not downloaded again");
		}
		checkImage(store.rootfs("second"), "amd64");
	}

	@Test
	void continuesAPartialBlobWithARangeRequest() throws Exception {
		ImageStore store = new ImageStore(work.resolve("images"));
		importer(store).importImage("docker://" + registry.host() + "/wulf/base:v1", "full");
		BlobCache cache = new BlobCache(work.resolve("cache"));
		String first = layerDigests.get(0); // the layer with the 3 MiB file
		byte[] blob = Files.readAllBytes(cache.path(first));
		int half = blob.length / 2;

		// a damaged part: if the download continues it (Range), the result cannot match the digest
		byte[] damaged = java.util.Arrays.copyOf(blob, half);
		damaged[10] ^= 0x55;
		Files.delete(cache.path(first));
		Files.write(cache.partial(first), damaged);
		ImageException mismatch = assertThrows(ImageException.class,
				() -> importer(store).importImage("docker://" + registry.host() + "/wulf/base:v1", "resumed"));
		assertTrue(mismatch.getMessage().contains("digest mismatch") && mismatch.getMessage().contains(first), mismatch.getMessage());
		assertFalse(Files.exists(cache.partial(first)), "the damaged part is discarded");
		assertFalse(store.exists("resumed"));
		assertFalse(Files.exists(store.root().resolve(".resumed.importing")), "the partial image is removed");

		// a good part is continued to the right blob
		Files.write(cache.partial(first), java.util.Arrays.copyOf(blob, half));
		importer(store).importImage("docker://" + registry.host() + "/wulf/base:v1", "resumed");
		assertArrayEquals(blob, Files.readAllBytes(cache.path(first)));
		checkImage(store.rootfs("resumed"), "amd64");
	}

	@Test
	void choosesThePlatformOfAManifestList() throws Exception {
		ImageStore store = new ImageStore(work.resolve("images"));
		importer(store).platform(platform("linux/arm64")).importImage("docker://" + registry.host() + "/wulf/multi:2", "arm");
		checkImage(store.rootfs("arm"), "arm64");
		importer(store).platform(platform("linux/amd64")).importImage("docker://" + registry.host() + "/wulf/multi:2", "amd");
		assertEquals("amd64\n", Files.readString(store.rootfs("amd").resolve("etc/platform")));
		ImageException missing = assertThrows(ImageException.class, () -> importer(store).platform(platform("linux/s390x"))
				.importImage("docker://" + registry.host() + "/wulf/multi:2", "s390"));
		assertTrue(missing.getMessage().contains("linux/s390x") && missing.getMessage().contains("linux/arm64")
				&& missing.getMessage().contains("--platform"), missing.getMessage());
	}

	@Test
	void importsWhatSkopeoPushedInDockerAndOciFormats() throws Exception {
		for (String format : new String[] { "v2s2", "oci" }) {
			TestRegistry.run("skopeo", "copy", "--quiet", "--format", format, "--dest-tls-verify=false", "oci:" + layout + ":v1",
					"docker://" + registry.host() + "/skopeo/" + format + ":latest");
			ImageStore store = new ImageStore(work.resolve("images-" + format));
			OciImporter.Result result = importer(store).importImage("docker://" + registry.host() + "/skopeo/" + format, format);
			assertEquals(3, result.layers());
			checkImage(store.rootfs(format), "amd64");
		}
	}

	@Test
	void importsZstdAndUncompressedLayers() throws Exception {
		for (OciLayoutWriter.Compression compression : new OciLayoutWriter.Compression[] { OciLayoutWriter.Compression.ZSTD,
				OciLayoutWriter.Compression.NONE }) {
			String tag = compression.name().toLowerCase();
			Path dir = work.resolve("layout-" + tag);
			OciLayoutWriter writer = new OciLayoutWriter(dir).compression(compression);
			writer.tag(tag, writer.addImage(List.of(shared.resolve("amd64/layer1"), shared.resolve("amd64/layer2"),
					shared.resolve("amd64/layer3")), platform("linux/amd64")));
			new RegistryPusher(null, true).push(dir, tag, registry.host() + "/wulf/compressed:" + tag);
			ImageStore store = new ImageStore(work.resolve("images"));
			importer(store).importImage("docker://" + registry.host() + "/wulf/compressed:" + tag, tag);
			checkImage(store.rootfs(tag), "amd64");
		}
	}

	@Test
	void aLayerRepeatedInOneImageIsDownloadedOnce() throws Exception {
		Path dir = work.resolve("layout-repeated");
		OciLayoutWriter writer = new OciLayoutWriter(dir);
		Path layer = shared.resolve("amd64/layer3");
		Descriptor image = writer.addImage(List.of(layer, shared.resolve("amd64/layer1"), layer), platform("linux/amd64"));
		writer.tag("r", image);
		String manifest = Files.readString(writer.blob(image.digest()));
		String first = manifest.substring(manifest.indexOf("sha256:", manifest.indexOf("\"layers\"")));
		String repeated = first.substring(0, 71);
		assertEquals(2, manifest.split(repeated, -1).length - 1, "the manifest names the same layer twice");
		new RegistryPusher(null, true).push(dir, "r", registry.host() + "/wulf/repeated:r");
		ImageStore store = new ImageStore(work.resolve("images"));
		OciImporter.Result result = importer(store).importImage("docker://" + registry.host() + "/wulf/repeated:r", "repeated");
		assertEquals(3, result.layers());
		assertEquals("#!/bin/sh\necho run\n", Files.readString(store.rootfs("repeated").resolve("opt/app/run.sh")));
		assertTrue(Files.exists(store.rootfs("repeated").resolve("etc/old.conf")));
	}

	@Test
	void unknownTagIsNamedWithRepositoryAndRegistry() {
		ImageStore store = new ImageStore(work.resolve("images"));
		ImageException e = assertThrows(ImageException.class,
				() -> importer(store).importImage("docker://" + registry.host() + "/wulf/base:nope", "x"));
		assertTrue(e.getMessage().contains("wulf/base:nope") && e.getMessage().contains(registry.host()), e.getMessage());
		assertFalse(store.exists("x"));
	}

	@Test
	void damagedBlobInTheRegistryFailsTheImportAndLeavesNoImage() throws Exception {
		Path dir = work.resolve("layout-damaged");
		OciLayoutWriter writer = new OciLayoutWriter(dir);
		Path only = Files.createDirectories(work.resolve("single"));
		Layers.write(only, "etc/motd", "hello\n", 0644);
		Descriptor image = writer.addImage(List.of(only), platform("linux/amd64"));
		writer.tag("d", image);
		new RegistryPusher(null, true).push(dir, "d", registry.host() + "/wulf/damaged:d");
		String manifest = Files.readString(writer.blob(image.digest()));
		String layer = manifest.substring(manifest.lastIndexOf("sha256:"), manifest.lastIndexOf("sha256:") + 71);
		Path data = registry.blobData(layer);
		byte[] bytes = Files.readAllBytes(data);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(data, bytes);
		ImageStore store = new ImageStore(work.resolve("images"));
		ImageException e = assertThrows(ImageException.class,
				() -> importer(store).importImage("docker://" + registry.host() + "/wulf/damaged:d", "damaged"));
		assertTrue(e.getMessage().contains("digest mismatch") && e.getMessage().contains(layer), e.getMessage());
		assertFalse(store.exists("damaged"));
		assertFalse(Files.exists(store.root().resolve(".damaged.importing")));
		assertFalse(Files.exists(new BlobCache(work.resolve("cache")).path(layer)), "a bad blob never enters the cache");
	}

	@Test
	void unreachableRegistryIsNamed() throws Exception {
		int port;
		try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		ImageStore store = new ImageStore(work.resolve("images"));
		ImageException e = assertThrows(ImageException.class,
				() -> importer(store).importImage("docker://127.0.0.1:" + port + "/wulf/base:v1", "down"));
		assertTrue(e.getMessage().contains("127.0.0.1:" + port) && e.getMessage().contains("refused"), e.getMessage());
	}

	@Test
	void existingImageNeedsForceOrUpdate() throws Exception {
		ImageStore store = new ImageStore(work.resolve("images"));
		String source = "docker://" + registry.host() + "/wulf/base:v1";
		importer(store).importImage(source, "base");
		Files.writeString(store.rootfs("base").resolve("local-file"), "kept by --update, dropped by --force");
		ImageException e = assertThrows(ImageException.class, () -> importer(store).importImage(source, "base"));
		assertTrue(e.getMessage().contains("already exists") && e.getMessage().contains("--force"), e.getMessage());
		importer(store).update(true).importImage(source, "base");
		assertTrue(Files.exists(store.rootfs("base").resolve("local-file")));
		checkImage(store.rootfs("base"), "amd64");
		importer(store).force(true).importImage(source, "base");
		assertFalse(Files.exists(store.rootfs("base").resolve("local-file")));
		checkImage(store.rootfs("base"), "amd64");
	}

	@Test
	void defaultNameIsTheRepositorysLastElement() throws Exception {
		assertEquals("rocky", OciImporter.defaultName("docker://registry.example.org:5000/hpc/rocky:9.4"));
		assertEquals("alpine", OciImporter.defaultName("docker://alpine"));
		assertEquals("node-image", OciImporter.defaultName("oci-archive:/tmp/node-image.tar:v1"));
	}
}
