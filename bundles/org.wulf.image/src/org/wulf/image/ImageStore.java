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
			Process cp = new ProcessBuilder("cp", "-a", "--", source.toAbsolutePath() + "/.", staging.resolve("rootfs").toString())
					.redirectErrorStream(true).start();
			cp.getOutputStream().close();
			String output;
			try (InputStream out = cp.getInputStream()) {
				output = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
			}
			if (cp.waitFor() != 0) {
				throw new ImageException("copying " + source + " into the image store failed: " + output);
			}
			Path target = root.resolve(name);
			deleteTree(target);
			Files.move(staging, target);
		} catch (IOException e) {
			throw new ImageException("cannot import " + source + " as image " + name + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ImageException("the import of " + name + " was interrupted", e);
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
		image.getArtifacts().clear(); // one build per image: the newest archive is what nodes boot
		ImageArtifact artifact = WulfFactory.eINSTANCE.createImageArtifact();
		artifact.setPath(result.archive().toAbsolutePath().toString());
		artifact.setFormat(result.archive().toString().endsWith(".gz") ? ARTIFACT_FORMAT : "newc");
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
