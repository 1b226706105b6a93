package org.wulf.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.image.ImageException;
import org.wulf.image.ImageStore;
import org.wulf.image.InitramfsBuilder;
import org.wulf.image.KernelFinder;
import org.wulf.image.exec.Bind;
import org.wulf.image.exec.ImageSession;
import org.wulf.model.Cluster;
import org.wulf.model.Image;
import org.wulf.model.ImageArtifact;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wulf image}: the OS images nodes boot, as {@code wwctl image}. */
@Command(name = "image", aliases = { "vnfs", "container" }, mixinStandardHelpOptions = true,
		description = "Import, build, list, run commands in and delete OS images.",
		subcommands = { ImageImportCommand.class, ImageCommand.Build.class, ImageCommand.ListImages.class,
				ImageCommand.Show.class, ImageCommand.Kernels.class, ImageCommand.Delete.class, ImageCommand.Copy.class,
				ImageCommand.Rename.class, ImageCommand.Exec.class, ImageCommand.Shell.class })
public final class ImageCommand implements Runnable {

	@ParentCommand
	WulfCommand root;

	@Override
	public void run() {
		new picocli.CommandLine(this).usage(root.out());
	}

	static CliFailure failure(ImageException e) {
		return new CliFailure(e.getMessage(), e);
	}

	@Command(name = "build", mixinStandardHelpOptions = true,
			description = { "Build the bootable initramfs archive (newc cpio; gzip on all cores, zstd or none) of images.",
					"An image whose archive is newer than every change in its root file system is skipped unless --force." })
	static final class Build implements Runnable {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
		@Option(names = { "-a", "--all" }, description = "build every image of the store")
		boolean all;
		@Option(names = { "-f", "--force" }, description = "build even when the archive is up to date")
		boolean force;
		@Option(names = "--mtime", paramLabel = "EPOCH",
				description = "give every entry this modification time, for byte-identical rebuilds (default: $SOURCE_DATE_EPOCH if set)")
		Long mtime;
		@Option(names = "--compression", paramLabel = "gzip|zstd|none", defaultValue = "gzip",
				description = "archive compression (default ${DEFAULT-VALUE}); zstd unpacks faster on the node (kernel 5.9+),"
						+ " none trades size for build time")
		String compression;
		@Option(names = "--level", paramLabel = "N", description = "compression level (gzip 0-9, default 6; zstd 1-19, default 3)")
		Integer level;
		@Option(names = "--threads", paramLabel = "N", description = "compressing threads (default: one per core)")
		Integer threads;
		@Parameters(arity = "0..*", paramLabel = "NAME")
		List<String> names;

		@Override
		public void run() {
			InitramfsBuilder.Compression chosen;
			try {
				chosen = InitramfsBuilder.Compression.named(compression);
			} catch (ImageException e) {
				throw new CliFailure("--compression: " + e.getMessage());
			}
			if (threads != null && threads < 1) {
				throw new CliFailure("--threads: " + threads + " is not a thread count (1 or more)");
			}
			Long fixed = mtime;
			String epoch = System.getenv("SOURCE_DATE_EPOCH");
			if (fixed == null && epoch != null && epoch.matches("\\d+")) {
				fixed = Long.parseLong(epoch);
			}
			ImageStore store = storeOption.store();
			List<String> chosenNames;
			try {
				chosenNames = targets(store, all, names);
			} catch (ImageException e) {
				throw failure(e);
			}
			for (String name : chosenNames) {
				try {
					if (!force && store.isUpToDate(name, chosen)) {
						parent.root.out().println("image " + name + " is up to date (" + store.archive(name, chosen)
								+ " is newer than its root file system); not rebuilt (use --force)");
						continue;
					}
				} catch (ImageException e) {
					throw failure(e);
				}
				InitramfsBuilder builder = new InitramfsBuilder().fixedMtime(fixed).level(level);
				if (threads != null) {
					builder.threads(threads);
				}
				buildWith(parent.root, store, name, builder, chosen);
			}
		}

		static List<String> targets(ImageStore store, boolean all, List<String> names) throws ImageException {
			if (all) {
				List<String> every = store.names();
				if (every.isEmpty()) {
					throw new ImageException("there are no images in " + store.root());
				}
				return every;
			}
			if (names == null || names.isEmpty()) {
				throw new ImageException("name the images to build, or use --all");
			}
			return names;
		}

		/** Builds with the defaults (kept for callers such as {@code image import --build}). */
		static void build(WulfCommand root, ImageStore store, String name, Long mtime, InitramfsBuilder.Compression compression) {
			buildWith(root, store, name, new InitramfsBuilder().fixedMtime(mtime), compression);
		}

		static void buildWith(WulfCommand root, ImageStore store, String name, InitramfsBuilder builder,
				InitramfsBuilder.Compression compression) {
			ProgressBar bar = new ProgressBar(root.err(), "building " + name);
			long started = System.nanoTime();
			InitramfsBuilder.Result result;
			try {
				result = store.build(name, builder.progress(bar::update), compression);
			} catch (ImageException e) {
				throw failure(e);
			}
			root.session().change(cluster -> {
				try {
					if (ImageStore.find(cluster, name).isEmpty()) { // in the store but never recorded (copied in by hand)
						store.record(cluster, name, store.rootfs(name).toString());
					}
					store.recordBuild(cluster, name, result);
				} catch (ImageException e) {
					throw failure(e);
				}
			}, true);
			root.out().printf("built image %s: %s (%d entries, %s of files, %s archive) in %.1f s%n", name, result.archive(),
					result.entries(), ProgressBar.size(result.dataBytes()), ProgressBar.size(result.archiveBytes()),
					(System.nanoTime() - started) / 1e9);
		}
	}

	@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true,
			description = "List the images: name, nodes, kernel, archive size and build time (flags choose other columns).")
	static final class ListImages implements Runnable {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
		@Option(names = { "-l", "--long" }, description = "every column")
		boolean longFormat;
		@Option(names = { "-k", "--kernel" }, description = "name and kernel")
		boolean kernel;
		@Option(names = { "-s", "--size" }, description = "name and archive size")
		boolean size;
		@Option(names = { "-c", "--chroot" }, description = "name and root file system size")
		boolean chroot;
		@Option(names = "--compressed", description = "name, compressed archive size and format")
		boolean compressed;

		@Override
		public void run() {
			Cluster cluster = parent.root.session().read();
			ImageStore store = storeOption.store();
			TreeSet<String> names = new TreeSet<>();
			cluster.getImages().forEach(i -> names.add(i.getName()));
			try {
				names.addAll(store.names());
			} catch (ImageException e) {
				throw failure(e);
			}
			LinkedHashSet<String> columns = new LinkedHashSet<>();
			columns.add("IMAGE NAME");
			if (longFormat) {
				columns.addAll(List.of("NODES", "KERNEL VERSION", "FORMAT", "SIZE", "CHROOT SIZE", "BUILT"));
			} else if (!kernel && !size && !chroot && !compressed) {
				columns.addAll(List.of("NODES", "KERNEL VERSION", "SIZE", "BUILT"));
			}
			if (kernel) {
				columns.add("KERNEL VERSION");
			}
			if (size) {
				columns.add("SIZE");
			}
			if (compressed) {
				columns.addAll(List.of("COMPRESSED SIZE", "FORMAT"));
			}
			if (chroot) {
				columns.add("CHROOT SIZE");
			}
			List<EffectiveNode> effective = new ArrayList<>();
			NodeResolver resolver = new NodeResolver(cluster);
			cluster.getNodes().forEach(n -> effective.add(resolver.resolve(n)));
			Table table = new Table(columns.toArray(String[]::new));
			SimpleDateFormat date = new SimpleDateFormat("yyyy-MM-dd HH:mm");
			for (String name : names) {
				Optional<Image> image = ImageStore.find(cluster, name);
				ImageArtifact artifact = image.flatMap(i -> i.getArtifacts().stream().reduce((a, b) -> b)).orElse(null);
				String state = !store.exists(name) ? "(not in store)" : image.isEmpty() ? "(not in model)" : null;
				List<String> row = new ArrayList<>();
				for (String column : columns) {
					row.add(switch (column) {
					case "IMAGE NAME" -> name;
					case "NODES" -> String.valueOf(effective.stream().filter(n -> name.equals(n.values().getImage())).count());
					case "KERNEL VERSION" -> image.map(Image::getKernelVersion).orElse(null);
					case "FORMAT" -> artifact != null ? artifact.getFormat() : null;
					case "SIZE" -> artifact != null ? ProgressBar.size(artifact.getSize()) : null;
					case "COMPRESSED SIZE" -> artifact != null && artifact.getFormat() != null && artifact.getFormat().contains("+")
							? ProgressBar.size(artifact.getSize()) : null;
					case "CHROOT SIZE" -> chrootSize(store, name);
					case "BUILT" -> state != null ? state
							: artifact != null && artifact.getBuilt() != null ? date.format(artifact.getBuilt()) : "not built";
					default -> null;
					});
				}
				table.add(row.toArray(String[]::new));
			}
			table.print(parent.root.out());
		}

		private static String chrootSize(ImageStore store, String name) {
			try {
				return store.exists(name) ? ProgressBar.size(store.rootfsSize(name)) : null;
			} catch (ImageException e) {
				return "(" + e.getMessage() + ")";
			}
		}
	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "Show an image's details.")
	static final class Show implements Runnable {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
		@Option(names = { "-a", "--all" }, description = "also the root file system directory, its kernels and excludes")
		boolean all;
		@Parameters(paramLabel = "NAME")
		String name;

		@Override
		public void run() {
			Cluster cluster = parent.root.session().read();
			ImageStore store = storeOption.store();
			Image image = ImageStore.find(cluster, name)
					.orElseThrow(() -> new CliFailure("there is no image " + name + " in the model (wulf image list)"));
			var out = parent.root.out();
			out.println("name:     " + image.getName());
			out.println("source:   " + image.getSource());
			out.println("kernel:   " + (image.getKernelVersion() == null ? "--" : image.getKernelVersion() + " " + image.getKernelPath()));
			for (ImageArtifact artifact : image.getArtifacts()) {
				out.println("artifact: " + artifact.getPath() + " " + artifact.getFormat() + " " + ProgressBar.size(artifact.getSize())
						+ " sha256 " + artifact.getSha256() + (Files.exists(Path.of(artifact.getPath())) ? "" : " (missing)"));
			}
			out.println("used by:  " + String.join(", ", users(cluster, name)));
			if (all) {
				out.println("rootfs:   " + store.rootfs(name) + (store.exists(name) ? "" : " (missing)"));
				if (store.exists(name)) {
					try {
						for (KernelFinder.Kernel kernel : KernelFinder.find(store.rootfs(name))) {
							out.println("kernels:  " + kernel.version() + " " + kernel.path());
						}
						out.println("excludes: " + String.join(" ", org.wulf.image.ExcludePatterns.of(store.rootfs(name)).globs()));
					} catch (ImageException e) {
						throw failure(e);
					}
				}
			}
		}
	}

	@Command(name = "kernels", aliases = "kernel", mixinStandardHelpOptions = true,
			description = { "List the kernels inside images, the default of each image and how many nodes boot each.",
					"A node boots its image's default kernel unless its kernel version names another"
							+ " (a version prefix or an absolute path inside the image)." })
	static final class Kernels implements Runnable {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
		@Parameters(arity = "0..*", paramLabel = "NAME", description = "images (default: all)")
		List<String> names;

		@Override
		public void run() {
			ImageStore store = storeOption.store();
			Cluster cluster = parent.root.session().read();
			NodeResolver resolver = new NodeResolver(cluster);
			List<EffectiveNode> nodes = new ArrayList<>();
			for (Node node : cluster.getNodes()) {
				nodes.add(resolver.resolve(node));
			}
			Table table = new Table("IMAGE", "KERNEL", "VERSION", "DEFAULT", "NODES");
			try {
				for (String name : names == null || names.isEmpty() ? store.names() : names) {
					if (!store.exists(name)) {
						throw new CliFailure("there is no image " + name + " in " + store.root());
					}
					Path rootfs = store.rootfs(name);
					List<KernelFinder.Kernel> kernels = KernelFinder.find(rootfs);
					Optional<KernelFinder.Kernel> fallback = KernelFinder.defaultKernel(kernels);
					for (KernelFinder.Kernel kernel : kernels) {
						long count = nodes.stream().filter(n -> name.equals(n.values().getImage()))
								.filter(n -> KernelFinder.select(rootfs, kernels, n.values().getKernelVersion())
										.map(k -> k.path().equals(kernel.path())).orElse(false))
								.count();
						table.add(name, kernel.path(), kernel.version(),
								String.valueOf(fallback.map(k -> k.path().equals(kernel.path())).orElse(false)), String.valueOf(count));
					}
				}
			} catch (ImageException e) {
				throw failure(e);
			}
			table.print(parent.root.out());
		}
	}

	@Command(name = "delete", aliases = { "rm", "remove", "del" }, mixinStandardHelpOptions = true,
			description = "Delete images from the store and the model.")
	static final class Delete implements Runnable {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
		@Option(names = { "-y", "--yes" }, description = "delete without asking")
		boolean yes;
		@Option(names = { "-f", "--force" }, description = "delete even when nodes or profiles use the image")
		boolean force;
		@Parameters(arity = "1..*", paramLabel = "NAME")
		List<String> names;

		@Override
		public void run() {
			ImageStore store = storeOption.store();
			parent.root.session().change(cluster -> {
				for (String name : names) {
					if (ImageStore.find(cluster, name).isEmpty() && !store.exists(name)) {
						throw new CliFailure("there is no image " + name + " (wulf image list)");
					}
					List<String> users = users(cluster, name);
					if (!users.isEmpty() && !force) {
						throw new CliFailure("image " + name + " is used by " + String.join(", ", users)
								+ "; change them first or delete with --force");
					}
				}
				if (!yes && !Confirmation.ask(parent.root, "Delete image" + (names.size() > 1 ? "s " : " ") + String.join(", ", names) + "?")) {
					throw new CliFailure("not deleted (confirm with --yes)");
				}
				for (String name : names) {
					cluster.getImages().removeIf(i -> name.equals(i.getName()));
				}
			}, true);
			for (String name : names) {
				try {
					store.delete(name);
				} catch (ImageException e) {
					throw failure(e);
				}
				parent.root.out().println("deleted image " + name);
			}
		}
	}

	@Command(name = "copy", aliases = "cp", mixinStandardHelpOptions = true,
			description = "Copy an image (root file system and archive) under a new name.")
	static final class Copy implements Runnable {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
		@Option(names = { "-b", "--build" }, description = "build the copy right away")
		boolean build;
		@Parameters(index = "0", paramLabel = "NAME")
		String name;
		@Parameters(index = "1", paramLabel = "NEW_NAME")
		String target;

		@Override
		public void run() {
			ImageStore store = storeOption.store();
			try {
				store.copy(name, target);
			} catch (ImageException e) {
				throw failure(e);
			}
			parent.root.session().change(cluster -> renameRecord(store, cluster, name, target, true), true);
			parent.root.out().println("copied image " + name + " to " + target);
			if (build) {
				Build.build(parent.root, store, target, null, InitramfsBuilder.Compression.GZIP);
			}
		}
	}

	@Command(name = "rename", aliases = "mv", mixinStandardHelpOptions = true,
			description = "Rename an image; nodes and profiles that use it are changed to the new name.")
	static final class Rename implements Runnable {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
		@Option(names = { "-b", "--build" }, description = "rebuild the image after renaming")
		boolean build;
		@Parameters(index = "0", paramLabel = "NAME")
		String name;
		@Parameters(index = "1", paramLabel = "NEW_NAME")
		String target;

		@Override
		public void run() {
			ImageStore store = storeOption.store();
			try {
				store.rename(name, target);
			} catch (ImageException e) {
				throw failure(e);
			}
			parent.root.session().change(cluster -> {
				renameRecord(store, cluster, name, target, false);
				for (NodeSettings settings : cluster.getProfiles()) {
					if (name.equals(settings.getImage())) {
						settings.setImage(target);
					}
				}
				for (NodeSettings settings : cluster.getNodes()) {
					if (name.equals(settings.getImage())) {
						settings.setImage(target);
					}
				}
			}, true);
			parent.root.out().println("renamed image " + name + " to " + target);
			if (build) {
				Build.build(parent.root, store, target, null, InitramfsBuilder.Compression.GZIP);
			}
		}
	}

	/** Options {@code image exec} and {@code image shell} share. */
	static final class SessionOptions {
		@Option(names = { "-b", "--bind" }, paramLabel = "SRC[:DST[:ro]]",
				description = "bind a host path into the image while the command runs (repeatable); /etc/resolv.conf is bound read-only by default")
		List<String> binds = new ArrayList<>();
		@Option(names = "--build", negatable = true, defaultValue = "true", fallbackValue = "true",
				description = "rebuild the image afterwards if anything in it changed (default ${DEFAULT-VALUE})")
		boolean build;
		@Option(names = "--no-resolv-conf", description = "do not bind the host's /etc/resolv.conf")
		boolean noResolvConf;

		int run(WulfCommand root, ImageStore store, String name, List<String> command, boolean interactive) {
			if (!store.exists(name)) {
				throw new CliFailure("there is no image " + name + " in " + store.root() + " (wulf image list)");
			}
			ImageSession session = new ImageSession(name, store.rootfs(name));
			try {
				for (String spec : binds) {
					session.bind(Bind.parse(spec));
				}
			} catch (ImageException e) {
				throw new CliFailure("--bind: " + e.getMessage());
			}
			if (!noResolvConf) {
				session.bindResolvConf();
			}
			Map<String, String> environment = new HashMap<>();
			environment.put("WW_IMAGE_SHELL", name);
			environment.put("WW_CONTAINER_SHELL", name);
			environment.put("PS1", "[wulf image " + name + "] \\w# ");
			String term = System.getenv("TERM");
			if (term != null) {
				environment.put("TERM", term);
			}
			ImageSession.Outcome outcome;
			try {
				outcome = session.run(command, environment, interactive ? null : root.out(), interactive ? null : root.err());
			} catch (ImageException e) {
				throw failure(e);
			} finally {
				session.notes().forEach(note -> root.err().println("wulf: " + note));
			}
			if (outcome.changed() && build) {
				InitramfsBuilder.Compression compression = store.builtArchive(name)
						.map(p -> InitramfsBuilder.Compression.ofFile(p.getFileName().toString()))
						.orElse(InitramfsBuilder.Compression.GZIP);
				root.err().println("wulf: image " + name + " changed; rebuilding it");
				Build.buildWith(root, store, name, new InitramfsBuilder(), compression);
			} else if (outcome.changed()) {
				root.err().println("wulf: image " + name + " changed; build it before nodes boot it (wulf image build " + name + ")");
			}
			return outcome.exitCode();
		}
	}

	@Command(name = "exec", mixinStandardHelpOptions = true,
			description = { "Run a command inside an image (Linux, root): new mount, PID and UTS namespaces, /proc, /sys, /dev"
					+ " and /run mounted, then chroot. The image is rebuilt afterwards if the command changed it.",
					"Put the command after --: wulf image exec rocky-9 -- dnf -y install vim" })
	static final class Exec implements java.util.concurrent.Callable<Integer> {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
		@Mixin
		SessionOptions session;
		@Parameters(index = "0", paramLabel = "NAME")
		String name;
		@Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "the command and its arguments")
		List<String> command;

		@Override
		public Integer call() {
			return session.run(parent.root, storeOption.store(), name, command, System.console() != null);
		}
	}

	@Command(name = "shell", aliases = "chroot", mixinStandardHelpOptions = true,
			description = "Open an interactive shell inside an image (as image exec with the image's bash or sh).")
	static final class Shell implements java.util.concurrent.Callable<Integer> {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
		@Mixin
		SessionOptions session;
		@Parameters(index = "0", paramLabel = "NAME")
		String name;

		@Override
		public Integer call() {
			ImageStore store = storeOption.store();
			boolean bash = Files.isRegularFile(KernelFinder.inside(store.rootfs(name), "/bin/bash"));
			return session.run(parent.root, store, name, List.of(bash ? "/bin/bash" : "/bin/sh"), true);
		}
	}

	/** Gives the copied or renamed image its model record, with artifacts pointing into its own directory. */
	private static void renameRecord(ImageStore store, Cluster cluster, String name, String target, boolean copy) {
		Optional<Image> original = ImageStore.find(cluster, name);
		cluster.getImages().removeIf(i -> target.equals(i.getName()));
		Image record;
		if (original.isEmpty()) {
			return;
		}
		if (copy) {
			record = org.eclipse.emf.ecore.util.EcoreUtil.copy(original.get());
			cluster.getImages().add(record);
		} else {
			record = original.get();
		}
		record.setName(target);
		Path oldDir = store.root().resolve(name).toAbsolutePath();
		Path newDir = store.root().resolve(target).toAbsolutePath();
		for (ImageArtifact artifact : record.getArtifacts()) {
			Path path = Path.of(artifact.getPath());
			if (path.startsWith(oldDir)) {
				artifact.setPath(newDir.resolve(oldDir.relativize(path)).toString());
			}
		}
	}

	static List<String> users(Cluster cluster, String image) {
		List<String> users = new ArrayList<>();
		for (NodeSettings settings : cluster.getProfiles()) {
			if (image.equals(settings.getImage())) {
				users.add("profile " + settings.getName());
			}
		}
		for (NodeSettings settings : cluster.getNodes()) {
			if (image.equals(settings.getImage())) {
				users.add(settings.getName());
			}
		}
		return users;
	}
}
