package org.wulf.image;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wulf.core.range.NaturalOrder;

/**
 * Finds the kernels an image carries, where Warewulf (4.6+) looks, in this order:
 * {@code /boot/Image-*}, {@code /boot/vmlinuz-linux*}, {@code /boot/vmlinuz-*},
 * {@code /lib/modules/* /vmlinuz} and {@code /lib/modules/* /vmlinuz.gz}. A kernel's version is the
 * first {@code MAJOR.MINOR.PATCH[-N.N...]} in its path. The default kernel is the highest version that
 * is neither a debug ({@code +debug}) nor a rescue kernel; a node's "kernel version" picks another, by
 * version prefix or by its absolute path inside the image.
 */
public final class KernelFinder {

	/**
	 * A kernel inside an image.
	 *
	 * @param version    the parsed version ("6.1.0-10"), or "" when the path holds none (a rescue kernel)
	 * @param path       absolute inside the image ("/boot/vmlinuz-6.1.0-10-amd64")
	 * @param hasModules whether {@code /lib/modules/NAME} exists for it
	 */
	public record Kernel(String version, String path, boolean hasModules) {

		/** Debug and rescue kernels are never the default. */
		public boolean isSpecial() {
			return version.isEmpty() || path.contains("+debug") || path.contains("-rescue");
		}
	}

	private static final List<String[]> GLOBS = List.of(new String[] { "boot", "Image-", "" },
			new String[] { "boot", "vmlinuz-linux", "" }, new String[] { "boot", "vmlinuz-", "" },
			new String[] { "lib/modules", "", "/vmlinuz" }, new String[] { "lib/modules", "", "/vmlinuz.gz" });
	private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[\\d.]+|)");
	/** Highest version first; natural order compares the numbers inside versions as numbers. */
	private static final Comparator<Kernel> NEWEST_FIRST = Comparator.comparing(Kernel::version, NaturalOrder.INSTANCE)
			.reversed();

	private KernelFinder() {
	}

	/** @return every kernel of the root file system, highest version first (in glob order for equal versions) */
	public static List<Kernel> find(Path rootfs) throws ImageException {
		Set<String> paths = new LinkedHashSet<>();
		for (String[] glob : GLOBS) {
			Path dir = rootfs.resolve(glob[0]);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			List<String> found = new ArrayList<>();
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
				for (Path entry : entries) {
					String name = entry.getFileName().toString();
					if (!name.startsWith(glob[1]) || name.endsWith(".sig") || name.endsWith(".hmac")) {
						continue;
					}
					String candidate = glob[0] + "/" + name + glob[2];
					if (Files.isRegularFile(inside(rootfs, "/" + candidate))) {
						found.add("/" + candidate);
					}
				}
			} catch (IOException e) {
				throw new ImageException("cannot look for kernels in " + dir + ": " + e.getMessage(), e);
			}
			found.sort(null);
			paths.addAll(found);
		}
		List<Kernel> kernels = new ArrayList<>();
		for (String path : paths) {
			String version = version(path);
			String release = release(path);
			boolean modules = release != null && (Files.isDirectory(rootfs.resolve("lib/modules").resolve(release))
					|| Files.isDirectory(rootfs.resolve("usr/lib/modules").resolve(release)));
			kernels.add(new Kernel(version, path, modules));
		}
		kernels.sort(NEWEST_FIRST); // stable: equal versions keep glob order (/boot before /lib/modules)
		return kernels;
	}

	/** @return the kernel nodes boot when they name none */
	public static Optional<Kernel> defaultKernel(List<Kernel> kernels) {
		return kernels.stream().filter(k -> !k.isSpecial()).findFirst();
	}

	/**
	 * @param wanted null or blank for the default; an absolute path inside the image (used if it is
	 *               a file there); else a version prefix ("6.1", "6.1.0-10"), also matched against the
	 *               kernel's release name ("6.1.0-10-amd64")
	 * @return the kernel, or empty when the image has none or none that matches
	 */
	public static Optional<Kernel> select(Path rootfs, String wanted) throws ImageException {
		return select(rootfs, find(rootfs), wanted);
	}

	public static Optional<Kernel> select(Path rootfs, List<Kernel> kernels, String wanted) {
		if (wanted == null || wanted.isBlank()) {
			return defaultKernel(kernels);
		}
		String w = wanted.strip();
		if (w.startsWith("/")) {
			Optional<Kernel> known = kernels.stream().filter(k -> k.path().equals(w)).findFirst();
			if (known.isPresent() || !Files.isRegularFile(inside(rootfs, w))) {
				return known;
			}
			String release = release(w);
			return Optional.of(new Kernel(version(w), w, release != null && Files.isDirectory(rootfs.resolve("lib/modules").resolve(release))));
		}
		return kernels.stream().filter(k -> !k.isSpecial())
				.filter(k -> k.version().startsWith(w) || (release(k.path()) != null && release(k.path()).startsWith(w)))
				.findFirst();
	}

	/**
	 * Resolves an absolute path inside the image to the host path, following symbolic links as the
	 * image would see them (an absolute link target is relative to the image root, not the host's).
	 */
	public static Path inside(Path rootfs, String absolute) {
		Path current = rootfs;
		List<String> parts = new ArrayList<>(List.of(absolute.replaceFirst("^/+", "").split("/+")));
		int links = 0;
		while (!parts.isEmpty()) {
			String part = parts.remove(0);
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (part.equals("..")) {
				current = current.equals(rootfs) ? rootfs : current.getParent();
				continue;
			}
			Path next = current.resolve(part);
			if (Files.isSymbolicLink(next) && links++ < 40) {
				try {
					String target = Files.readSymbolicLink(next).toString();
					List<String> rest = new ArrayList<>(List.of(target.split("/+")));
					rest.addAll(parts);
					parts = rest;
					if (target.startsWith("/")) {
						current = rootfs;
					}
					continue;
				} catch (IOException e) {
					return next;
				}
			}
			current = next;
		}
		return current;
	}

	/** The first MAJOR.MINOR.PATCH[-N.N] in the path, without a trailing dot; "" if none. */
	static String version(String path) {
		Matcher m = VERSION.matcher(path);
		return m.find() ? m.group().replaceAll("\\.+$", "") : "";
	}

	/** The kernel's release name: what follows the file prefix in /boot, or the /lib/modules directory. */
	private static String release(String path) {
		if (path.startsWith("/lib/modules/")) {
			String rest = path.substring("/lib/modules/".length());
			return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : null;
		}
		String name = path.substring(path.lastIndexOf('/') + 1);
		for (String prefix : List.of("Image-", "vmlinuz-")) {
			if (name.startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return null;
	}
}
