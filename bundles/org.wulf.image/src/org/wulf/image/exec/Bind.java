package org.wulf.image.exec;

import java.nio.file.Path;

import org.wulf.image.ImageException;

/**
 * A host path bind-mounted into an image while a command runs in it ({@code SRC[:DST[:ro]]}, as
 * {@code wwctl image exec --bind}). The destination defaults to the source's path.
 *
 * @param source      absolute host path
 * @param destination absolute path inside the image
 * @param readOnly    whether the image sees it read-only
 */
public record Bind(Path source, String destination, boolean readOnly) {

	/** Parses {@code SRC[:DST[:ro|rw]]}; the message names the bad part. */
	public static Bind parse(String spec) throws ImageException {
		String[] parts = spec.split(":", -1);
		if (parts.length > 3 || parts[0].isEmpty()) {
			throw new ImageException("bind '" + spec + "' is not SRC[:DST[:ro]]");
		}
		Path source = Path.of(parts[0]);
		if (!source.isAbsolute()) {
			source = source.toAbsolutePath();
		}
		String destination = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : source.toString();
		if (!destination.startsWith("/")) {
			throw new ImageException("bind '" + spec + "': the destination " + destination + " must be an absolute path in the image");
		}
		for (String segment : destination.split("/")) {
			if (segment.equals("..")) {
				throw new ImageException("bind '" + spec + "': the destination may not contain '..'");
			}
		}
		boolean readOnly = false;
		if (parts.length == 3) {
			readOnly = switch (parts[2]) {
			case "ro" -> true;
			case "rw", "" -> false;
			default -> throw new ImageException("bind '" + spec + "': '" + parts[2] + "' is not ro or rw");
			};
		}
		return new Bind(source.normalize(), destination.replaceAll("/+$", "").isEmpty() ? "/" : destination.replaceAll("/+$", ""),
				readOnly);
	}
}
