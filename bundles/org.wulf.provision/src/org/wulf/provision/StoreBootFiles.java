package org.wulf.provision;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.wulf.core.resolve.EffectiveNode;
import org.wulf.image.ImageException;
import org.wulf.image.KernelFinder;
import org.wulf.model.Cluster;
import org.wulf.model.Image;
import org.wulf.model.ImageArtifact;
import org.wulf.provision.http.BootStage;

/**
 * Boot files from the image store ({@code STORE/NAME/rootfs}, built archives recorded in the model):
 * the node's kernel, served straight from the image's root file system, and the image's newest built
 * archive (gzip, zstd or plain cpio: the kernel recognises each by its magic). The kernel is the one
 * the node's "kernel version" selects (a version prefix or an absolute path inside the image), else
 * the image's default. Used by {@code wulf server} and the workbench.
 */
public final class StoreBootFiles implements BootFiles {

	private static final Logger LOG = System.getLogger("org.wulf.provision");

	/** Kernels per image root, found again when the image's /boot or /lib/modules changed. */
	private record Found(long bootChanged, long modulesChanged, List<KernelFinder.Kernel> kernels) {
	}

	private final Path store;
	private final Cluster cluster;
	private final Map<Path, Found> kernels = new ConcurrentHashMap<>();
	private final Map<String, Boolean> warned = new ConcurrentHashMap<>();

	public StoreBootFiles(Path store, Cluster cluster) {
		this.store = store;
		this.cluster = cluster;
	}

	public Path store() {
		return store;
	}

	public Cluster cluster() {
		return cluster;
	}

	@Override
	public Map<BootStage, Path> of(EffectiveNode node) {
		Map<BootStage, Path> files = new EnumMap<>(BootStage.class);
		String name = node.values().getImage();
		Image image = name == null ? null
				: cluster.getImages().stream().filter(i -> name.equals(i.getName())).findFirst().orElse(null);
		if (image == null) {
			return files;
		}
		Path rootfs = store.resolve(image.getName()).resolve("rootfs");
		String wanted = node.values().getKernelVersion();
		if (wanted != null && !wanted.isBlank()) {
			kernel(node, image, rootfs, wanted).ifPresent(kernel -> files.put(BootStage.KERNEL, kernel));
		} else if (image.getKernelPath() != null) {
			Path kernel = Path.of(image.getKernelPath());
			if (!kernel.isAbsolute() || !Files.exists(kernel)) {
				kernel = KernelFinder.inside(rootfs, image.getKernelPath());
			}
			files.put(BootStage.KERNEL, kernel);
		}
		ImageArtifact newest = null;
		for (ImageArtifact artifact : image.getArtifacts()) {
			if (newest == null || (artifact.getBuilt() != null && newest.getBuilt() != null
					&& artifact.getBuilt().after(newest.getBuilt()))) {
				newest = artifact;
			}
		}
		if (newest != null && newest.getPath() != null) {
			files.put(BootStage.IMAGE, Path.of(newest.getPath()));
		}
		return files;
	}

	/** The kernel a node's "kernel version" names in its image; logs once per node and version when there is none. */
	private Optional<Path> kernel(EffectiveNode node, Image image, Path rootfs, String wanted) {
		try {
			List<KernelFinder.Kernel> all = kernelsOf(rootfs);
			Optional<KernelFinder.Kernel> chosen = KernelFinder.select(rootfs, all, wanted);
			if (chosen.isPresent()) {
				return Optional.of(KernelFinder.inside(rootfs, chosen.get().path()));
			}
			if (warned.putIfAbsent(node.name() + "\0" + image.getName() + "\0" + wanted, Boolean.TRUE) == null) {
				LOG.log(Level.WARNING, "node {0}: kernel version \"{1}\" is not in image {2} (it has: {3}); the node gets no kernel"
						+ " until its kernel version names one of those (wulf image kernels)", node.name(), wanted, image.getName(),
						all.isEmpty() ? "no kernels" : String.join(", ", all.stream().map(k -> k.version() + " " + k.path()).toList()));
			}
		} catch (ImageException e) {
			LOG.log(Level.WARNING, "node {0}: cannot look for kernel {1} in image {2}: {3}", node.name(), wanted,
					image.getName(), e.getMessage());
		}
		return Optional.empty();
	}

	private List<KernelFinder.Kernel> kernelsOf(Path rootfs) throws ImageException {
		long boot = changed(rootfs.resolve("boot"));
		long modules = changed(rootfs.resolve("lib/modules"));
		Found found = kernels.get(rootfs);
		if (found == null || found.bootChanged() != boot || found.modulesChanged() != modules) {
			found = new Found(boot, modules, KernelFinder.find(rootfs));
			kernels.put(rootfs, found);
		}
		return found.kernels();
	}

	private static long changed(Path dir) {
		try {
			return Files.getLastModifiedTime(dir).toMillis();
		} catch (java.io.IOException e) {
			return -1;
		}
	}
}
