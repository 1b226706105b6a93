package org.wulf.image.oci.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * The files of an OCI layout or a {@code docker save} archive, either unpacked in a directory or
 * inside a tar file (read in place, without unpacking).
 */
public interface LocalFiles extends Closeable {

	InputStream open(String path) throws IOException;

	boolean exists(String path);

	/** The file's size (for progress). */
	default long size(String path) throws IOException {
		try (InputStream in = open(path)) {
			return in.transferTo(java.io.OutputStream.nullOutputStream());
		}
	}

	/** What to call it in messages. */
	String where();

	static LocalFiles directory(Path dir) {
		return new LocalFiles() {
			@Override
			public InputStream open(String path) throws IOException {
				Path file = resolve(path);
				if (!Files.isRegularFile(file)) {
					throw new NoSuchFileException(file.toString(), null, "not in " + dir);
				}
				return Files.newInputStream(file);
			}

			@Override
			public boolean exists(String path) {
				try {
					return Files.isRegularFile(resolve(path), LinkOption.NOFOLLOW_LINKS);
				} catch (IOException e) {
					return false;
				}
			}

			private Path resolve(String path) throws IOException {
				Path file = dir.resolve(path).normalize();
				if (!file.startsWith(dir.normalize())) {
					throw new IOException(path + " leaves " + dir);
				}
				return file;
			}

			@Override
			public long size(String path) throws IOException {
				return Files.size(resolve(path));
			}

			@Override
			public String where() {
				return dir.toString();
			}

			@Override
			public void close() {
			}
		};
	}

	static LocalFiles tar(Path file) throws IOException {
		TarFile tar = new TarFile(file);
		Map<String, TarArchiveEntry> entries = new HashMap<>();
		for (TarArchiveEntry entry : tar.getEntries()) {
			String name = entry.getName();
			while (name.startsWith("./") || name.startsWith("/")) {
				name = name.substring(name.indexOf('/') + 1);
			}
			if (!entry.isDirectory()) {
				entries.put(name, entry);
			}
		}
		return new LocalFiles() {
			@Override
			public InputStream open(String path) throws IOException {
				TarArchiveEntry entry = entries.get(path);
				if (entry == null) {
					throw new NoSuchFileException(path, null, "not in archive " + file);
				}
				if (entry.isSymbolicLink() || entry.isLink()) { // docker save links identical layers
					String target = entry.getLinkName();
					String resolved = entry.isLink() ? target : Path.of(path).resolveSibling(target).normalize().toString();
					return open(resolved);
				}
				return tar.getInputStream(entry);
			}

			@Override
			public boolean exists(String path) {
				return entries.containsKey(path);
			}

			@Override
			public long size(String path) throws IOException {
				TarArchiveEntry entry = entries.get(path);
				if (entry != null && !entry.isSymbolicLink() && !entry.isLink()) {
					return entry.getSize();
				}
				return LocalFiles.super.size(path);
			}

			@Override
			public String where() {
				return file.toString();
			}

			@Override
			public void close() throws IOException {
				tar.close();
			}
		};
	}
}
