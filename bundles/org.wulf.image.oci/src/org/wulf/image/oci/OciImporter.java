package org.wulf.image.oci;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.wulf.image.ImageException;
import org.wulf.image.ImageStore;
import org.wulf.image.oci.internal.BlobCache;
import org.wulf.image.oci.internal.Digests;
import org.wulf.image.oci.internal.DockerArchiveSource;
import org.wulf.image.oci.internal.ImageSource;
import org.wulf.image.oci.internal.LayerApplier;
import org.wulf.image.oci.internal.LayoutSource;
import org.wulf.image.oci.internal.LocalFiles;
import org.wulf.image.oci.internal.RegistryClient;
import org.wulf.image.oci.internal.RegistrySource;

/**
 * Imports an OS image into the {@link ImageStore} from any source {@code wulf image import}
 * accepts: {@code docker://REF} (a registry), {@code oci:DIR[:TAG]} (an OCI layout),
 * {@code oci-archive:FILE[:TAG]}, {@code docker-archive:FILE[:TAG]} or a plain archive file
 * ({@code docker save} or OCI layout tar), or a root file system directory. Layers are applied
 * into a hidden staging directory that replaces the image only when complete, so a failed import
 * leaves the store as it was.
 */
public final class OciImporter {

	/** Progress: bytes downloaded plus bytes applied, of the total of both. */
	public interface Progress {
		void update(long done, long total);
	}

	/** What was imported. */
	public record Result(String name, String source, String digest, int layers, long bytes, List<String> warnings) {
		/** The source with the digest, as recorded in the model: {@code SOURCE@sha256:...}. */
		public String recordedSource() {
			return digest == null || source.contains("@sha256:") ? source : source + "@" + digest;
		}
	}

	private final ImageStore store;
	private boolean force;
	private boolean update;
	private Platform platform = Platform.current();
	private Credentials credentials;
	private boolean plainHttp;
	private Path cache;
	private Map<String, String> environment = System.getenv();
	private Progress progress = (done, total) -> {
	};
	private Consumer<String> warnings = w -> {
	};

	public OciImporter(ImageStore store) {
		this.store = store;
	}

	/** Replace an existing image of the name. */
	public OciImporter force(boolean value) {
		this.force = value;
		return this;
	}

	/** Apply the layers over an existing image's files instead of refusing. */
	public OciImporter update(boolean value) {
		this.update = value;
		return this;
	}

	public OciImporter platform(Platform value) {
		this.platform = value;
		return this;
	}

	/** Credentials for the registry; when null, those of the environment (WULF_OCI_*, WAREWULF_OCI_*) if any. */
	public OciImporter credentials(Credentials value) {
		this.credentials = value;
		return this;
	}

	/** Talk plain HTTP to the registry (loopback registries always are). */
	public OciImporter plainHttp(boolean value) {
		this.plainHttp = value;
		return this;
	}

	/** The blob cache directory (default $XDG_CACHE_HOME/wulf/oci or ~/.cache/wulf/oci). */
	public OciImporter cache(Path value) {
		this.cache = value;
		return this;
	}

	/** The environment to read credentials, proxies and the cache place from (default: the process's). */
	public OciImporter environment(Map<String, String> value) {
		this.environment = value;
		return this;
	}

	public OciImporter progress(Progress value) {
		this.progress = value;
		return this;
	}

	public OciImporter warnings(Consumer<String> value) {
		this.warnings = value;
		return this;
	}

	public Path cacheRoot() {
		return cache != null ? cache : BlobCache.defaultRoot(environment);
	}

	/** The image name a source gets when none is given: the repository's, layout's or file's last name. */
	public static String defaultName(String source) throws OciException {
		SourceSpec spec = SourceSpec.parse(source);
		String name = switch (spec.kind()) {
		case REGISTRY -> ImageReference.parse(spec.location()).shortName();
		default -> {
			Path file = Path.of(spec.location()).toAbsolutePath().normalize().getFileName();
			String base = file == null ? "image" : file.toString();
			yield base.replaceAll("\\.(tar|tar\\.gz|tgz|oci|docker)$", "");
		}
		};
		return name.replaceAll("[^A-Za-z0-9._:-]", "_");
	}

	/** Imports {@code source} as image {@code name}. */
	public Result importImage(String source, String name) throws ImageException {
		try {
			return importChecked(source, name);
		} catch (RuntimeException e) { // a library's unchecked failure still gets a message naming the source
			throw new OciException("importing " + source + " as image " + name + " failed: " + e, e);
		}
	}

	private Result importChecked(String source, String name) throws ImageException {
		if (!ImageStore.isValidName(name)) {
			throw new OciException("'" + name + "' is not a valid image name: use letters, digits, '.', '_', '-' and ':',"
					+ " starting with a letter or digit");
		}
		boolean exists = store.exists(name);
		if (exists && !force && !update) {
			throw new OciException("image " + name + " already exists in " + store.root()
					+ "; use --force to replace it or --update to apply the new layers over it");
		}
		SourceSpec spec = SourceSpec.parse(source);
		if (spec.kind() == SourceSpec.Kind.DIRECTORY) {
			store.importDirectory(Path.of(spec.location()), name, exists);
			return new Result(name, Path.of(spec.location()).toAbsolutePath().toString(), null, 0, 0, List.of());
		}
		List<String> warned = new ArrayList<>();
		Consumer<String> warn = w -> {
			warned.add(w);
			warnings.accept(w);
		};
		try (ImageSource image = open(spec)) {
			ImageSource.Resolved resolved = image.resolve(platform);
			boolean inPlace = exists && update && !force;
			Path staging = store.root().resolve("." + name + ".importing");
			Path rootfs = inPlace ? store.rootfs(name) : staging.resolve("rootfs");
			try {
				if (!inPlace) {
					LayerApplier.deleteTree(staging);
				}
				Files.createDirectories(rootfs);
				apply(resolved, rootfs, warn);
				if (!inPlace) {
					Path target = store.root().resolve(name);
					LayerApplier.deleteTree(target);
					Files.move(staging, target);
				}
			} catch (IOException e) {
				throw new OciException("importing " + source + " as image " + name + " failed: " + e.getMessage(), e);
			} finally {
				try {
					if (!inPlace && Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
						LayerApplier.deleteTree(staging);
					}
				} catch (IOException e) {
					warn.accept("could not remove the partial import " + staging + ": " + e.getMessage());
				}
			}
			return new Result(name, source, resolved.digest(), resolved.layers().size(), resolved.bytes(), warned);
		}
	}

	private ImageSource open(SourceSpec spec) throws OciException {
		Path path = spec.kind() == SourceSpec.Kind.REGISTRY ? null : Path.of(spec.location());
		try {
			return switch (spec.kind()) {
			case REGISTRY -> {
				ImageReference reference = ImageReference.parse(spec.location());
				Credentials given = credentials != null ? credentials : Credentials.fromEnvironment(environment);
				boolean http = plainHttp || "true".equalsIgnoreCase(environment.get("WAREWULF_OCI_NOHTTPS"))
						|| "true".equalsIgnoreCase(environment.get("WULF_OCI_NOHTTPS"));
				yield new RegistrySource(new RegistryClient(reference, given, http, false, environment), new BlobCache(cacheRoot()));
			}
			case LAYOUT -> {
				if (!Files.isDirectory(path)) {
					throw new OciException("OCI layout " + path + " is not a directory");
				}
				yield new LayoutSource(LocalFiles.directory(path), spec.tag());
			}
			case LAYOUT_ARCHIVE -> new LayoutSource(LocalFiles.tar(existing(path)), spec.tag());
			case DOCKER_ARCHIVE -> new DockerArchiveSource(LocalFiles.tar(existing(path)), spec.tag());
			case ARCHIVE -> {
				LocalFiles files = LocalFiles.tar(existing(path));
				if (files.exists("manifest.json")) {
					yield new DockerArchiveSource(files, spec.tag());
				}
				if (files.exists("index.json")) {
					yield new LayoutSource(files, spec.tag());
				}
				files.close();
				throw new OciException(path + " is neither a docker archive (no manifest.json) nor an OCI layout archive (no index.json)");
			}
			case DIRECTORY -> throw new IllegalStateException();
			};
		} catch (IOException e) {
			throw new OciException("cannot read " + path + " as a tar archive: " + e.getMessage(), e);
		}
	}

	private static Path existing(Path path) throws OciException {
		if (!Files.isRegularFile(path)) {
			throw new OciException("archive " + path + " does not exist or is not a file");
		}
		return path;
	}

	private void apply(ImageSource.Resolved resolved, Path rootfs, Consumer<String> warn) throws OciException, IOException {
		List<ImageSource.Layer> layers = resolved.layers();
		long applyTotal = resolved.bytes();
		long downloadTotal = layers.stream().filter(ImageSource.Layer::downloads).mapToLong(ImageSource.Layer::size).sum();
		long total = applyTotal + downloadTotal;
		AtomicLong done = new AtomicLong();
		Object lock = new Object();
		Consumer<Long> add = n -> {
			long now = done.addAndGet(n);
			synchronized (lock) {
				progress.update(Math.min(now, total), total);
			}
		};
		progress.update(0, total);
		ExecutorService downloads = Executors.newFixedThreadPool(Math.max(1, Math.min(4, layers.size())), r -> {
			Thread t = new Thread(r, "wulf-oci-download");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<?>> ready = new ArrayList<>();
			Map<String, Future<?>> byDigest = new java.util.HashMap<>(); // images may repeat a layer (empty ones)
			for (ImageSource.Layer layer : layers) {
				Future<?> same = layer.digest() != null ? byDigest.get(layer.digest()) : null;
				if (same != null) {
					add.accept(layer.downloads() ? layer.size() : 0); // counted once, shown done
					ready.add(same);
					continue;
				}
				Future<?> future = downloads.submit(() -> {
					layer.prepare(add::accept);
					return null;
				});
				ready.add(future);
				if (layer.digest() != null) {
					byDigest.put(layer.digest(), future);
				}
			}
			LayerApplier applier = new LayerApplier(rootfs, warn);
			for (int i = 0; i < layers.size(); i++) {
				ImageSource.Layer layer = layers.get(i);
				waitFor(ready.get(i));
				String label = layer.digest() != null ? layer.digest() : "#" + (i + 1);
				try (InputStream raw = layer.open()) {
					Counting counted = new Counting(raw, add);
					InputStream checked = layer.digest() != null
							? new Digests.Verifying(counted, layer.digest(), layer.size(), "layer " + (i + 1) + " (" + label + ")")
							: counted;
					InputStream tar = LayerApplier.decompress(checked);
					if (layer.diffId() != null) {
						tar = new Digests.Verifying(tar, layer.diffId(), -1, "layer " + (i + 1) + " (diff id " + layer.diffId() + ")");
					}
					applier.apply(label, tar);
					if (tar instanceof Digests.Verifying v) {
						v.drainAndCheck();
					}
					if (checked instanceof Digests.Verifying v) {
						v.drainAndCheck();
					}
				}
			}
		} finally {
			downloads.shutdownNow();
		}
	}

	private static void waitFor(Future<?> future) throws OciException {
		try {
			future.get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof OciException oci) {
				throw oci;
			}
			throw new OciException(String.valueOf(e.getCause().getMessage()), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OciException("the import was interrupted", e);
		}
	}

	/** Counts the raw bytes read for the progress. */
	private static final class Counting extends java.io.FilterInputStream {
		private final Consumer<Long> add;

		Counting(InputStream in, Consumer<Long> add) {
			super(in);
			this.add = add;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				add.accept(1L);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = in.read(b, off, len);
			if (n > 0) {
				add.accept((long) n);
			}
			return n;
		}
	}
}
