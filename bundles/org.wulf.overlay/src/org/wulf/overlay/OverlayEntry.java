package org.wulf.overlay;

/**
 * A file, directory or symbolic link inside an overlay, as it is on disk (Warewulf keeps the mode
 * and owner of overlay files on the files themselves).
 *
 * @param path   the path inside the overlay, with a leading slash ({@code /etc/hosts.ww})
 * @param mode   the permission bits (and setuid/setgid/sticky), without the file type
 * @param target the target of a symbolic link, else null
 */
public record OverlayEntry(String path, Kind kind, int mode, int uid, int gid, long size, long mtimeMillis, String target) {

	/** What an entry is. */
	public enum Kind {
		FILE, DIRECTORY, SYMLINK, OTHER
	}

	/** @return true for a template ({@code .ww}) rendered per node */
	public boolean isTemplate() {
		return kind == Kind.FILE && path.endsWith(".ww");
	}
}
