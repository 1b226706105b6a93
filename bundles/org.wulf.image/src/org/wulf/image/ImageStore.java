package org.wulf.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.wulf.model.Cluster;
import org.wulf.model.Image;
import org.wulf.model.ImageArtifact;
import org.wulf.model.WulfFactory;

/**
 * The image store on the controller: one directory per image holding its root file system
 * ({@code NAME/rootfs}) and what was built from it ({@code NAME/image.cpio.gz}). The cluster
 * model records each image's source, kernel and built artifacts; this class keeps both in step.
 */
public final class ImageStore {

	/** Image names become directory names and URL parts: letters, digits, '.', '_', '-', ':'. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
	public static final String ARTIFACT_FORMAT = "newc+gzip";

	private final Path root;

	public ImageStore(Path root) {
		this.root = root;
	}

	public Path root() {
		return root;
	}

	/** The store's usual place: $WULF_IMAGES, else /var/lib/wulf/images for root, else ~/.wulf/images. */
	public static Path defaultRoot() {
		String fromEnvironment = System.getenv("WULF_IMAGES");
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return Path.of(fromEnvironment);
		}
		if ("root".equals(System.getProperty("user.name"))) {
			return Path.of("/var/lib/wulf/images");
		}
		return Path.of(System.getProperty("user.home"), ".wulf", "images");
	}

	/** Whether a name may name an image (it becomes a directory name and part of URLs). */
	public static boolean isValidName(String name) {
		return name != null && NAME.matcher(name).matches() && !name.contains("..");
	}

	public Path rootfs(String name) {
		return root.resolve(name).resolve("rootfs");
	}

	public Path archive(String name, InitramfsBuilder.Compression compression) {
		return root.resolve(name).resolve("image" + compression.suffix());
	}

	/** @return the archive built last (whichever compression), if any */
	public Optional<Path> builtArchive(String name) {
		Path newest = null;
		for (InitramfsBuilder.Compression compression : InitramfsBuilder.Compression.values()) {
			Path archive = archive(name, compression);
			try {
				if (Files.isRegularFile(archive) && (newest == null
						|| Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(newest)) > 0)) {
					newest = archive;
				}
			} catch (IOException e) {
				// vanished while looking: not built
			}
		}
		return Optional.ofNullable(newest);
	}

	/**
	 * Whether the image's archive in this compression exists and is newer than every change in its
	 * root file system (Warewulf skips such a build unless forced).
	 */
	public boolean isUpToDate(String name, InitramfsBuilder.Compression compression) throws ImageException {
		Path archive = archive(name, compression);
		if (!Files.isRegularFile(archive) || !exists(name)) {
			return false;
		}
		try {
			return TreeClock.newestChange(rootfs(name)) < Files.getLastModifiedTime(archive).toMillis();
		} catch (IOException e) {
			throw new ImageException("cannot read the time of " + archive + ": " + e.getMessage(), e);
		}
	}

	/** @return bytes of the files in the image's root file system (as du, without the directories' own blocks) */
	public long rootfsSize(String name) throws ImageException {
		long[] total = { 0 };
		try {
			Files.walkFileTree(rootfs(name), new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					total[0] += attrs.size();
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new ImageException("cannot size image " + name + ": " + e.getMessage(), e);
		}
		return total[0];
	}

	public boolean exists(String name) {
		return Files.isDirectory(rootfs(name), LinkOption.NOFOLLOW_LINKS);
	}

	/** @return the names of the images in the store, sorted */
	public List<String> names() throws ImageException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> dirs = Files.list(root)) {
			return dirs.filter(d -> Files.isDirectory(d.resolve("rootfs"), LinkOption.NOFOLLOW_LINKS))
					.map(d -> d.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
		} catch (IOException e) {
			throw new ImageException("cannot list the image store " + root + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Copies a root file system directory into the store as image {@code name}, keeping owners,
	 * modes, hard links, symlinks, device nodes and extended attributes ({@code cp -a}: the tool that
	 * copies all of these). The copy goes to a hidden directory first and is renamed when complete.
	 *
	 * @param replace whether an existing image of that name is replaced
	 */
	public void importDirectory(Path source, String name, boolean replace) throws ImageException {
		checkName(name);
		if (!Files.isDirectory(source)) {
			throw new ImageException("cannot import " + source + ": it is not a directory (a root file system is expected)");
		}
		if (exists(name) && !replace) {
			throw new ImageException("image " + name + " already exists in " + root + "; delete it first or import with --force");
		}
		Path staging = root.resolve("." + name + ".importing");
		try {
			deleteTree(staging);
			Files.createDirectories(staging);
			copyTree(source, staging.resolve("rootfs"));
			Path target = root.resolve(name);
			deleteTree(target);
			Files.move(staging, target);
		} catch (IOException e) {
			throw new ImageException("cannot import " + source + " as image " + name + ": " + e.getMessage(), e);
		} finally {
			try {
				deleteTree(staging);
			} catch (IOException e) {
				// staging is hidden and replaced by the next import
			}
		}
	}

	/** Builds the image's initramfs archive. */
	public InitramfsBuilder.Result build(String name, InitramfsBuilder builder, InitramfsBuilder.Compression compression)
			throws ImageException {
		checkName(name);
		if (!exists(name)) {
			throw new ImageException("there is no image " + name + " in " + root + " (wulf image import DIR " + name + ")");
		}
		InitramfsBuilder.Result result = builder.compression(compression).build(rootfs(name), archive(name, compression));
		for (InitramfsBuilder.Compression other : InitramfsBuilder.Compression.values()) {
			if (other != compression) {
				try { // an archive of the other format is stale now
					Files.deleteIfExists(archive(name, other));
				} catch (IOException e) {
					throw new ImageException("cannot remove the stale " + archive(name, other) + ": " + e.getMessage(), e);
				}
			}
		}
		return result;
	}

	/**
	 * Copies image {@code name} to {@code target} (root file system and built archive, with
	 * {@code cp -a}), through a hidden directory renamed when complete.
	 */
	public void copy(String name, String target) throws ImageException {
		checkName(name);
		checkName(target);
		if (!exists(name)) {
			throw new ImageException("there is no image " + name + " in " + root);
		}
		if (Files.exists(root.resolve(target), LinkOption.NOFOLLOW_LINKS)) {
			throw new ImageException("image " + target + " already exists in " + root + "; delete it first");
		}
		Path staging = root.resolve("." + target + ".copying");
		try {
			deleteTree(staging);
			copyTree(root.resolve(name), staging);
			Files.move(staging, root.resolve(target));
		} catch (IOException e) {
			throw new ImageException("cannot copy image " + name + " to " + target + ": " + e.getMessage(), e);
		} finally {
			try {
				deleteTree(staging);
			} catch (IOException e) {
				// hidden; replaced by the next copy
			}
		}
	}

	/** Renames image {@code name} to {@code target} in the store (one directory rename). */
	public void rename(String name, String target) throws ImageException {
		checkName(name);
		checkName(target);
		if (!exists(name)) {
			throw new ImageException("there is no image " + name + " in " + root);
		}
		if (Files.exists(root.resolve(target), LinkOption.NOFOLLOW_LINKS)) {
			throw new ImageException("image " + target + " already exists in " + root + "; delete it first");
		}
		try {
			Files.move(root.resolve(name), root.resolve(target), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new ImageException("cannot rename image " + name + " to " + target + ": " + e.getMessage(), e);
		}
	}

	public void delete(String name) throws ImageException {
		checkName(name);
		try {
			deleteTree(root.resolve(name));
		} catch (IOException e) {
			throw new ImageException("cannot delete image " + name + ": " + e.getMessage(), e);
		}
	}

	/** Records an imported image in the model (replacing an earlier record of that name) with its kernel. */
	public Image record(Cluster cluster, String name, String source) throws ImageException {
		Image image = find(cluster, name).orElseGet(() -> {
			Image created = WulfFactory.eINSTANCE.createImage();
			created.setName(name);
			cluster.getImages().add(created);
			return created;
		});
		image.setSource(source);
		image.getArtifacts().clear();
		Optional<KernelFinder.Kernel> kernel = KernelFinder.select(rootfs(name), null);
		image.setKernelVersion(kernel.map(KernelFinder.Kernel::version).orElse(null));
		image.setKernelPath(kernel.map(KernelFinder.Kernel::path).orElse(null));
		return image;
	}

	/** Records a built archive as the image's artifact, with its size and SHA-256. */
	public ImageArtifact recordBuild(Cluster cluster, String name, InitramfsBuilder.Result result) throws ImageException {
		Image image = find(cluster, name).orElseThrow(() -> new ImageException(
				"image " + name + " is in the store but not in the model; import it again"));
		// the kernel may have changed since the import (image exec installed one)
		Optional<KernelFinder.Kernel> kernel = KernelFinder.select(rootfs(name), null);
		image.setKernelVersion(kernel.map(KernelFinder.Kernel::version).orElse(null));
		image.setKernelPath(kernel.map(KernelFinder.Kernel::path).orElse(null));
		image.getArtifacts().clear(); // one build per image: the newest archive is what nodes boot
		ImageArtifact artifact = WulfFactory.eINSTANCE.createImageArtifact();
		artifact.setPath(result.archive().toAbsolutePath().toString());
		InitramfsBuilder.Compression compression = InitramfsBuilder.Compression.ofFile(result.archive().getFileName().toString());
		artifact.setFormat(compression != null ? compression.format() : ARTIFACT_FORMAT);
		artifact.setSize(result.archiveBytes());
		artifact.setSha256(sha256(result.archive()));
		artifact.setBuilt(new Date());
		image.getArtifacts().add(artifact);
		return artifact;
	}

	public static Optional<Image> find(Cluster cluster, String name) {
		return cluster.getImages().stream().filter(i -> name.equals(i.getName())).findFirst();
	}

	private static void checkName(String name) throws ImageException {
		if (!isValidName(name)) {
			throw new ImageException("'" + name + "' is not a valid image name: use letters, digits, '.', '_', '-' and ':'"
					+ " and start with a letter or digit");
		}
	}

	private static String sha256(Path file) throws ImageException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (IOException | NoSuchAlgorithmException e) {
			throw new ImageException("cannot checksum " + file + ": " + e.getMessage(), e);
		}
	}

	/** {@code cp -a SOURCE/. TARGET}: the tool that keeps owners, modes, hard links, devices and xattrs. */
	private static void copyTree(Path source, Path target) throws IOException {
		Process cp = new ProcessBuilder("cp", "-a", "--", source.toAbsolutePath() + "/.", target.toString())
				.redirectErrorStream(true).start();
		cp.getOutputStream().close();
		String output;
		try (InputStream out = cp.getInputStream()) {
			output = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		try {
			if (cp.waitFor() != 0) {
				throw new IOException("copying " + source + " to " + target + " failed: " + output);
			}
		} catch (InterruptedException e) {
			cp.destroy();
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("copying " + source + " was interrupted");
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		List<IOException> failures = new ArrayList<>();
		Files.walkFileTree(dir, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
				if (e != null) {
					failures.add(e);
				}
				Files.delete(d);
				return FileVisitResult.CONTINUE;
			}
		});
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
	}
}
