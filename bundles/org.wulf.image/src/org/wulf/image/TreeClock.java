package org.wulf.image;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * The newest change anywhere in a root file system: the latest modification or status-change
 * time (ctime catches chmod, chown, rename and hard-link changes that leave mtime alone) of any
 * entry on the root's file system. An archive older than that is stale.
 */
public final class TreeClock {

	private TreeClock() {
	}

	/** @return the newest mtime or ctime in the tree, in milliseconds since the epoch */
	public static long newestChange(Path root) throws ImageException {
		long[] newest = { Long.MIN_VALUE };
		try {
			Object rootDevice = Files.getAttribute(root, "unix:dev", LinkOption.NOFOLLOW_LINKS);
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
					Map<String, Object> unix = note(dir);
					return rootDevice.equals(unix.get("dev")) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					note(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
					throw e;
				}

				private Map<String, Object> note(Path path) throws IOException {
					Map<String, Object> unix = Files.readAttributes(path, "unix:dev,lastModifiedTime,ctime", LinkOption.NOFOLLOW_LINKS);
					newest[0] = Math.max(newest[0], Math.max(((FileTime) unix.get("lastModifiedTime")).toMillis(),
							((FileTime) unix.get("ctime")).toMillis()));
					return unix;
				}
			});
		} catch (IOException e) {
			throw new ImageException("cannot read the times of " + root + ": " + e.getMessage(), e);
		}
		return newest[0];
	}
}
