package org.wulf.overlay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.wulf.overlay.internal.Digests;
import org.wulf.overlay.internal.NodeImage;
import org.wulf.overlay.internal.OverlayPath;
import org.wulf.overlay.internal.RecordingData;
import org.wulf.overlay.internal.SourceSnapshot;
import org.wulf.overlay.internal.SplicingGzipOutputStream;
import org.wulf.overlay.internal.TemplateRendering;

/**
 * Builds each node's system and runtime overlay images ({@code PROVISION/overlays/NODE/__SYSTEM__.img.gz}
 * and {@code __RUNTIME__.img.gz}): the node's overlays merged in order (later ones win), {@code .ww}
 * templates rendered with the node's {@link TemplateData} (honouring {@code file}, {@code softlink},
 * {@code abort} and {@code nobackup}), other files, directories and links copied with their mode and
 * owner; written as newc cpio + gzip from memory and renamed into place.
 *
 * <p>Nodes are built in parallel by a pool of workers. A build is incremental: an image is skipped
 * when it exists and the digest of its inputs equals the one recorded when it was built. The inputs
 * tracked are: the node's template data except the build time (its effective fields, the server and
 * configuration sections), every node's data when a template of the node's overlays mentions
 * {@code AllNodes}, the list of overlays, and for each overlay file its path, type, mode, owner,
 * size, modification time and link target. Not tracked: files read by {@code Include} and
 * {@code IncludeFrom} (rebuild with {@code force} after changing them).</p>
 *
 * <p>One failing node (a template error names overlay, template, line:column and node) does not
 * stop the others; the report lists every failure.</p>
 */
public final class OverlayBuilder {

	/** Reports progress: nodes finished (built, skipped or failed) out of the total. */
	@FunctionalInterface
	public interface Progress {
		void done(int finished, int total);
	}

	/** Changes when the image layout changes, so old images are rebuilt. */
	private static final String FORMAT = "wulf-overlay-1";

	private final OverlayStore store;
	private final Path provisionDir;
	private final TemplateHost host;
	private final Map<String, Object> nodeLocks = new ConcurrentHashMap<>();

	public OverlayBuilder(OverlayStore store, Path provisionDir, TemplateHost host) {
		this.store = store;
		this.provisionDir = provisionDir;
		this.host = host;
	}

	/**
	 * @return {@code $WULF_PROVISION} if set, else {@code provision} beside the image store (built
	 *         images then live in {@code provision/overlays/NODE/})
	 */
	public static Path defaultProvisionDir(Path imageStore) {
		String fromEnvironment = System.getenv("WULF_PROVISION");
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return Path.of(fromEnvironment);
		}
		return imageStore.toAbsolutePath().resolveSibling("provision");
	}

	public Path provisionDir() {
		return provisionDir;
	}

	/** @return the built image of a node (which may not exist yet) */
	public Path image(String node, OverlayContext context) {
		return context.image(provisionDir, node);
	}

	/**
	 * Builds the images of these nodes with {@code workers} threads.
	 *
	 * @param force rebuild even when the inputs are unchanged
	 */
	public BuildReport build(TemplateData data, Collection<String> nodes, int workers, boolean force, Progress progress) {
		Run run = new Run(data, new OverlaySources(store), Instant.ofEpochSecond(Instant.now().getEpochSecond()));
		List<String> names = List.copyOf(nodes);
		AtomicInteger finished = new AtomicInteger();
		AtomicInteger built = new AtomicInteger();
		AtomicInteger skipped = new AtomicInteger();
		AtomicLong bytes = new AtomicLong();
		ConcurrentLinkedQueue<BuildReport.Failure> failures = new ConcurrentLinkedQueue<>();
		int threads = Math.max(1, Math.min(workers <= 0 ? Runtime.getRuntime().availableProcessors() : workers, names.size()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread thread = new Thread(r, "wulf-overlay-build");
			thread.setDaemon(true);
			return thread;
		});
		try {
			for (String node : names) {
				pool.execute(() -> {
					try {
						long written = buildNode(run, node, force);
						if (written < 0) {
							skipped.incrementAndGet();
						} else {
							built.incrementAndGet();
							bytes.addAndGet(written);
						}
					} catch (OverlayException e) {
						failures.add(new BuildReport.Failure(node, e.getMessage()));
					} catch (RuntimeException e) {
						failures.add(new BuildReport.Failure(node, "node " + node + ": " + e));
					} finally {
						progress.done(finished.incrementAndGet(), names.size());
					}
				});
			}
		} finally {
			pool.shutdown();
			try {
				while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
					// keep waiting: every node is reported
				}
			} catch (InterruptedException e) {
				pool.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
		List<BuildReport.Failure> sorted = new ArrayList<>(failures);
		sorted.sort(Comparator.comparing(BuildReport.Failure::node));
		return new BuildReport(built.get(), skipped.get(), List.copyOf(sorted), bytes.get());
	}

	/**
	 * Builds one node's images now if they are missing or their inputs changed (the server's
	 * autobuild); requests for other nodes are not held up, requests for the same node wait.
	 *
	 * @return true if the images were built, false if they were current
	 */
	public boolean buildIfStale(TemplateData data, String node) throws OverlayException {
		Run run = new Run(data, new OverlaySources(store), Instant.ofEpochSecond(Instant.now().getEpochSecond()));
		return buildNode(run, node, false) >= 0;
	}

	/** @return the bytes written, or -1 when both images were current */
	private long buildNode(Run run, String node, boolean force) throws OverlayException {
		if (!run.data.hasNode(node)) {
			throw new OverlayException("there is no node " + node);
		}
		synchronized (nodeLocks.computeIfAbsent(node, n -> new Object())) {
			Map<OverlayContext, List<SourceSnapshot>> sources = new EnumMap<>(OverlayContext.class);
			StringBuilder inputs = new StringBuilder();
			for (OverlayContext context : OverlayContext.values()) {
				List<SourceSnapshot> snapshots = new ArrayList<>();
				for (String overlay : context.overlays(run.data.effective(node).values())) {
					try {
						snapshots.add(run.sources.get(overlay));
					} catch (OverlayException e) {
						throw new OverlayException("node " + node + ": " + context.name().toLowerCase() + " overlay " + overlay + ": "
								+ e.getMessage(), e);
					}
				}
				sources.put(context, snapshots);
				inputs.append(inputsDigest(run.data, node, context, snapshots)).append('\n');
			}
			String digest = Digests.sha256(inputs.toString());
			Path stamp = inputsStamp(node);
			// the images' existence first: a first build then reads no stamp (a missing file costs an exception)
			boolean imagesExist = Files.exists(image(node, OverlayContext.SYSTEM)) && Files.exists(image(node, OverlayContext.RUNTIME));
			if (!force && imagesExist && digest.equals(recorded(stamp))) {
				return -1;
			}
			Map<OverlayContext, NodeImage> images = new EnumMap<>(OverlayContext.class);
			for (OverlayContext context : OverlayContext.values()) {
				images.put(context, assemble(run, node, sources.get(context)));
			}
			long written = 0;
			try {
				Path directory = stamp.getParent();
				if (!imagesExist && !Files.isDirectory(directory)) { // createDirectories throws (and catches) when it exists
					Files.createDirectories(directory);
				}
				for (OverlayContext context : OverlayContext.values()) {
					written += images.get(context).writeAtomically(image(node, context), true);
				}
				writeStamp(stamp, digest);
			} catch (IOException e) {
				throw new OverlayException("node " + node + ": cannot write its overlay images in " + stamp.getParent() + ": "
						+ e.getMessage(), e);
			}
			return written;
		}
	}

	private static String inputsDigest(TemplateData data, String node, OverlayContext context, List<SourceSnapshot> sources) {
		StringBuilder text = new StringBuilder(FORMAT).append('\n').append(context).append('\n');
		boolean allNodes = false;
		for (SourceSnapshot source : sources) {
			text.append(source.digest()).append('\n');
			allNodes |= source.usesAllNodes();
		}
		text.append(data.digest(node, allNodes));
		return Digests.sha256(text.toString());
	}

	/** @return the file recording the digest of the inputs both images of a node were built from */
	private Path inputsStamp(String node) {
		return provisionDir.resolve("overlays").resolve(node).resolve(".inputs");
	}

	private static String recorded(Path stamp) {
		try {
			return Files.readString(stamp, StandardCharsets.US_ASCII).trim();
		} catch (NoSuchFileException e) {
			return null;
		} catch (IOException e) {
			return null; // unreadable: rebuild
		}
	}

	private static void writeStamp(Path stamp, String digest) throws IOException {
		Path temporary = NodeImage.temporaryBeside(stamp);
		boolean moved = false;
		try {
			Files.writeString(temporary, digest + "\n", StandardCharsets.US_ASCII);
			Files.move(temporary, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			moved = true;
		} finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/** Merges a node's overlays of one context into an image in memory. */
	private NodeImage assemble(Run run, String node, List<SourceSnapshot> sources) throws OverlayException {
		NodeImage image = new NodeImage();
		RecordingData data = null;
		long now = run.buildTime.getEpochSecond();
		for (SourceSnapshot source : sources) {
			String overlay = source.overlay().name();
			for (OverlayEntry entry : source.entries()) {
				long mtime = entry.mtimeMillis() / 1000;
				switch (entry.kind()) {
				case DIRECTORY -> {
					if (!entry.path().equals("/")) {
						image.directory(entry.path(), entry.mode(), entry.uid(), entry.gid(), mtime);
					}
				}
				case SYMLINK -> {
					backup(image, entry.path(), true);
					image.symlink(entry.path(), entry.target(), entry.uid(), entry.gid(), mtime);
				}
				case FILE -> {
					if (!entry.isTemplate()) {
						byte[] content = source.content(entry.path());
						image.file(entry.path(), content, run.compressed(content), entry.mode(), entry.uid(), entry.gid(), mtime);
						continue;
					}
					if (data == null) {
						data = run.data.fillForNode(new RecordingData(run.data.capacityForNode(node)), node, run.buildTime);
					}
					RenderedOutput output = render(run, node, overlay, entry, source, data);
					boolean shared = run.nodeIndependent.get(overlay + "\0" + entry.path()) == output;
					if (output.aborted()) {
						continue;
					}
					String directory = entry.path().substring(0, entry.path().lastIndexOf('/') + 1);
					for (RenderedOutput.File file : output.files()) {
						String path = file.path().startsWith("/") ? file.path() : directory + file.path();
						String inside = "/" + OverlayPath.normalize(overlay, path); // refuses ".." out of the image
						backup(image, inside, output.backup());
						if (file.symlinkTarget() != null) {
							image.symlink(inside, file.symlinkTarget(), entry.uid(), entry.gid(), now);
						} else {
							image.file(inside, file.content(), shared ? run.compressed(file.content()) : null, entry.mode(), entry.uid(),
									entry.gid(), now);
						}
					}
				}
				default -> {
					// devices, FIFOs, sockets: not part of overlays
				}
				}
			}
		}
		return image;
	}

	/** As Warewulf: a file replaced by a later overlay is kept once as {@code NAME.wwbackup}, unless nobackup. */
	private static void backup(NodeImage image, String path, boolean backup) {
		if (backup) {
			image.keepBackup(path);
		}
	}

	private RenderedOutput render(Run run, String node, String overlay, OverlayEntry entry, SourceSnapshot source,
			RecordingData data) throws OverlayException {
		String key = overlay + "\0" + entry.path();
		RenderedOutput shared = run.nodeIndependent.get(key);
		if (shared != null) {
			return shared;
		}
		data.put("Overlay", overlay);
		data.put("BuildSource", source.overlay().rootfs().resolve(entry.path().substring(1)).toString());
		data.reset();
		RenderedOutput output = TemplateRendering.render(run.parsed(overlay, entry.path(), source, node), data, node, host);
		if (data.readOnly(run.independentKeys)) {
			run.nodeIndependent.putIfAbsent(key, output);
		}
		return output;
	}

	/** What one build run shares between its nodes. */
	private static final class Run {
		final TemplateData data;
		final OverlaySources sources;
		final Instant buildTime;
		final Set<String> independentKeys;
		/** Outputs of templates that read nothing node-specific: rendered once per run. */
		final Map<String, RenderedOutput> nodeIndependent = new ConcurrentHashMap<>();

		/** Templates parsed once per run (the overlay's content is fixed for the run), keyed by overlay and path. */
		final Map<String, TemplateRendering.Parsed> parsed = new ConcurrentHashMap<>();

		/** Large contents every image of the run shares, compressed once (keyed by the array itself). */
		final Map<byte[], SplicingGzipOutputStream.Compressed> compressed = new ConcurrentHashMap<>();

		Run(TemplateData data, OverlaySources sources, Instant buildTime) {
			this.data = data;
			this.sources = sources;
			this.buildTime = buildTime;
			this.independentKeys = data.nodeIndependentKeys();
		}

		/** The template at {@code path} of this overlay, parsed by the first node that needs it. */
		TemplateRendering.Parsed parsed(String overlay, String path, SourceSnapshot source, String node) throws OverlayTemplateException {
			String key = overlay + "\0" + path;
			TemplateRendering.Parsed template = parsed.get(key);
			if (template == null) {
				// a parse error is not cached: every node whose build meets it reports it, naming itself
				template = TemplateRendering.parse(overlay, path, new String(source.content(path), StandardCharsets.UTF_8), node);
				TemplateRendering.Parsed raced = parsed.putIfAbsent(key, template);
				template = raced != null ? raced : template;
			}
			return template;
		}

		SplicingGzipOutputStream.Compressed compressed(byte[] content) {
			if (content == null || content.length < NodeImage.SPLICE_THRESHOLD) {
				return null;
			}
			return compressed.computeIfAbsent(content, SplicingGzipOutputStream::compress);
		}
	}
}
