package org.wulf.core.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces a file so that readers and crashes only ever see the old content or the new content,
 * never a mix: the content goes to a temporary file in the same directory, is flushed to the disk
 * (fsync), and is then renamed over the target; the directory is synced so the rename survives a
 * power cut.
 */
public final class AtomicFileWriter {

	/** Writes the content of a file; may throw to abandon the write. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFileWriter() {
	}

	/** Writes the file; a new file gets the temporary file's permissions (owner only). */
	public static void write(Path target, Content content) throws IOException {
		write(target, null, content);
	}

	/**
	 * Writes the file; an existing file keeps its permissions, a new one gets these (where the file
	 * system has POSIX permissions).
	 *
	 * @param newFilePermissions the permissions of a new file, or null for the owner only
	 */
	public static void write(Path target, Set<PosixFilePermission> newFilePermissions, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path directory = absolute.getParent();
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
				content.writeTo(new KeepOpen(out));
				out.flush();
				channel.force(true);
			}
			setPermissions(absolute, temporary, newFilePermissions);
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				throw new IOException("cannot replace " + absolute + " atomically on this file system", e);
			}
			moved = true;
			syncDirectory(directory);
		} finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/** Lets a writer close "its" stream (Jackson does) without closing the channel before the fsync. */
	private static final class KeepOpen extends FilterOutputStream {
		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}

	private static void setPermissions(Path target, Path temporary, Set<PosixFilePermission> newFilePermissions)
			throws IOException {
		if (!Files.exists(target) && newFilePermissions == null) {
			return;
		}
		try {
			Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
					: newFilePermissions;
			Files.setPosixFilePermissions(temporary, permissions);
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system: the default permissions stay
		}
	}

	private static void syncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// some file systems cannot open a directory for sync; the rename itself is already atomic
		}
	}
}
