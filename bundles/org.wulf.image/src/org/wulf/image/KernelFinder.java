package org.wulf.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.wulf.core.range.NaturalOrder;

/**
 * Finds the kernels an image carries: {@code /boot/vmlinuz-VERSION} (also {@code vmlinux-},
 * {@code Image-} on arm64) and, where present, the matching {@code /lib/modules/VERSION}. The newest
 * version (natural order) is the default; a node's "kernel version" picks another.
 */
public final class KernelFinder {

	/** A kernel inside an image; {@code path} is absolute inside the image ("/boot/vmlinuz-6.1.0-56-amd64"). */
	public record Kernel(String version, String path, boolean hasModules) {
	}

	private static final List<String> PREFIXES = List.of("vmlinuz-", "vmlinux-", "Image-", "bzImage-");

	private KernelFinder() {
	}

	/** @return every kernel of the root file system, oldest first */
	public static List<Kernel> find(Path rootfs) throws ImageException {
		List<Kernel> kernels = new ArrayList<>();
		for (String bootDir : List.of("boot", "usr/lib/modules")) {
			Path boot = rootfs.resolve(bootDir);
			if (!Files.isDirectory(boot)) {
				continue;
			}
			try (Stream<Path> files = Files.list(boot)) {
				for (Path file : files.sorted().toList()) {
					String name = file.getFileName().toString();
					for (String prefix : PREFIXES) {
						if (name.startsWith(prefix) && Files.isRegularFile(file) && !name.endsWith(".sig")) {
							String version = name.substring(prefix.length());
							boolean modules = Files.isDirectory(rootfs.resolve("lib/modules").resolve(version))
									|| Files.isDirectory(rootfs.resolve("usr/lib/modules").resolve(version));
							kernels.add(new Kernel(version, "/" + rootfs.relativize(file).toString().replace('\\', '/'), modules));
						}
					}
				}
			} catch (IOException e) {
				throw new ImageException("cannot look for kernels in " + boot + ": " + e.getMessage(), e);
			}
			if (!kernels.isEmpty()) {
				break;
			}
		}
		kernels.sort(Comparator.comparing(Kernel::version, NaturalOrder.INSTANCE));
		return kernels;
	}

	/**
	 * @param version the wanted version, or null for the newest
	 * @return the kernel, or empty when the image has none or not that version
	 */
	public static Optional<Kernel> select(Path rootfs, String version) throws ImageException {
		List<Kernel> kernels = find(rootfs);
		if (version == null || version.isBlank()) {
			return kernels.isEmpty() ? Optional.empty() : Optional.of(kernels.get(kernels.size() - 1));
		}
		return kernels.stream().filter(k -> k.version().equals(version) || k.path().equals(version)).findFirst();
	}
}
