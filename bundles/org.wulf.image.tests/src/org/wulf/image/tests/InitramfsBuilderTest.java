package org.wulf.image.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.wulf.image.tests.Processes.quote;
import static org.wulf.image.tests.Processes.sh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.image.CpioWriter;
import org.wulf.image.ImageException;
import org.wulf.image.InitramfsBuilder;
import org.wulf.image.InitramfsBuilder.Compression;

class InitramfsBuilderTest {

	@TempDir
	Path dir;

	/** One parsed newc header, read back with an independent reader. */
	record Header(String name, int ino, int mode, int uid, int gid, int nlink, long mtime, int size, int rdevMajor,
			int rdevMinor, byte[] data) {
	}

	static Map<String, Header> read(byte[] archive) throws IOException {
		Map<String, Header> entries = new LinkedHashMap<>();
		int at = 0;
		while (true) {
			String magic = new String(archive, at, 6, StandardCharsets.US_ASCII);
			assertEquals("070701", magic, "magic at " + at);
			int[] f = new int[13];
			for (int i = 0; i < 13; i++) {
				f[i] = (int) Long.parseLong(new String(archive, at + 6 + 8 * i, 8, StandardCharsets.US_ASCII), 16);
			}
			int nameSize = f[11];
			String name = new String(archive, at + 110, nameSize - 1, StandardCharsets.UTF_8);
			at = align(at + 110 + nameSize);
			byte[] data = java.util.Arrays.copyOfRange(archive, at, at + f[6]);
			at = align(at + f[6]);
			if (name.equals("TRAILER!!!")) {
				assertEquals(0, archive.length % 4 == 0 ? 0 : 1, "archive is padded");
				return entries;
			}
			entries.put(name, new Header(name, f[0], f[1], f[2], f[3], f[4], f[5] & 0xffffffffL, f[6], f[9], f[10], data));
		}
	}

	static int align(int n) {
		return (n + 3) & ~3;
	}

	Path tree() throws Exception {
		Path root = dir.resolve("rootfs");
		Files.createDirectories(root.resolve("bin"));
		Files.createDirectories(root.resolve("etc/secret"));
		Files.writeString(root.resolve("bin/busybox"), "#!/bin/sh\necho busy\n");
		Files.setPosixFilePermissions(root.resolve("bin/busybox"), PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.createSymbolicLink(root.resolve("bin/sh"), Path.of("busybox"));
		Files.writeString(root.resolve("etc/hostname"), "node\n");
		Files.createLink(root.resolve("etc/hostname.link"), root.resolve("etc/hostname"));
		Files.setPosixFilePermissions(root.resolve("etc/secret"), PosixFilePermissions.fromString("rwx------"));
		Files.write(root.resolve("etc/empty"), new byte[0]);
		run("mkfifo", root.resolve("etc/fifo").toString());
		return root;
	}

	@Test
	void archiveHoldsModesLinksAndTypesAsOnDisk() throws Exception {
		Path root = tree();
		Path out = dir.resolve("out/image.cpio");
		InitramfsBuilder.Result result = new InitramfsBuilder().compression(Compression.NONE).build(root, out);
		Map<String, Header> entries = read(Files.readAllBytes(out));
		assertEquals(List.of(".", "bin", "bin/busybox", "bin/sh", "etc", "etc/empty", "etc/fifo", "etc/hostname",
				"etc/hostname.link", "etc/secret"), List.copyOf(entries.keySet()));
		assertEquals(result.entries(), entries.size());
		assertEquals(0100755, entries.get("bin/busybox").mode());
		assertEquals("#!/bin/sh\necho busy\n", new String(entries.get("bin/busybox").data(), StandardCharsets.UTF_8));
		assertEquals(CpioWriter.S_IFLNK, entries.get("bin/sh").mode() & CpioWriter.S_IFMT);
		assertEquals("busybox", new String(entries.get("bin/sh").data(), StandardCharsets.UTF_8));
		assertEquals(040700, entries.get("etc/secret").mode());
		assertEquals(CpioWriter.S_IFIFO, entries.get("etc/fifo").mode() & CpioWriter.S_IFMT);
		// hard links: one inode, nlink 2, the data carried once (by the last entry, as GNU cpio does)
		Header first = entries.get("etc/hostname");
		Header second = entries.get("etc/hostname.link");
		assertEquals(first.ino(), second.ino());
		assertEquals(2, first.nlink());
		assertEquals(0, first.size());
		assertEquals("node\n", new String(second.data(), StandardCharsets.UTF_8));
		int uid = (Integer) Files.getAttribute(root.resolve("etc/hostname"), "unix:uid");
		assertEquals(uid, first.uid());
	}

	@Test
	void gnuCpioExtractsWhatWasBuilt() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/cpio")) || Files.isExecutable(Path.of("/bin/cpio")),
				"GNU cpio is not installed");
		Path root = tree();
		Path out = dir.resolve("image.cpio.gz");
		new InitramfsBuilder().build(root, out);
		Path extracted = Files.createDirectories(dir.resolve("x"));
		run(List.of("sh", "-c", "gzip -dc '" + out + "' | (cd '" + extracted + "' && cpio -idm --quiet --no-absolute-filenames)"));
		assertEquals("#!/bin/sh\necho busy\n", Files.readString(extracted.resolve("bin/busybox")));
		assertEquals(Path.of("busybox"), Files.readSymbolicLink(extracted.resolve("bin/sh")));
		assertEquals("node\n", Files.readString(extracted.resolve("etc/hostname.link")));
		assertEquals("node\n", Files.readString(extracted.resolve("etc/hostname")));
		assertEquals(Files.getAttribute(extracted.resolve("etc/hostname"), "unix:ino"),
				Files.getAttribute(extracted.resolve("etc/hostname.link"), "unix:ino"));
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(extracted.resolve("etc/secret"))));
	}

	@Test
	void zstdArchiveUnpacksWithZstdAndCpio() throws Exception {
		assumeTrue(Processes.installed("zstd") && Processes.installed("cpio"), "zstd or cpio is not installed");
		Path root = tree();
		Files.write(root.resolve("etc/big"), ParallelGzipOutputStreamTest.sample(3 << 20, 9));
		Path out = dir.resolve("image.cpio.zst");
		new InitramfsBuilder().compression(Compression.ZSTD).threads(2).build(root, out);
		Path extracted = Files.createDirectories(dir.resolve("z"));
		sh("zstd -t -q " + quote(out));
		sh("zstd -dc " + quote(out) + " | (cd " + quote(extracted) + " && cpio -idm --quiet --no-absolute-filenames)");
		assertEquals("#!/bin/sh\necho busy\n", Files.readString(extracted.resolve("bin/busybox")));
		assertArrayEquals(Files.readAllBytes(root.resolve("etc/big")), Files.readAllBytes(extracted.resolve("etc/big")));
		assertEquals(Path.of("busybox"), Files.readSymbolicLink(extracted.resolve("bin/sh")));
	}

	@Test
	void zstdJniIsAnOsgiBundleWhoseNativeLibraryLoads() throws Exception {
		org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(com.github.luben.zstd.Zstd.class);
		assertTrue(bundle != null && bundle.getSymbolicName().equals("com.github.luben.zstd-jni"), String.valueOf(bundle));
		byte[] input = "initramfs ".repeat(1000).getBytes(StandardCharsets.UTF_8);
		byte[] packed = com.github.luben.zstd.Zstd.compress(input, 3); // runs native code
		assertTrue(packed.length < input.length / 10);
		assertArrayEquals(input, com.github.luben.zstd.Zstd.decompress(packed, input.length));
	}

	@Test
	void gzipAndZstdRebuildsAreByteIdenticalForAnyThreadCount() throws Exception {
		Path root = tree();
		Files.write(root.resolve("etc/big"), ParallelGzipOutputStreamTest.sample(5 << 20, 4));
		for (Compression compression : List.of(Compression.GZIP, Compression.ZSTD)) {
			Path a = dir.resolve("a" + compression.suffix());
			Path b = dir.resolve("b" + compression.suffix());
			new InitramfsBuilder().compression(compression).fixedMtime(1_700_000_000L).threads(1).build(root, a);
			new InitramfsBuilder().compression(compression).fixedMtime(1_700_000_000L).threads(3).build(root, b);
			assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), compression.name());
		}
	}

	@Test
	void excludesFileLeavesPathsOut() throws Exception {
		Path root = tree();
		Files.createDirectories(root.resolve("etc/warewulf"));
		Files.createDirectories(root.resolve("boot/grub"));
		Files.createDirectories(root.resolve("var/cache/dnf/x"));
		Files.writeString(root.resolve("boot/vmlinuz-6.1.0"), "kernel");
		Files.writeString(root.resolve("boot/grub/grub.cfg"), "cfg");
		Files.writeString(root.resolve("var/cache/dnf/x/pkg.rpm"), "rpm");
		Files.writeString(root.resolve("etc/hostname.bak"), "old");
		Files.writeString(root.resolve("etc/warewulf/excludes"), "# comment\n\n/boot/*\nvar/cache/dnf/\netc/*.ba[kx]\n");
		Path out = dir.resolve("ex.cpio");
		new InitramfsBuilder().compression(Compression.NONE).build(root, out);
		Map<String, Header> entries = read(Files.readAllBytes(out));
		assertTrue(entries.containsKey("boot"), "the directory itself stays: boot/* names its contents");
		assertFalse(entries.containsKey("boot/vmlinuz-6.1.0"));
		assertFalse(entries.containsKey("boot/grub"));
		assertFalse(entries.containsKey("boot/grub/grub.cfg"), "below an excluded directory");
		assertTrue(entries.containsKey("var/cache"));
		assertFalse(entries.keySet().stream().anyMatch(n -> n.startsWith("var/cache/dnf")), entries.keySet().toString());
		assertFalse(entries.containsKey("etc/hostname.bak"));
		assertTrue(entries.containsKey("etc/hostname"));
		assertTrue(entries.containsKey("etc/warewulf/excludes"));
	}

	@Test
	void otherFileSystemsMountedInsideAreLeftEmpty() throws Exception {
		assumeTrue("root".equals(System.getProperty("user.name")), "mounting needs root");
		Path root = tree();
		Path proc = Files.createDirectories(root.resolve("proc"));
		Processes.run(List.of("mount", "-t", "tmpfs", "-o", "size=1m", "wulf-test", proc.toString()));
		try {
			Files.writeString(proc.resolve("inside-mount"), "x");
			Path out = dir.resolve("mnt.cpio");
			new InitramfsBuilder().compression(Compression.NONE).build(root, out);
			Map<String, Header> entries = read(Files.readAllBytes(out));
			assertTrue(entries.containsKey("proc"), "the mount point stays, as an empty directory");
			assertFalse(entries.containsKey("proc/inside-mount"));
		} finally {
			Processes.run(List.of("umount", proc.toString()));
		}
	}

	@Test
	void deviceNodesKeepMajorAndMinor() throws Exception {
		assumeTrue("root".equals(System.getProperty("user.name")), "mknod needs root");
		Path root = dir.resolve("devroot");
		Files.createDirectories(root.resolve("dev"));
		run("mknod", "-m", "600", root.resolve("dev/console").toString(), "c", "5", "1");
		run("mknod", "-m", "660", root.resolve("dev/sda1").toString(), "b", "8", "1");
		run("mknod", "-m", "660", root.resolve("dev/big").toString(), "c", "511", "300");
		Path out = dir.resolve("dev.cpio");
		new InitramfsBuilder().compression(Compression.NONE).build(root, out);
		Map<String, Header> entries = read(Files.readAllBytes(out));
		Header console = entries.get("dev/console");
		assertEquals(CpioWriter.S_IFCHR | 0600, console.mode());
		assertEquals(5, console.rdevMajor());
		assertEquals(1, console.rdevMinor());
		assertEquals(CpioWriter.S_IFBLK | 0660, entries.get("dev/sda1").mode());
		assertEquals(8, entries.get("dev/sda1").rdevMajor());
		assertEquals(511, entries.get("dev/big").rdevMajor());
		assertEquals(300, entries.get("dev/big").rdevMinor());
	}

	@Test
	void fixedMtimeMakesBuildsByteIdentical() throws Exception {
		Path root = tree();
		Path a = dir.resolve("a.cpio.gz");
		Path b = dir.resolve("b.cpio.gz");
		new InitramfsBuilder().fixedMtime(0L).build(root, a);
		Files.setLastModifiedTime(root.resolve("etc/empty"), java.nio.file.attribute.FileTime.fromMillis(123456789000L));
		new InitramfsBuilder().fixedMtime(0L).build(root, b);
		assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
		byte[] cpio;
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(a)))) {
			cpio = in.readAllBytes();
		}
		assertTrue(read(cpio).values().stream().allMatch(h -> h.mtime() == 0));
	}

	@Test
	void progressReachesTheTotal() throws Exception {
		Path root = tree();
		long[] last = new long[2];
		new InitramfsBuilder().progress((done, total) -> {
			last[0] = done;
			last[1] = total;
		}).build(root, dir.resolve("p.cpio.gz"));
		assertTrue(last[1] > 0);
		assertEquals(last[1], last[0]);
	}

	@Test
	void missingRootIsAClearErrorAndLeavesNoArchive() {
		Path out = dir.resolve("none.cpio.gz");
		ImageException e = assertThrows(ImageException.class, () -> new InitramfsBuilder().build(dir.resolve("nope"), out));
		assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
		assertFalse(Files.exists(out, LinkOption.NOFOLLOW_LINKS));
	}

	static void run(String... command) throws Exception {
		run(List.of(command));
	}

	static void run(List<String> command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), command + ": " + output);
	}
}
