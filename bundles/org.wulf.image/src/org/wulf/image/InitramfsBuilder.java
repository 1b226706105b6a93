package org.wulf.image;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wulf.image.compress.ParallelGzipOutputStream;
import org.wulf.image.compress.ZstdStreams;

/**
 * Turns a root file system directory into an initramfs archive (newc cpio, gzip-compressed by
 * default), the form a node's kernel unpacks into its root. Modes, owners, symlinks, hard links,
 * device nodes and FIFOs are kept as they are on disk; the image's {@link ExcludePatterns} are left
 * out. Output is reproducible: entries are sorted, inode numbers are assigned in that order,
 * modification times can be fixed, and both compressors give the same bytes for any thread count.
 * gzip is compressed on all cores ({@link ParallelGzipOutputStream}), zstd by the library's workers.
 */
public final class InitramfsBuilder {

	/**
	 * How the archive is compressed; the Linux kernel unpacks all of these (gzip always, zstd with
	 * {@code CONFIG_RD_ZSTD}, set by every major distribution since 5.9).
	 */
	public enum Compression {
		GZIP(".cpio.gz", "newc+gzip", 6, 9), ZSTD(".cpio.zst", "newc+zstd", 3, 19), NONE(".cpio", "newc", 0, 0);

		private final String suffix;
		private final String format;
		private final int defaultLevel;
		private final int maxLevel;

		Compression(String suffix, String format, int defaultLevel, int maxLevel) {
			this.suffix = suffix;
			this.format = format;
			this.defaultLevel = defaultLevel;
			this.maxLevel = maxLevel;
		}

		/** The archive's file name ending ({@code .cpio.gz}). */
		public String suffix() {
			return suffix;
		}

		/** The format recorded in the model's image artifact ({@code newc+gzip}). */
		public String format() {
			return format;
		}

		public int defaultLevel() {
			return defaultLevel;
		}

		public int maxLevel() {
			return maxLevel;
		}

		/** @return the compression named {@code gzip}, {@code zstd} or {@code none} */
		public static Compression named(String name) throws ImageException {
			for (Compression c : values()) {
				if (c.name().equalsIgnoreCase(name)) {
					return c;
				}
			}
			throw new ImageException("'" + name + "' is not a compression: use gzip, zstd or none");
		}

		/** @return the compression of an archive by its file name, or null */
		public static Compression ofFile(String fileName) {
			for (Compression c : values()) {
				if (fileName.endsWith(c.suffix)) {
					return c;
				}
			}
			return null;
		}
	}

	/** Reports progress: bytes of file data archived so far, out of the total. */
	@FunctionalInterface
	public interface Progress {
		void worked(long done, long total);
	}

	/** What was built. */
	public record Result(Path archive, long entries, long dataBytes, long archiveBytes) {
	}

	private Compression compression = Compression.GZIP;
	private Integer level;
	private int threads = Runtime.getRuntime().availableProcessors();
	private Long fixedMtime;
	private Progress progress = (done, total) -> {
	};

	public InitramfsBuilder compression(Compression value) {
		this.compression = value;
		return this;
	}

	/** The compression level (gzip 0-9, zstd 1-19); null for the compression's default. */
	public InitramfsBuilder level(Integer value) {
		this.level = value;
		return this;
	}

	/** Threads that compress (default: one per available core). */
	public InitramfsBuilder threads(int value) {
		if (value < 1) {
			throw new IllegalArgumentException("threads must be at least 1, not " + value);
		}
		this.threads = value;
		return this;
	}

	/** Every entry gets this modification time (seconds since the epoch), for byte-identical rebuilds. */
	public InitramfsBuilder fixedMtime(Long epochSeconds) {
		this.fixedMtime = epochSeconds;
		return this;
	}

	public InitramfsBuilder progress(Progress value) {
		this.progress = value;
		return this;
	}

	/**
	 * Archives {@code rootfs} into {@code archive}, written to a temporary file and moved into place,
	 * so a failed build never leaves a half archive where the engine would serve it.
	 */
	public Result build(Path rootfs, Path archive) throws ImageException {
		if (!Files.isDirectory(rootfs, LinkOption.NOFOLLOW_LINKS)) {
			throw new ImageException("the root file system " + rootfs + " is not a directory");
		}
		int chosenLevel = level != null ? level : compression.defaultLevel();
		if (compression != Compression.NONE && (chosenLevel < (compression == Compression.GZIP ? 0 : 1)
				|| chosenLevel > compression.maxLevel())) {
			throw new ImageException("compression level " + chosenLevel + " is outside what "
					+ compression.name().toLowerCase(java.util.Locale.ROOT) + " takes ("
					+ (compression == Compression.GZIP ? 0 : 1) + ".." + compression.maxLevel() + ")");
		}
		List<Node> nodes = scan(rootfs, ExcludePatterns.of(rootfs));
		long total = 0;
		for (Node node : nodes) {
			total += node.dataSize();
		}
		Path temp = archive.resolveSibling("." + archive.getFileName() + ".partial");
		long done = 0;
		try {
			Files.createDirectories(archive.toAbsolutePath().getParent());
			try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 20);
					OutputStream compressed = compressor(file, chosenLevel);
					// headers, names and padding are small writes: batch them before the compressor (a JNI call each for zstd)
					CpioWriter cpio = new CpioWriter(new BufferedOutputStream(compressed, 1 << 18))) {
				for (Node node : nodes) {
					cpio.header(node.entry(fixedMtime));
					if (node.dataSize() > 0 && node.isSymlink()) {
						cpio.data(node.linkTarget);
					} else if (node.dataSize() > 0) {
						try (InputStream in = Files.newInputStream(node.path)) {
							cpio.data(in, node.dataSize());
						}
					}
					done += node.dataSize();
					progress.worked(done, total);
				}
			}
			try {
				Files.move(temp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, archive, StandardCopyOption.REPLACE_EXISTING);
			}
			return new Result(archive, nodes.size(), total, Files.size(archive));
		} catch (IOException e) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException ignored) {
				// the build failed already; report that
			}
			throw new ImageException("building " + archive + " from " + rootfs + " failed: " + e.getMessage(), e);
		}
	}

	private OutputStream compressor(OutputStream file, int chosenLevel) throws IOException {
		return switch (compression) {
		case GZIP -> new ParallelGzipOutputStream(file, chosenLevel, threads, ParallelGzipOutputStream.DEFAULT_BLOCK_SIZE);
		case ZSTD -> ZstdStreams.output(file, chosenLevel, threads);
		case NONE -> file;
		};
	}

	/**
	 * Walks the tree in sorted order and numbers inodes, grouping hard links. Excluded paths are left
	 * out with what is below them; a directory on another file system (a mount point such as /proc in
	 * an image being worked on) is kept as an empty directory, as {@code find -xdev} does.
	 */
	private static List<Node> scan(Path rootfs, ExcludePatterns excludes) throws ImageException {
		List<Node> nodes = new ArrayList<>();
		try {
			Object rootDevice = Files.getAttribute(rootfs, "unix:dev", LinkOption.NOFOLLOW_LINKS);
			Files.walkFileTree(rootfs, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
					Node node = Node.of(rootfs, dir);
					if (!node.name.isEmpty() && excludes.excludes(node.name)) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					nodes.add(node);
					return rootDevice.equals(node.dev) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					String name = rootfs.relativize(file).toString();
					if (!excludes.excludes(name)) {
						nodes.add(Node.of(rootfs, file));
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new ImageException("cannot read the root file system " + rootfs + ": " + e.getMessage(), e);
		}
		nodes.removeIf(n -> n.name.isEmpty()); // the root itself is the archive's "."
		nodes.sort((a, b) -> a.name.compareTo(b.name));
		// inode numbers in archive order; hard links share one, and carry the data on their last entry
		Map<String, List<Node>> links = new HashMap<>();
		long nextIno = 1;
		for (Node node : nodes) {
			if (node.isRegular() && node.diskLinks > 1) {
				List<Node> group = links.computeIfAbsent(node.dev + ":" + node.diskIno, k -> new ArrayList<>());
				node.ino = group.isEmpty() ? nextIno++ : group.get(0).ino;
				group.add(node);
			} else {
				node.ino = nextIno++;
			}
		}
		for (List<Node> group : links.values()) {
			for (int i = 0; i < group.size(); i++) {
				group.get(i).nlink = group.size();
				group.get(i).carriesData = i == group.size() - 1;
			}
		}
		nodes.add(0, Node.rootDirectory(rootfs));
		return nodes;
	}

	/** A file of the tree with the attributes the archive needs. */
	private static final class Node {
		final Path path;
		final String name;
		final int mode;
		final int uid;
		final int gid;
		final long size;
		final long mtime;
		final long rdev;
		final long dev;
		final long diskIno;
		final int diskLinks;
		byte[] linkTarget;
		long ino;
		int nlink = 1;
		boolean carriesData = true;

		private Node(Path path, String name, Map<String, Object> unix) {
			this.path = path;
			this.name = name;
			this.mode = (Integer) unix.get("mode");
			this.uid = (Integer) unix.get("uid");
			this.gid = (Integer) unix.get("gid");
			this.size = (Long) unix.get("size");
			this.mtime = ((java.nio.file.attribute.FileTime) unix.get("lastModifiedTime")).toMillis() / 1000;
			this.rdev = (Long) unix.get("rdev");
			this.dev = (Long) unix.get("dev");
			this.diskIno = (Long) unix.get("ino");
			this.diskLinks = (Integer) unix.get("nlink");
		}

		static Node of(Path root, Path path) throws IOException {
			Map<String, Object> unix = Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
			String name = root.relativize(path).toString().replace('\\', '/');
			Node node = new Node(path, name, unix);
			if (node.isSymlink()) {
				node.linkTarget = Files.readSymbolicLink(path).toString().getBytes(StandardCharsets.UTF_8);
			}
			return node;
		}

		static Node rootDirectory(Path root) throws ImageException {
			try {
				Node node = new Node(root, ".", Files.readAttributes(root, "unix:*", LinkOption.NOFOLLOW_LINKS));
				node.ino = 0;
				return node;
			} catch (IOException e) {
				throw new ImageException("cannot read " + root + ": " + e.getMessage(), e);
			}
		}

		boolean isSymlink() {
			return (mode & CpioWriter.S_IFMT) == CpioWriter.S_IFLNK;
		}

		boolean isRegular() {
			return (mode & CpioWriter.S_IFMT) == CpioWriter.S_IFREG;
		}

		long dataSize() {
			if (isSymlink()) {
				return linkTarget.length;
			}
			return isRegular() && carriesData ? size : 0;
		}

		CpioWriter.Entry entry(Long fixedMtime) {
			int type = mode & CpioWriter.S_IFMT;
			boolean device = type == CpioWriter.S_IFCHR || type == CpioWriter.S_IFBLK;
			// Linux dev_t: major in bits 8-19 and 32-43, minor in bits 0-7 and 20-31
			int major = device ? (int) (((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL)) : 0;
			int minor = device ? (int) ((rdev & 0xff) | ((rdev >>> 12) & ~0xffL)) : 0;
			return new CpioWriter.Entry(name, mode, uid, gid, ino, isDirectoryType() ? 2 : nlink,
					fixedMtime != null ? fixedMtime : mtime, dataSize(), 0, 0, major, minor);
		}

		private boolean isDirectoryType() {
			return (mode & CpioWriter.S_IFMT) == CpioWriter.S_IFDIR;
		}
	}
}
