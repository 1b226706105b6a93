package org.wulf.ui.internal.overlays;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the overlay editor shows of a file: its mode, owner and group (changes go through the
 * overlay store, which also copies a distribution overlay to the site first).
 */
public final class OverlayFiles {

	private OverlayFiles() {
	}

	/** @return e.g. {@code 0644}, owner, group of a file */
	public static PosixFileAttributes attributes(Path file) throws IOException {
		return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
	}

	public static String mode(Path file) throws IOException {
		return String.format("%04o", bits(attributes(file).permissions()));
	}

	/** An octal mode such as 644 or 0600 (setuid/setgid/sticky included: 4755). */
	public static int parseMode(Path file, String octal) {
		String clean = octal.strip();
		if (!clean.matches("[0-7]{3,4}")) {
			throw new IllegalArgumentException(file.getFileName() + ": '" + octal + "' is not an octal mode like 0644");
		}
		return Integer.parseInt(clean, 8);
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
