package org.wulf.overlay.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wulf.overlay.OverlayException;

/**
 * A path inside an overlay given by a user ({@code /etc/hosts.ww}, {@code etc/hosts.ww}), checked
 * so it can never leave the overlay: {@code ..} and NUL are refused, and so is a path that goes
 * through a symbolic link of the overlay (the link could point anywhere on the server).
 */
public final class OverlayPath {

	private OverlayPath() {
	}

	/**
	 * @return the path relative to the overlay's root, without leading slash, "." and empty segments
	 *         ("" for the root itself)
	 */
	public static String normalize(String overlay, String path) throws OverlayException {
		if (path == null || path.isEmpty()) {
			throw new OverlayException("no file path given for overlay " + overlay);
		}
		if (path.indexOf('\0') >= 0) {
			throw new OverlayException("the path " + path.replace("\0", "\\0") + " of overlay " + overlay
					+ " contains a NUL character");
		}
		String plain = alreadyNormal(path);
		if (plain != null) {
			return plain;
		}
		List<String> kept = new ArrayList<>();
		for (String segment : path.split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals("..")) {
				throw new OverlayException("the path " + path + " leaves overlay " + overlay
						+ " (\"..\" is not allowed); give a path inside the overlay, e.g. /etc/hosts");
			}
			kept.add(segment);
		}
		return String.join("/", kept);
	}

	/**
	 * @return the path without its leading slashes when no segment is empty, "." or ".." (the common
	 *         case: a build normalizes every rendered file's path of every node), else null
	 */
	private static String alreadyNormal(String path) {
		int start = 0;
		while (start < path.length() && path.charAt(start) == '/') {
			start++;
		}
		int segment = start;
		for (int i = start; i <= path.length(); i++) {
			if (i == path.length() || path.charAt(i) == '/') {
				int length = i - segment;
				if (length == 0 || (length == 1 && path.charAt(segment) == '.')
						|| (length == 2 && path.charAt(segment) == '.' && path.charAt(segment + 1) == '.')) {
					return null; // an empty, "." or ".." segment: the general way (which refuses "..")
				}
				segment = i + 1;
			}
		}
		return path.substring(start);
	}

	/**
	 * Resolves a user's path under the overlay's root directory.
	 *
	 * @throws OverlayException when the path leaves the root or runs through a symbolic link
	 */
	public static Path resolve(String overlay, Path rootfs, String path) throws OverlayException {
		String relative = normalize(overlay, path);
		Path resolved = relative.isEmpty() ? rootfs : rootfs.resolve(relative);
		if (!resolved.normalize().startsWith(rootfs.normalize())) {
			throw new OverlayException("the path " + path + " leaves overlay " + overlay);
		}
		Path walk = rootfs;
		Path rel = rootfs.relativize(resolved);
		for (int i = 0; i < rel.getNameCount() - 1; i++) {
			walk = walk.resolve(rel.getName(i));
			if (Files.isSymbolicLink(walk)) {
				throw new OverlayException("the path " + path + " of overlay " + overlay + " runs through the symbolic link /"
						+ rootfs.relativize(walk) + "; give the path without the link");
			}
		}
		return resolved;
	}

	/** @return the path inside the overlay of a file under its root, with a leading slash */
	public static String inside(Path rootfs, Path file) {
		String relative = rootfs.relativize(file).toString();
		return "/" + relative;
	}
}
