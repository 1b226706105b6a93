package org.wulf.ui.internal.overlays;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.EnumSet;
import java.util.Set;

import org.wulf.model.Overlay;

/**
 * An overlay's files on disk: the directory {@code overlays/NAME} next to the model file, and the
 * mode, owner and group of each file (shown, and changed with chmod/chown semantics). Errors name
 * the file and what to do.
 */
public final class OverlayFiles {

	private OverlayFiles() {
	}

	/** The overlay's directory: {@code <model dir>/overlays/<overlay name>}. */
	public static Path directory(Path modelFile, Overlay overlay) {
		return modelFile.toAbsolutePath().getParent().resolve("overlays").resolve(overlay.getName());
	}

	/** @return e.g. {@code 0644}, owner, group of a file */
	public static PosixFileAttributes attributes(Path file) throws IOException {
		return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
	}

	public static String mode(Path file) throws IOException {
		return String.format("%04o", bits(attributes(file).permissions()));
	}

	/** chmod: an octal mode such as 644 or 0600. */
	public static void chmod(Path file, String octal) throws IOException {
		String clean = octal.strip();
		if (!clean.matches("0?[0-7]{3}")) {
			throw new IllegalArgumentException(file + ": '" + octal + "' is not an octal mode like 0644");
		}
		Files.setPosixFilePermissions(file, permissions(Integer.parseInt(clean, 8)));
	}

	/** chown: a user name, and optionally a group ({@code user}, {@code user:group} or {@code :group}). */
	public static void chown(Path file, String owner) throws IOException {
		String[] parts = owner.strip().split(":", 2);
		UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		UserPrincipal user = null;
		GroupPrincipal group = null;
		try {
			user = parts[0].isEmpty() ? null : users.lookupPrincipalByName(parts[0]);
		} catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
			throw new IllegalArgumentException(file + ": no user named " + parts[0] + " on this machine");
		}
		try {
			group = parts.length < 2 || parts[1].isEmpty() ? null : users.lookupPrincipalByGroupName(parts[1]);
		} catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
			throw new IllegalArgumentException(file + ": no group named " + parts[1] + " on this machine");
		}
		if (user != null) {
			view.setOwner(user);
		}
		if (group != null) {
			view.setGroup(group);
		}
	}

	static int bits(Set<PosixFilePermission> permissions) {
		int bits = 0;
		for (PosixFilePermission p : permissions) {
			bits |= 1 << (8 - p.ordinal()); // OWNER_READ is ordinal 0 = 0400
		}
		return bits;
	}

	static Set<PosixFilePermission> permissions(int bits) {
		Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
		for (PosixFilePermission p : PosixFilePermission.values()) {
			if ((bits & 1 << (8 - p.ordinal())) != 0) {
				set.add(p);
			}
		}
		return set;
	}
}
