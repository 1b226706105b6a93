package org.wulf.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.wulf.cli.tests.CliRun.wulf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Image;

/**
 * {@code wulf image exec}: real namespaces, mounts and chroot into a busybox image the test makes.
 * Needs root and a static busybox (busybox-static, installed by install-deps.sh --e2e).
 */
class ImageExecTest {

	@TempDir
	Path dir;

	Path model;
	Path images;

	@BeforeEach
	void setUp() throws Exception {
		assumeTrue(isRoot(), "image exec needs root");
		Path busybox = Path.of("/bin/busybox");
		assumeTrue(Files.isExecutable(busybox), "busybox-static is not installed");
		model = dir.resolve("cluster.wulf");
		images = dir.resolve("images");
		Path src = dir.resolve("src");
		Files.createDirectories(src.resolve("bin"));
		Files.copy(busybox, src.resolve("bin/busybox"));
		for (String applet : List.of("sh", "cat", "ls", "hostname", "touch", "grep", "mkdir")) {
			Files.createSymbolicLink(src.resolve("bin/" + applet), Path.of("busybox"));
		}
		Files.createDirectories(src.resolve("etc"));
		Files.writeString(src.resolve("etc/os-release"), "NAME=busybox\n");
		assertOk(wulf(model, "image", "import", "--images", images.toString(), src.toString(), "bb"));
		assertOk(exec("build", "bb"));
	}

	CliRun exec(String verb, String... args) {
		List<String> all = new ArrayList<>(List.of("image", verb, "--images=" + images));
		all.addAll(List.of(args));
		return wulf(model, all.toArray(String[]::new));
	}

	static void assertOk(CliRun run) {
		assertEquals(0, run.exitCode(), run.toString());
	}

	static boolean isRoot() throws Exception {
		return Files.readAllLines(Path.of("/proc/self/status")).stream()
				.anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[2].equals("0"));
	}

	static String mounts() throws Exception {
		return Files.readString(Path.of("/proc/self/mountinfo"), StandardCharsets.UTF_8);
	}

	@Test
	void aCommandThatWritesIntoTheImageTriggersARebuild() throws Exception {
		Path archive = images.resolve("bb/image.cpio.gz");
		Files.setLastModifiedTime(archive, FileTime.fromMillis(0)); // so a rebuild is visible whatever the clock does
		CliRun run = exec("exec", "bb", "--", "/bin/sh", "-c", "echo hi > /x");
		assertOk(run);
		assertEquals("hi\n", Files.readString(images.resolve("bb/rootfs/x")));
		assertTrue(run.err().contains("changed; rebuilding"), run.toString());
		assertTrue(Files.getLastModifiedTime(archive).toMillis() > 0, "the archive was rebuilt");
		Path x = Files.createDirectories(dir.resolve("unpacked"));
		Process cpio = new ProcessBuilder("sh", "-c", "zcat '" + archive + "' | (cd '" + x + "' && cpio -idm --quiet)")
				.redirectErrorStream(true).start();
		assertEquals(0, cpio.waitFor(), new String(cpio.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		assertEquals("hi\n", Files.readString(x.resolve("x")), "the rebuilt archive holds the new file");
		Image image = new ModelFile(model).load().getImages().get(0);
		assertEquals(Files.size(archive), image.getArtifacts().get(0).getSize());
		assertFalse(mounts().contains(images.resolve("bb/rootfs").toString()), "no mount is left on the host");
	}

	@Test
	void theCommandSeesProcDevRunItsOwnPidsAndTheImageNameAsHostname() throws Exception {
		Path archive = images.resolve("bb/image.cpio.gz");
		long built = Files.getLastModifiedTime(archive).toMillis();
		CliRun run = exec("exec", "bb", "--", "/bin/sh", "-c",
				"hostname; ls /proc/1/ >/dev/null && echo proc; ls /dev/null && grep -c ' /run tmpfs' /proc/mounts; cat /proc/1/cmdline | grep -c wulf-image-session");
		assertOk(run);
		assertEquals("bb\nproc\n/dev/null\n1\n1\n", run.out(), run.toString());
		assertEquals(built, Files.getLastModifiedTime(archive).toMillis(), "nothing changed: no rebuild");
		assertFalse(run.err().contains("rebuilding"), run.toString());
	}

	@Test
	void exitCodesPassThroughAndBindsCanBeReadOnly() throws Exception {
		CliRun failed = exec("exec", "bb", "--no-build", "--", "/bin/sh", "-c", "exit 7");
		assertEquals(7, failed.exitCode(), failed.toString());

		Path data = Files.createDirectories(dir.resolve("hostdata"));
		Files.writeString(data.resolve("in.txt"), "from host\n");
		CliRun read = exec("exec", "bb", "--no-build", "-b", data + ":/mnt/data:ro", "--", "/bin/sh", "-c",
				"cat /mnt/data/in.txt; touch /mnt/data/new 2>/dev/null && echo writable || echo read-only");
		assertOk(read);
		assertEquals("from host\nread-only\n", read.out(), read.toString());
		assertFalse(Files.exists(data.resolve("new")));

		CliRun write = exec("exec", "bb", "--no-build", "--bind", data + ":/mnt/data", "--", "/bin/sh", "-c", "echo back > /mnt/data/out.txt");
		assertOk(write);
		assertEquals("back\n", Files.readString(data.resolve("out.txt")));
		assertFalse(Files.exists(images.resolve("bb/rootfs/mnt/data/out.txt")), "written through the bind, not into the image");

		CliRun bad = exec("exec", "bb", "-b", data + ":relative", "--", "/bin/true");
		assertNotEquals(0, bad.exitCode());
		assertTrue(bad.err().contains("absolute"), bad.toString());
		CliRun missing = exec("exec", "nope", "--", "/bin/sh");
		assertTrue(missing.err().contains("there is no image nope"), missing.toString());
	}
}
