package org.wulf.image.oci;

import java.util.Locale;

/**
 * An image platform ({@code os/architecture[/variant]}) in OCI's spelling, used to choose one image
 * of a multi-platform index.
 */
public record Platform(String os, String architecture, String variant) {

	/** Parses {@code linux/amd64}, {@code linux/arm64/v8} or just {@code arm64} (os linux). */
	public static Platform parse(String text) throws OciException {
		String[] parts = text.trim().split("/", -1);
		if (text.isBlank() || parts.length > 3 || java.util.Arrays.stream(parts).anyMatch(String::isEmpty)) {
			throw new OciException("'" + text + "' is not a platform: use OS/ARCH[/VARIANT], e.g. linux/amd64");
		}
		if (parts.length == 1) {
			return new Platform("linux", normalArch(parts[0]), null);
		}
		return new Platform(parts[0], normalArch(parts[1]), parts.length == 3 ? parts[2] : null);
	}

	/** The platform this JVM runs on, the default choice. */
	public static Platform current() {
		String os = System.getProperty("os.name", "linux").toLowerCase(Locale.ROOT);
		return new Platform(os.contains("linux") ? "linux" : os, normalArch(System.getProperty("os.arch", "amd64")), null);
	}

	/** Go's GOARCH names, which OCI uses, for the names Java and uname report. */
	static String normalArch(String arch) {
		return switch (arch.toLowerCase(Locale.ROOT)) {
		case "x86_64", "x86-64", "amd64" -> "amd64";
		case "aarch64", "arm64" -> "arm64";
		case "i386", "i686", "x86", "386" -> "386";
		case "ppc64le", "ppc64el" -> "ppc64le";
		default -> arch.toLowerCase(Locale.ROOT);
		};
	}

	/** Whether an index entry's platform is this one (a missing variant matches any variant). */
	public boolean matches(Platform other) {
		return other != null && os.equals(other.os) && architecture.equals(other.architecture)
				&& (variant == null || other.variant == null || variant.equals(other.variant));
	}

	@Override
	public String toString() {
		return os + "/" + architecture + (variant != null ? "/" + variant : "");
	}
}
