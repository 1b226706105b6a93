package org.wulf.overlay.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

import org.wulf.image.CpioWriter;

/**
 * The merged content of one node's overlay image, held in memory (overlay files are small) and
 * written as a gzip-compressed newc cpio archive in one go: no temporary directory tree. Later
 * entries replace earlier ones of the same path, so later overlays win.
 */
public final class NodeImage {

	/** One entry: a directory, a file (content) or a symbolic link (target). */
	public record Entry(int type, int mode, int uid, int gid, long mtimeSeconds, byte[] content,
			SplicingGzipOutputStream.Compressed compressed) {
		Entry(int type, int mode, int uid, int gid, long mtimeSeconds, byte[] content) {
			this(type, mode, uid, gid, mtimeSeconds, content, null);
		}
	}

	/** Content at least this long that many images share is compressed once and spliced in. */
	public static final int SPLICE_THRESHOLD = 8 * 1024;

	private final Map<String, Entry> entries = new TreeMap<>();

	public void directory(String path, int mode, int uid, int gid, long mtime) {
		entries.put(relative(path), new Entry(CpioWriter.S_IFDIR, mode, uid, gid, mtime, null));
	}

	public void file(String path, byte[] content, int mode, int uid, int gid, long mtime) {
		file(path, content, null, mode, uid, gid, mtime);
	}

	/** @param compressed the content compressed once for all images (see {@link SplicingGzipOutputStream}), or null */
	public void file(String path, byte[] content, SplicingGzipOutputStream.Compressed compressed, int mode, int uid, int gid,
			long mtime) {
		parents(path, mtime);
		entries.put(relative(path), new Entry(CpioWriter.S_IFREG, mode, uid, gid, mtime, content, compressed));
	}

	public void symlink(String path, String target, int uid, int gid, long mtime) {
		parents(path, mtime);
		entries.put(relative(path), new Entry(CpioWriter.S_IFLNK, 0777, uid, gid, mtime, target.getBytes(StandardCharsets.UTF_8)));
	}

	/** Keeps an existing file of this path once as {@code PATH.wwbackup} before it is replaced. */
	public void keepBackup(String path) {
		String relative = relative(path);
		Entry existing = entries.get(relative);
		if (existing != null && existing.type() == CpioWriter.S_IFREG) {
			entries.putIfAbsent(relative + ".wwbackup", existing);
		}
	}

	/** Rendered files may land in directories no overlay has: they get 0755 root:root, as Warewulf's MkdirAll does. */
	private void parents(String path, long mtime) {
		String relative = relative(path);
		int slash = relative.lastIndexOf('/');
		while (slash > 0) {
			String parent = relative.substring(0, slash);
			if (entries.containsKey(parent)) {
				break;
			}
			entries.put(parent, new Entry(CpioWriter.S_IFDIR, 0755, 0, 0, mtime, null));
			slash = parent.lastIndexOf('/');
		}
	}

	private static String relative(String path) {
		String relative = path;
		while (relative.startsWith("/")) {
			relative = relative.substring(1);
		}
		return relative;
	}

	public int size() {
		return entries.size();
	}

	/** Writes the archive to a temporary file beside the target and renames it over the target. */
	public long writeAtomically(Path target) throws IOException {
		return writeAtomically(target, false);
	}

	/**
	 * @param parentExists the caller made sure the target's directory exists (saves a stat per image)
	 * @return the size of the written image
	 */
	public long writeAtomically(Path target, boolean parentExists) throws IOException {
		if (!parentExists && !Files.isDirectory(target.getParent())) { // createDirectories throws (and catches) when it exists
			Files.createDirectories(target.getParent());
		}
		Created created = createBeside(target); // one open: created owner-only and written
		Path temporary = created.path();
		boolean moved = false;
		try {
			CountingOutputStream counted = new CountingOutputStream(created.out()); // its size without a stat
			try (OutputStream file = counted;
					SplicingGzipOutputStream gzip = new SplicingGzipOutputStream(new BufferedOutputStream(file, 16 * 1024));
					// a large write (len >= the buffer) passes through with the same array: splicing still sees it
					CpioWriter cpio = new CpioWriter(new BufferedOutputStream(gzip, SPLICE_THRESHOLD))) {
				write(cpio, gzip);
			}
			long size = counted.count;
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			moved = true;
			return size;
		} finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/** Counts the bytes that reach the file. */
	private static final class CountingOutputStream extends java.io.FilterOutputStream {
		long count;

		CountingOutputStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}
	}

	private static final java.nio.file.attribute.FileAttribute<?> OWNER_ONLY = java.nio.file.attribute.PosixFilePermissions
			.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

	private record Created(Path path, OutputStream out) {
	}

	/** Like {@link #temporaryBeside} but keeps the new file open for writing. */
	private static Created createBeside(Path target) throws IOException {
		while (true) {
			Path candidate = target.resolveSibling("." + target.getFileName() + "." + Thread.currentThread().threadId() + "."
					+ System.nanoTime() + ".tmp");
			try {
				OutputStream out = java.nio.channels.Channels.newOutputStream(Files.newByteChannel(candidate,
						java.util.Set.of(java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE),
						OWNER_ONLY));
				return new Created(candidate, out);
			} catch (java.nio.file.FileAlreadyExistsException e) {
				// another writer's name: try the next
			}
		}
	}

	/** A new file beside the target with a unique name (no SecureRandom per file, as createTempFile uses). */
	public static Path temporaryBeside(Path target) throws IOException {
		while (true) {
			Path candidate = target.resolveSibling("." + target.getFileName() + "." + Thread.currentThread().threadId() + "."
					+ System.nanoTime() + ".tmp");
			try {
				return Files.createFile(candidate, OWNER_ONLY); // the runtime overlay can hold secrets
			} catch (java.nio.file.FileAlreadyExistsException e) {
				// another writer's name: try the next
			}
		}
	}

	private void write(CpioWriter cpio, SplicingGzipOutputStream gzip) throws IOException {
		long ino = 1;
		for (Map.Entry<String, Entry> item : entries.entrySet()) {
			Entry entry = item.getValue();
			if (item.getKey().isEmpty()) {
				continue;
			}
			long size = entry.content() == null ? 0 : entry.content().length;
			cpio.header(new CpioWriter.Entry(item.getKey(), entry.type() | (entry.mode() & 07777), entry.uid(), entry.gid(), ino++,
					entry.type() == CpioWriter.S_IFDIR ? 2 : 1, entry.mtimeSeconds(), size, 0, 0, 0, 0));
			if (entry.content() != null) {
				if (entry.compressed() != null && entry.content().length >= SPLICE_THRESHOLD) {
					gzip.expect(entry.compressed());
				}
				cpio.data(entry.content());
			}
		}
		cpio.finish();
	}
}
