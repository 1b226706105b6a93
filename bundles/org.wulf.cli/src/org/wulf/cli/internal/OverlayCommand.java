package org.wulf.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.wulf.core.store.ModelFile;
import org.wulf.core.store.ModelFileException;
import org.wulf.model.Cluster;
import org.wulf.overlay.OverlayDir;
import org.wulf.overlay.OverlayEntry;
import org.wulf.overlay.OverlayException;
import org.wulf.overlay.OverlayRecords;
import org.wulf.overlay.OverlayStore;
import org.wulf.overlay.TemplateDoc;
import org.wulf.overlay.internal.TemplateRendering;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wulf overlay}: the overlays laid over the image per node, as {@code wwctl overlay} (same
 * verbs, aliases and flags). Site overlays are edited in place; a distribution overlay is copied to
 * the site before its first change.
 */
@Command(name = "overlay", mixinStandardHelpOptions = true,
		description = "List, show, edit and build overlays (files laid over the image for each node; .ww files are templates).",
		subcommands = { OverlayCommand.ListOverlays.class, OverlayCommand.Show.class, OverlayCommand.Info.class,
				OverlayCommand.Create.class, OverlayCommand.Delete.class, OverlayCommand.Edit.class, OverlayCommand.Import.class,
				OverlayCommand.Mkdir.class, OverlayCommand.Chmod.class, OverlayCommand.Chown.class, OverlayBuildCommand.class })
public final class OverlayCommand implements Runnable {

	@ParentCommand
	WulfCommand root;

	@Override
	public void run() {
		new picocli.CommandLine(this).usage(root.out());
	}

	static CliFailure failure(OverlayException e) {
		return new CliFailure(e.getMessage(), e);
	}

	static int mode(String text) {
		if (text == null || !text.matches("[0-7]{1,4}")) {
			throw new CliFailure("\"" + text + "\" is not an octal permission mode (e.g. 0644 or 755)");
		}
		return Integer.parseInt(text, 8);
	}

	/** Records the overlays on disk in the model (names and site flags), when the model file exists. */
	/** A change the store makes in the site (cloning a distribution overlay first); the model then records it as a site overlay. */
	interface OverlayChange {
		void run() throws OverlayException;
	}

	static void changeInSite(WulfCommand root, OverlayStore store, String overlay, OverlayChange change)
			throws OverlayException {
		boolean wasSite = store.get(overlay).site();
		change.run();
		if (!wasSite) {
			syncModel(root, store, null);
		}
	}

	static void syncModel(WulfCommand root, OverlayStore store, String deleted) {
		ModelFile file = root.session().file();
		if (!Files.exists(file.path())) {
			return;
		}
		try (ModelFile.ModelLock lock = file.lock()) {
			Cluster cluster = file.load();
			String before = records(cluster);
			if (deleted != null) {
				OverlayRecords.remove(cluster, deleted);
			}
			OverlayRecords.sync(cluster, store.list());
			if (!before.equals(records(cluster))) {
				file.save(cluster);
			}
		} catch (ModelFileException | OverlayException e) {
			root.err().println("wulf: note: the model's overlay records were not updated: " + e.getMessage());
		} catch (IOException e) {
			root.err().println("wulf: note: cannot release the lock of " + file.path() + ": " + e.getMessage());
		}
	}

	private static String records(Cluster cluster) {
		StringBuilder text = new StringBuilder();
		cluster.getOverlays().forEach(o -> text.append(o.getName()).append(o.isSite()).append('\n'));
		return text.toString();
	}

	@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true, description = "List overlays (and their files).")
	static final class ListOverlays implements Runnable {
		@ParentCommand
		OverlayCommand parent;
		@Mixin
		OverlayStoreOption storeOption;
		@Option(names = { "-a", "--all" }, description = "list the files of each overlay")
		boolean all;
		@Option(names = { "-l", "--long" }, description = "list the files with mode, owner and group")
		boolean longFormat;
		@Option(names = { "-p", "--path" }, description = "show where each overlay is on disk")
		boolean path;
		@Parameters(arity = "0..*", paramLabel = "OVERLAY_NAME")
		List<String> names;

		@Override
		public void run() {
			OverlayStore store = storeOption.store(parent.root);
			try {
				List<OverlayDir> overlays = new ArrayList<>();
				if (names == null || names.isEmpty()) {
					overlays.addAll(store.list());
				} else {
					for (String name : names) {
						overlays.add(store.get(name));
					}
				}
				Table table;
				if (longFormat) {
					table = new Table("PERM MODE", "UID", "GID", "OVERLAY NAME", "FILE PATH", "SITE");
				} else if (all) {
					table = path ? new Table("OVERLAY NAME", "FILES/DIRS", "SITE", "PATH") : new Table("OVERLAY NAME", "FILES/DIRS", "SITE");
				} else {
					table = path ? new Table("OVERLAY NAME", "FILES/DIRS", "SITE", "PATH") : new Table("OVERLAY NAME", "FILES/DIRS", "SITE");
				}
				for (OverlayDir overlay : overlays) {
					List<OverlayEntry> files = OverlayStore.files(overlay).stream().filter(e -> !e.path().equals("/")).toList();
					String site = String.valueOf(overlay.site());
					if (longFormat) {
						for (OverlayEntry entry : files) {
							table.add(permissions(entry), String.valueOf(entry.uid()), String.valueOf(entry.gid()), overlay.name(),
									entry.path() + (entry.target() != null ? " -> " + entry.target() : ""), site);
						}
					} else if (all) {
						for (OverlayEntry entry : files) {
							String shown = entry.path() + (entry.kind() == OverlayEntry.Kind.DIRECTORY ? "/" : "");
							if (path) {
								table.add(overlay.name(), shown, site, overlay.rootfs() + entry.path());
							} else {
								table.add(overlay.name(), shown, site);
							}
						}
					} else if (path) {
						table.add(overlay.name(), String.valueOf(files.size()), site, overlay.dir().toString());
					} else {
						table.add(overlay.name(), String.valueOf(files.size()), site);
					}
				}
				table.print(parent.root.out());
			} catch (OverlayException e) {
				throw failure(e);
			}
		}

		static String permissions(OverlayEntry entry) {
			char type = switch (entry.kind()) {
			case DIRECTORY -> 'd';
			case SYMLINK -> 'l';
			case FILE -> '-';
			default -> '?';
			};
			StringBuilder text = new StringBuilder().append(type);
			String letters = "rwxrwxrwx";
			for (int bit = 8; bit >= 0; bit--) {
				text.append((entry.mode() & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
			}
			if ((entry.mode() & 04000) != 0) {
				text.setCharAt(3, text.charAt(3) == 'x' ? 's' : 'S');
			}
			if ((entry.mode() & 02000) != 0) {
				text.setCharAt(6, text.charAt(6) == 'x' ? 's' : 'S');
			}
			if ((entry.mode() & 01000) != 0) {
				text.setCharAt(9, text.charAt(9) == 'x' ? 't' : 'T');
			}
			return text.toString();
		}
	}

	@Command(name = "show", aliases = "cat", mixinStandardHelpOptions = true,
			description = "Print a file of an overlay, or render a template for a node (--render).")
	static final class Show implements Runnable {
		@ParentCommand
		OverlayCommand parent;
		@Mixin
		OverlayStoreOption storeOption;
		@Mixin
		ImageStoreOption imageOption;
		@Option(names = { "-r", "--render" }, paramLabel = "NODE",
				description = "render the template for this node (host: for this server)")
		String render;
		@Option(names = { "-q", "--quiet" }, description = "print only the rendered content, no file headers")
		boolean quiet;
		@Parameters(index = "0", paramLabel = "OVERLAY")
		String overlay;
		@Parameters(index = "1", paramLabel = "FILE")
		String file;

		@Override
		public void run() {
			OverlayStore store = storeOption.store(parent.root);
			PrintStream out = parent.root.out();
			try {
				byte[] content = store.readFile(overlay, file);
				if (render == null) {
					out.write(content);
					out.flush();
					return;
				}
				OverlayRender.show(parent.root, store, imageOption.store().root(), overlay, file,
						new String(content, StandardCharsets.UTF_8), render, quiet);
			} catch (OverlayException e) {
				throw failure(e);
			} catch (IOException e) {
				throw new CliFailure("cannot print " + file + ": " + e.getMessage(), e);
			}
		}
	}

	@Command(name = "info", aliases = { "variables", "vars" }, mixinStandardHelpOptions = true,
			description = "List the variables a template documents, with their help and the option that sets them.")
	static final class Info implements Runnable {
		@ParentCommand
		OverlayCommand parent;
		@Mixin
		OverlayStoreOption storeOption;
		@Parameters(index = "0", paramLabel = "OVERLAY")
		String overlay;
		@Parameters(index = "1", paramLabel = "FILE")
		String file;

		@Override
		public void run() {
			OverlayStore store = storeOption.store(parent.root);
			try {
				String text = new String(store.readFile(overlay, file), StandardCharsets.UTF_8);
				List<TemplateDoc> docs = TemplateRendering.comments(overlay, file, text);
				PrintStream out = parent.root.out();
				docs.stream().filter(d -> d.variable() == null).forEach(d -> out.println(d.help()));
				Table table = new Table("VARIABLE", "OPTION", "HELP");
				for (TemplateDoc doc : docs) {
					if (doc.variable() != null) {
						table.add(doc.variable(), TemplateVariableOptions.option(doc.variable()), doc.help());
					}
				}
				if (docs.stream().anyMatch(d -> d.variable() != null)) {
					table.print(out);
				} else if (docs.isEmpty()) {
					out.println(file + " of overlay " + overlay + " documents no variables");
				}
			} catch (OverlayException e) {
				throw failure(e);
			}
		}
	}

	@Command(name = "create", aliases = { "new", "add" }, mixinStandardHelpOptions = true, description = "Create an empty site overlay.")
	static final class Create implements Runnable {
		@ParentCommand
		OverlayCommand parent;
		@Mixin
		OverlayStoreOption storeOption;
		@Parameters(paramLabel = "OVERLAY")
		String overlay;

		@Override
		public void run() {
			OverlayStore store = storeOption.store(parent.root);
			try {
				OverlayDir created = store.create(overlay);
				syncModel(parent.root, store, null);
				parent.root.out().println("created overlay " + overlay + " in " + created.dir());
			} catch (OverlayException e) {
				throw failure(e);
			}
		}
	}

	@Command(name = "delete", aliases = { "rm", "remove", "del" }, mixinStandardHelpOptions = true,
			description = "Delete a site overlay, or files of an overlay.")
	static final class Delete implements Runnable {
		@ParentCommand
		OverlayCommand parent;
		@Mixin
		OverlayStoreOption storeOption;
		@Option(names = { "-f", "--force" }, description = "delete a non-empty overlay or directory with its content")
		boolean force;
		@Option(names = { "-p", "--parents" }, description = "also delete parent directories left empty")
		boolean parents;
		@Parameters(index = "0", paramLabel = "OVERLAY")
		String overlay;
		@Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE")
		List<String> files;

		@Override
		public void run() {
			OverlayStore store = storeOption.store(parent.root);
			try {
				if (files == null || files.isEmpty()) {
					store.delete(overlay, force);
					syncModel(parent.root, store, overlay);
					parent.root.out().println("deleted overlay " + overlay);
					return;
				}
				changeInSite(parent.root, store, overlay, () -> {
					for (String file : files) {
						store.deleteFile(overlay, file, force, parents);
						parent.root.out().println("deleted " + file + " from overlay " + overlay);
					}
				});
			} catch (OverlayException e) {
				throw failure(e);
			}
		}
	}

	@Command(name = "edit", mixinStandardHelpOptions = true,
			description = "Edit (or create) a file of an overlay with $EDITOR; the file is replaced atomically when saved.")
	static final class Edit implements Runnable {
		@ParentCommand
		OverlayCommand parent;
		@Mixin
		OverlayStoreOption storeOption;
		@Option(names = { "-p", "--parents" }, description = "create missing parent directories")
		boolean parents;
		@Option(names = { "-m", "--mode" }, paramLabel = "MODE", defaultValue = "0755",
				description = "mode of a new file (default ${DEFAULT-VALUE})")
		String mode;
		@Option(names = "--editor", hidden = true, description = "the editor command (default $EDITOR, else vi)")
		String editor;
		@Parameters(index = "0", paramLabel = "OVERLAY")
		String overlay;
		@Parameters(index = "1", paramLabel = "FILE")
		String file;

		@Override
		public void run() {
			int newMode = mode(mode);
			OverlayStore store = storeOption.store(parent.root);
			try {
				OverlayDir dir = store.get(overlay);
				byte[] before;
				try {
					before = store.readFile(overlay, file);
				} catch (OverlayException missing) {
					org.wulf.overlay.internal.OverlayPath.resolve(overlay, dir.rootfs(), file); // refuses bad paths first
					before = null;
				}
				String name = Path.of(org.wulf.overlay.internal.OverlayPath.normalize(overlay, file)).getFileName().toString();
				Path scratch = Files.createTempFile("wulf-overlay-", "-" + name);
				try {
					Files.write(scratch, before == null ? new byte[0] : before);
					String command = editor != null ? editor : System.getenv().getOrDefault("EDITOR", "vi");
					Process process = new ProcessBuilder("sh", "-c", command + " \"$1\"", "sh", scratch.toString()).inheritIO().start();
					int exit = process.waitFor();
					if (exit != 0) {
						throw new CliFailure("the editor (" + command + ") exited with " + exit + "; " + file + " of overlay " + overlay
								+ " is unchanged");
					}
					byte[] after = Files.readAllBytes(scratch);
					if (before != null && Arrays.equals(before, after)) {
						parent.root.out().println(file + " of overlay " + overlay + " is unchanged");
						return;
					}
					store.writeFile(overlay, file, after, newMode, parents);
					if (!dir.site()) {
						syncModel(parent.root, store, null);
					}
					parent.root.out().println("saved " + file + " of overlay " + overlay);
				} finally {
					Files.deleteIfExists(scratch);
				}
			} catch (OverlayException e) {
				throw failure(e);
			} catch (IOException e) {
				throw new CliFailure("cannot edit " + file + " of overlay " + overlay + ": " + e.getMessage(), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CliFailure("interrupted while editing; " + file + " of overlay " + overlay + " is unchanged");
			}
		}
	}

	@Command(name = "import", aliases = "cp", mixinStandardHelpOptions = true,
			description = "Copy a file of this server into an overlay (to the same path, or NEW_NAME).")
	static final class Import implements Runnable {
		@ParentCommand
		OverlayCommand parent;
		@Mixin
		OverlayStoreOption storeOption;
		@Option(names = { "-o", "--overwrite" }, description = "replace an existing file")
		boolean overwrite;
		@Option(names = { "-p", "--parents" }, description = "create missing parent directories")
		boolean parents;
		@Parameters(index = "0", paramLabel = "OVERLAY")
		String overlay;
		@Parameters(index = "1", paramLabel = "FILE")
		Path source;
		@Parameters(index = "2", arity = "0..1", paramLabel = "NEW_NAME")
		String target;

		@Override
		public void run() {
			OverlayStore store = storeOption.store(parent.root);
			try {
				changeInSite(parent.root, store, overlay, () -> store.importFile(overlay, source, target, overwrite, parents));
				parent.root.out().println("imported " + source + " into overlay " + overlay
						+ (target != null ? " as " + target : ""));
			} catch (OverlayException e) {
				throw failure(e);
			}
		}
	}

	@Command(name = "mkdir", mixinStandardHelpOptions = true, description = "Make a directory (with parents) in an overlay.")
	static final class Mkdir implements Runnable {
		@ParentCommand
		OverlayCommand parent;
		@Mixin
		OverlayStoreOption storeOption;
		@Option(names = { "-m", "--mode" }, paramLabel = "MODE", defaultValue = "0755", description = "mode (default ${DEFAULT-VALUE})")
		String mode;
		@Parameters(index = "0", paramLabel = "OVERLAY")
		String overlay;
		@Parameters(index = "1", paramLabel = "DIR")
		String dir;

		@Override
		public void run() {
			int parsed = mode(mode);
			OverlayStore store = storeOption.store(parent.root);
			try {
				changeInSite(parent.root, store, overlay, () -> store.mkdir(overlay, dir, parsed));
				parent.root.out().println("made " + dir + " in overlay " + overlay);
			} catch (OverlayException e) {
				throw failure(e);
			}
		}
	}

	@Command(name = "chmod", mixinStandardHelpOptions = true, description = "Change the mode of a file of an overlay.")
	static final class Chmod implements Runnable {
		@ParentCommand
		OverlayCommand parent;
		@Mixin
		OverlayStoreOption storeOption;
		@Parameters(index = "0", paramLabel = "OVERLAY")
		String overlay;
		@Parameters(index = "1", paramLabel = "FILE")
		String file;
		@Parameters(index = "2", paramLabel = "MODE")
		String mode;

		@Override
		public void run() {
			int parsed = mode(mode);
			OverlayStore store = storeOption.store(parent.root);
			try {
				changeInSite(parent.root, store, overlay, () -> store.chmod(overlay, file, parsed));
			} catch (OverlayException e) {
				throw failure(e);
			}
		}
	}

	@Command(name = "chown", mixinStandardHelpOptions = true,
			description = "Change the owner (and group) of a file of an overlay: UID[:GID], names or numbers.")
	static final class Chown implements Runnable {
		@ParentCommand
		OverlayCommand parent;
		@Mixin
		OverlayStoreOption storeOption;
		@Parameters(index = "0", paramLabel = "OVERLAY")
		String overlay;
		@Parameters(index = "1", paramLabel = "FILE")
		String file;
		@Parameters(index = "2", paramLabel = "UID[:GID]")
		String owner;

		@Override
		public void run() {
			String[] parts = owner.split(":", -1);
			if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && parts[1].isEmpty())) {
				throw new CliFailure("\"" + owner + "\" is not UID or UID:GID (names or numbers, e.g. root:root or 1000:100)");
			}
			OverlayStore store = storeOption.store(parent.root);
			try {
				changeInSite(parent.root, store, overlay,
						() -> store.chown(overlay, file, parts[0], parts.length == 2 ? parts[1] : null));
			} catch (OverlayException e) {
				throw failure(e);
			}
		}
	}
}
