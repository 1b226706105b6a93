package org.wulf.image.oci.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** The test image's layer trees: files, links, modes, owners, a FIFO, a device, whiteouts. */
final class Layers {

	static final FileTime MTIME = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
	static final int BIG = 3 * 1024 * 1024 + 17;

	private Layers() {
	}

	/** Three layer directories under {@code dir}; the image's marker file /etc/platform says {@code platform}. */
	static List<Path> make(Path dir, String platform) throws Exception {
		Path base = Files.createDirectories(dir.resolve("layer1"));
		write(base, "bin/sh", "#!/bin/busybox sh\n", 0755);
		write(base, "etc/hostname", "base\n", 0644);
		write(base, "etc/old.conf", "old\n", 0644);
		write(base, "etc/platform", platform + "\n", 0644);
		write(base, "usr/bin/passwd", "setuid program\n", 04755);
		write(base, "usr/lib/libfoo.so", "foo library\n", 0644);
		Files.createLink(base.resolve("usr/lib/libfoo.so.1"), base.resolve("usr/lib/libfoo.so"));
		Files.createSymbolicLink(base.resolve("lib"), Path.of("usr/lib"));
		write(base, "var/cache/app/a", "a\n", 0644);
		write(base, "var/cache/app/b", "b\n", 0644);
		write(base, "home/user/owned", "owned by 1234:5678\n", 0600);
		Files.setAttribute(base.resolve("home/user/owned"), "unix:uid", 1234, LinkOption.NOFOLLOW_LINKS);
		Files.setAttribute(base.resolve("home/user/owned"), "unix:gid", 5678, LinkOption.NOFOLLOW_LINKS);
		write(base, "etc/labelled", "with an extended attribute\n", 0644);
		Files.getFileAttributeView(base.resolve("etc/labelled"), UserDefinedFileAttributeView.class)
				.write("wulf", ByteBuffer.wrap("test-label".getBytes(StandardCharsets.UTF_8)));
		byte[] big = new byte[BIG];
		new Random(42).nextBytes(big);
		Files.createDirectories(base.resolve("data"));
		Files.write(base.resolve("data/big.bin"), big);
		Files.createDirectories(base.resolve("run"));
		Files.createDirectories(base.resolve("dev"));
		TestRegistry.run("mkfifo", base.resolve("run/fifo").toString());
		TestRegistry.run("mknod", base.resolve("dev/null").toString(), "c", "1", "3");
		TestRegistry.run("chmod", "666", base.resolve("dev/null").toString());
		touchAll(base);

		Path second = Files.createDirectories(dir.resolve("layer2"));
		write(second, "etc/.wh.old.conf", "", 0644);
		write(second, "etc/hostname", "layer2\n", 0644);
		write(second, "var/cache/app/.wh..wh..opq", "", 0644);
		write(second, "var/cache/app/c", "c\n", 0644);
		write(second, "usr/lib/extra.so", "second layer library\n", 0644);
		touchAll(second);

		Path third = Files.createDirectories(dir.resolve("layer3"));
		write(third, "opt/app/run.sh", "#!/bin/sh\necho run\n", 0750);
		touchAll(third);
		return List.of(base, second, third);
	}

	static void write(Path root, String name, String content, int mode) throws IOException {
		Path file = root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		Files.setAttribute(file, "unix:mode", mode);
	}

	static void touchAll(Path root) throws IOException {
		try (var walk = Files.walk(root)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
					Files.setLastModifiedTime(p, MTIME);
				}
			}
		}
	}
}
