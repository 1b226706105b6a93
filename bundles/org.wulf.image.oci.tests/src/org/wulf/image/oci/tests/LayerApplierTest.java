package org.wulf.image.oci.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.image.oci.OciException;
import org.wulf.image.oci.internal.LayerApplier;

import com.github.luben.zstd.ZstdOutputStream;

/**
 * Layer application on hand-made tars, including hostile ones: '..' entries, links planted to
 * lead writes out of the root, hard links to outside files. Nothing may appear outside the root.
 */
class LayerApplierTest {

	@TempDir
	Path dir;

	/** A tar built entry by entry. */
	static final class Tar {
		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		private final TarArchiveOutputStream out = new TarArchiveOutputStream(bytes);

		Tar() {
			out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
		}

		Tar file(String name, String content) throws IOException {
			byte[] data = content.getBytes(StandardCharsets.UTF_8);
			TarArchiveEntry entry = new TarArchiveEntry(name);
			entry.setSize(data.length);
			entry.setMode(0100644);
			out.putArchiveEntry(entry);
			out.write(data);
			out.closeArchiveEntry();
			return this;
		}

		Tar dir(String name) throws IOException {
			TarArchiveEntry entry = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
			entry.setMode(040755);
			out.putArchiveEntry(entry);
			out.closeArchiveEntry();
			return this;
		}

		Tar link(String name, String target, byte type) throws IOException {
			TarArchiveEntry entry = new TarArchiveEntry(name, type);
			entry.setLinkName(target);
			out.putArchiveEntry(entry);
			out.closeArchiveEntry();
			return this;
		}

		byte[] bytes() throws IOException {
			out.finish();
			out.close();
			return bytes.toByteArray();
		}
	}

	private List<String> apply(Path root, byte[]... layers) throws Exception {
		List<String> warnings = new ArrayList<>();
		LayerApplier applier = new LayerApplier(root, warnings::add);
		int i = 0;
		for (byte[] layer : layers) {
			applier.apply("layer" + ++i, LayerApplier.decompress(new ByteArrayInputStream(layer)));
		}
		return warnings;
	}

	@Test
	void linksPlantedByALowerLayerCannotLeadWritesOutOfTheRoot() throws Exception {
		Path root = dir.resolve("rootfs");
		Path outside = Files.createDirectories(dir.resolve("outside"));
		byte[] plant = new Tar()
				.link("abs", outside.toString(), TarConstants.LF_SYMLINK) // absolute: means <root>/<outside> inside the image
				.link("rel", "../../../../../../../../" + outside, TarConstants.LF_SYMLINK) // climbs past the root
				.link("dot", "..", TarConstants.LF_SYMLINK).bytes();
		byte[] attack = new Tar().file("abs/pwned", "1").file("rel/pwned", "2").file("dot/pwned", "3")
				.link("abs", "/etc", TarConstants.LF_SYMLINK).file("abs/passwd-over-link", "4").bytes();
		apply(root, plant, attack);
		try (Stream<Path> files = Files.list(outside)) {
			assertEquals(List.of(), files.toList(), "nothing written outside the root");
		}
		assertFalse(Files.exists(dir.resolve("pwned")));
		// both links lead to <root>/<outside>: the relative one's '..' stopped at the root; the later write wins
		assertEquals("2", Files.readString(root.resolve(outside.toString().substring(1)).resolve("pwned")));
		assertEquals("3", Files.readString(root.resolve("pwned")), "'..' from the root stays at the root");
		assertEquals("4", Files.readString(root.resolve("etc/passwd-over-link")), "/etc of the image, not of the host");
	}

	@Test
	void refusesEntriesWithDotDot() throws Exception {
		Path root = dir.resolve("rootfs");
		byte[] layer = new Tar().file("ok", "x").file("../escape", "y").bytes();
		OciException e = assertThrows(OciException.class, () -> apply(root, layer));
		assertTrue(e.getMessage().contains("../escape") && e.getMessage().contains("layer1"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("escape")));
	}

	@Test
	void hardLinkTargetsStayInsideTheRoot() throws Exception {
		Path root = dir.resolve("rootfs");
		Path secret = Files.writeString(dir.resolve("secret"), "host file");
		byte[] viaDots = new Tar().link("steal", "../secret", TarConstants.LF_LINK).bytes();
		assertThrows(OciException.class, () -> apply(root, viaDots));
		byte[] viaLink = new Tar().link("up", "..", TarConstants.LF_SYMLINK).link("steal", "up/secret", TarConstants.LF_LINK).bytes();
		OciException e = assertThrows(OciException.class, () -> apply(root, viaLink));
		assertTrue(e.getMessage().contains("not in the image"), e.getMessage());
		assertFalse(Files.exists(root.resolve("steal")));
		assertEquals(1, Files.getAttribute(secret, "unix:nlink"), "the host file got no new link");
	}

	@Test
	void parentsAreFollowedThroughLinksInsideTheImage() throws Exception {
		Path root = dir.resolve("rootfs");
		byte[] base = new Tar().dir("usr/lib").link("lib", "/usr/lib", TarConstants.LF_SYMLINK).bytes();
		byte[] upper = new Tar().file("lib/libx.so", "x").bytes();
		apply(root, base, upper);
		assertEquals("x", Files.readString(root.resolve("usr/lib/libx.so")));
		assertTrue(Files.isSymbolicLink(root.resolve("lib")));
	}

	@Test
	void whiteoutsAndOpaqueDirectoriesAffectOnlyLowerLayers() throws Exception {
		Path root = dir.resolve("rootfs");
		byte[] lower = new Tar().file("a/old", "o").file("a/keep-not", "k").file("b/gone", "g").file("b/stays", "s").bytes();
		byte[] upper = new Tar().file("a/new", "n").file("a/.wh..wh..opq", "").file("b/.wh.gone", "").bytes();
		apply(root, lower, upper);
		try (Stream<Path> a = Files.list(root.resolve("a")); Stream<Path> b = Files.list(root.resolve("b"))) {
			assertEquals(List.of("new"), a.map(p -> p.getFileName().toString()).toList());
			assertEquals(List.of("stays"), b.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void readsGzipAndZstdLayers() throws Exception {
		byte[] tar = new Tar().file("etc/issue", "compressed").bytes();
		ByteArrayOutputStream gzip = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
			out.write(tar);
		}
		ByteArrayOutputStream zstd = new ByteArrayOutputStream();
		try (ZstdOutputStream out = new ZstdOutputStream(zstd)) {
			out.write(tar);
		}
		apply(dir.resolve("g"), gzip.toByteArray());
		apply(dir.resolve("z"), zstd.toByteArray());
		assertEquals("compressed", Files.readString(dir.resolve("g/etc/issue")));
		assertEquals("compressed", Files.readString(dir.resolve("z/etc/issue")));
	}
}
