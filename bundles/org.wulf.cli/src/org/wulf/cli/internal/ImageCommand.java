package org.wulf.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.wulf.image.ImageException;
import org.wulf.image.ImageStore;
import org.wulf.image.InitramfsBuilder;
import org.wulf.image.KernelFinder;
import org.wulf.model.Cluster;
import org.wulf.model.Image;
import org.wulf.model.ImageArtifact;
import org.wulf.model.NodeSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wulf image}: the OS images nodes boot, as {@code wwctl image}. */
@Command(name = "image", mixinStandardHelpOptions = true, description = "Import, build, list and delete OS images.",
		subcommands = { ImageImportCommand.class, ImageCommand.Build.class, ImageCommand.ListImages.class,
				ImageCommand.Show.class, ImageCommand.Kernels.class, ImageCommand.Delete.class })
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
			description = "Build the bootable initramfs archive (newc cpio, gzip) of images.")
	static final class Build implements Runnable {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
		@Option(names = "--mtime", paramLabel = "EPOCH",
				description = "give every entry this modification time, for byte-identical rebuilds (default: $SOURCE_DATE_EPOCH if set)")
		Long mtime;
		@Option(names = "--compression", paramLabel = "gzip|none", defaultValue = "gzip",
				description = "archive compression (default ${DEFAULT-VALUE}); 'none' trades size for build time")
		String compression;
		@Parameters(arity = "1..*", paramLabel = "NAME")
		List<String> names;

		@Override
		public void run() {
			InitramfsBuilder.Compression chosen = switch (compression) {
			case "gzip" -> InitramfsBuilder.Compression.GZIP;
			case "none" -> InitramfsBuilder.Compression.NONE;
			default -> throw new CliFailure("--compression: '" + compression + "' is not gzip or none");
			};
			Long fixed = mtime;
			String epoch = System.getenv("SOURCE_DATE_EPOCH");
			if (fixed == null && epoch != null && epoch.matches("\\d+")) {
				fixed = Long.parseLong(epoch);
			}
			for (String name : names) {
				build(parent.root, storeOption.store(), name, fixed, chosen);
			}
		}

		static void build(WulfCommand root, ImageStore store, String name, Long mtime, InitramfsBuilder.Compression compression) {
			ProgressBar bar = new ProgressBar(root.err(), "building " + name);
			long started = System.nanoTime();
			InitramfsBuilder.Result result;
			try {
				result = store.build(name, new InitramfsBuilder().fixedMtime(mtime).progress(bar::update),
						compression);
			} catch (ImageException e) {
				throw failure(e);
			}
			root.session().change(cluster -> {
				try {
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

	@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true, description = "List the images.")
	static final class ListImages implements Runnable {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;

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
			Table table = new Table("IMAGE NAME", "KERNEL", "SIZE", "BUILT", "NODES");
			SimpleDateFormat date = new SimpleDateFormat("yyyy-MM-dd HH:mm");
			for (String name : names) {
				Optional<Image> image = ImageStore.find(cluster, name);
				ImageArtifact artifact = image.flatMap(i -> i.getArtifacts().stream().reduce((a, b) -> b)).orElse(null);
				String state = !store.exists(name) ? "(not in store)" : image.isEmpty() ? "(not in model)" : null;
				table.add(name, image.map(Image::getKernelVersion).orElse("--"),
						artifact != null ? ProgressBar.size(artifact.getSize()) : "--",
						state != null ? state : artifact != null && artifact.getBuilt() != null ? date.format(artifact.getBuilt()) : "not built",
						String.valueOf(users(cluster, name).size()));
			}
			table.print(parent.root.out());
		}
	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "Show an image's details.")
	static final class Show implements Runnable {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
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
			out.println("rootfs:   " + store.rootfs(name) + (store.exists(name) ? "" : " (missing)"));
			out.println("kernel:   " + (image.getKernelVersion() == null ? "--" : image.getKernelVersion() + " " + image.getKernelPath()));
			for (ImageArtifact artifact : image.getArtifacts()) {
				out.println("artifact: " + artifact.getPath() + " " + artifact.getFormat() + " " + ProgressBar.size(artifact.getSize())
						+ " sha256 " + artifact.getSha256() + (Files.exists(Path.of(artifact.getPath())) ? "" : " (missing)"));
			}
			out.println("used by:  " + String.join(", ", users(cluster, name)));
		}
	}

	@Command(name = "kernels", mixinStandardHelpOptions = true, description = "List the kernels inside images.")
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
			Table table = new Table("IMAGE", "KERNEL VERSION", "PATH", "MODULES");
			try {
				for (String name : names == null || names.isEmpty() ? store.names() : names) {
					if (!store.exists(name)) {
						throw new CliFailure("there is no image " + name + " in " + store.root());
					}
					for (KernelFinder.Kernel kernel : KernelFinder.find(store.rootfs(name))) {
						table.add(name, kernel.version(), kernel.path(), kernel.hasModules() ? "yes" : "no");
					}
				}
			} catch (ImageException e) {
				throw failure(e);
			}
			table.print(parent.root.out());
		}
	}

	@Command(name = "delete", aliases = "rm", mixinStandardHelpOptions = true,
			description = "Delete images from the store and the model.")
	static final class Delete implements Runnable {
		@ParentCommand
		ImageCommand parent;
		@Mixin
		ImageStoreOption storeOption;
		@Option(names = { "-f", "--force" }, description = "delete even when nodes or profiles use the image")
		boolean force;
		@Parameters(arity = "1..*", paramLabel = "NAME")
		List<String> names;

		@Override
		public void run() {
			ImageStore store = storeOption.store();
			parent.root.session().change(cluster -> {
				for (String name : names) {
					List<String> users = users(cluster, name);
					if (!users.isEmpty() && !force) {
						throw new CliFailure("image " + name + " is used by " + String.join(", ", users)
								+ "; change them first or delete with --force");
					}
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
