package org.wulf.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What a model file looked like on disk when it was read: enough to notice that another writer
 * replaced it. An atomic save replaces the file (a new inode), so the file key changes even when
 * size and time happen to match.
 */
public record FileStamp(boolean exists, Object fileKey, long modifiedNanos, long size) {

	public static final FileStamp MISSING = new FileStamp(false, null, 0, 0);

	public static FileStamp of(Path path) throws IOException {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
			return new FileStamp(true, attributes.fileKey(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
					attributes.size());
		} catch (NoSuchFileException e) {
			return MISSING;
		}
	}

	public boolean sameAs(FileStamp other) {
		return other != null && exists == other.exists && Objects.equals(fileKey, other.fileKey)
				&& modifiedNanos == other.modifiedNanos && size == other.size;
	}
}
