package org.wulf.overlay;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.wulf.overlay.internal.DistributionOverlays;
import org.wulf.overlay.internal.OverlayPath;

/**
 * The overlays on disk, in Warewulf's layout: a <em>site</em> directory the administrator edits
 * and distribution directories of stock overlays, each overlay a folder {@code NAME/rootfs/...}
 * (a folder without {@code rootfs} is its own root). A site overlay hides a distribution overlay
 * of the same name, and every change to a distribution overlay first copies it to the site (so the
 * stock files are never edited in place, and an update of Wulf does not overwrite local changes).
 *
 * <p>Mode, owner and group of overlay files are the files' own on disk, as in Warewulf. Paths
 * inside an overlay are checked: {@code ..} and paths through symbolic links are refused.</p>
 */
public final class OverlayStore {

	private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9\\-._:]+$");
	private static final LinkOption[] NOFOLLOW = { LinkOption.NOFOLLOW_LINKS };

	private final Path site;
	private final List<Path> distributions;

	/**
	 * @param site          the site overlay directory (created on the first change)
	 * @param distributions distribution directories, in lookup order
	 */
	public OverlayStore(Path site, List<Path> distributions) {
		this.site = site.toAbsolutePath().normalize();
		this.distributions = distributions.stream().map(p -> p.toAbsolutePath().normalize()).toList();
	}

	/**
	 * The store as {@code wulf} uses it: the given site directory, else {@code $WULF_OVERLAYS}, else
	 * {@code overlays} beside the model file; the distribution directories of
	 * {@link DistributionOverlays#find()}.
	 */
	public static OverlayStore standard(Path siteOrNull, Path modelFile) {
		return new OverlayStore(siteOrNull != null ? siteOrNull : defaultSite(modelFile), DistributionOverlays.find());
	}

	/** @return {@code $WULF_OVERLAYS} if set, else {@code overlays} in the model file's directory */
	public static Path defaultSite(Path modelFile) {
		String fromEnvironment = System.getenv("WULF_OVERLAYS");
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return Path.of(fromEnvironment);
		}
		Path parent = modelFile.toAbsolutePath().getParent();
		return parent.resolve("overlays");
	}

	/** Warewulf's rule for overlay names (4.7): letters, digits, {@code - . _ :}. */
	public static boolean isValidName(String name) {
		return name != null && NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..");
	}

	public static void checkName(String name) throws OverlayException {
		if (!isValidName(name)) {
			throw new OverlayException("\"" + name + "\" is not a valid overlay name: use letters, digits and - . _ : only");
		}
	}

	public Path site() {
		return site;
	}

	public List<Path> distributions() {
		return distributions;
	}

	/** @return every overlay by name (site first, then each distribution directory), sorted by name */
	public List<OverlayDir> list() throws OverlayException {
		Map<String, OverlayDir> found = new TreeMap<>();
		collect(site, true, found);
		for (Path dist : distributions) {
			collect(dist, false, found);
		}
		return List.copyOf(found.values());
	}

	private static void collect(Path parent, boolean isSite, Map<String, OverlayDir> found) throws OverlayException {
		if (!Files.isDirectory(parent)) {
			return;
		}
		try (Stream<Path> children = Files.list(parent)) {
			for (Path child : (Iterable<Path>) children::iterator) {
				String name = child.getFileName().toString();
				if (isValidName(name) && !name.startsWith(".") && Files.isDirectory(child) && !found.containsKey(name)) {
					found.put(name, located(name, child, isSite));
				}
			}
		} catch (IOException e) {
			throw new OverlayException("cannot list the overlays in " + parent + ": " + e.getMessage(), e);
		}
	}

	private static OverlayDir located(String name, Path dir, boolean isSite) {
		Path rootfs = dir.resolve("rootfs");
		return new OverlayDir(name, dir, Files.isDirectory(rootfs) ? rootfs : dir, isSite);
	}

	/** @return the overlay of this name (the site's if both exist) */
	public Optional<OverlayDir> find(String name) {
		if (!isValidName(name)) {
			return Optional.empty();
		}
		if (Files.isDirectory(site.resolve(name))) {
			return Optional.of(located(name, site.resolve(name), true));
		}
		for (Path dist : distributions) {
			if (Files.isDirectory(dist.resolve(name))) {
				return Optional.of(located(name, dist.resolve(name), false));
			}
		}
		return Optional.empty();
	}

	/** @return the overlay of this name, or an error that says where it was looked for */
	public OverlayDir get(String name) throws OverlayException {
		checkName(name);
		return find(name).orElseThrow(() -> new OverlayException("there is no overlay " + name + " (looked in " + site
				+ (distributions.isEmpty() ? "" : " and " + distributions) + "); see wulf overlay list"));
	}

	/** Creates an empty site overlay {@code NAME/rootfs}. */
	public OverlayDir create(String name) throws OverlayException {
		checkName(name);
		Path dir = site.resolve(name);
		if (Files.exists(dir, NOFOLLOW)) {
			throw new OverlayException("overlay " + name + " already exists in " + site);
		}
		try {
			Files.createDirectories(site);
			Path temporary = Files.createTempDirectory(site, "." + name + ".");
			Files.createDirectory(temporary.resolve("rootfs"));
			setMode(temporary, 0755);
			setMode(temporary.resolve("rootfs"), 0755);
			Files.move(temporary, dir, StandardCopyOption.ATOMIC_MOVE);
		} catch (FileAlreadyExistsException e) {
			throw new OverlayException("overlay " + name + " already exists in " + site, e);
		} catch (IOException e) {
			throw new OverlayException("cannot create overlay " + name + " in " + site + ": " + e.getMessage(), e);
		}
		return located(name, dir, true);
	}

	/**
	 * The overlay as a site overlay, copied from the distribution first if it is only there
	 * (Warewulf's clone-to-site), so it can be changed.
	 */
	public OverlayDir toSite(String name) throws OverlayException {
		OverlayDir overlay = get(name);
		if (overlay.site()) {
			return overlay;
		}
		Path target = site.resolve(name);
		try {
			Files.createDirectories(site);
			Path temporary = Files.createTempDirectory(site, "." + name + ".");
			copyTree(overlay.dir(), temporary);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new OverlayException("cannot copy the distribution overlay " + name + " from " + overlay.dir() + " to " + target
					+ ": " + e.getMessage(), e);
		}
		return located(name, target, true);
	}

	private static void copyTree(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Path target = to.resolve(from.relativize(dir).toString());
				if (!Files.isDirectory(target)) {
					Files.createDirectory(target);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Path target = to.resolve(from.relativize(file).toString());
				Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
				copyOwner(file, target);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) {
					throw e;
				}
				Path target = to.resolve(from.relativize(dir).toString());
				Files.setAttribute(target, "unix:mode", (Integer) Files.getAttribute(dir, "unix:mode") & 07777);
				copyOwner(dir, target);
				Files.setLastModifiedTime(target, Files.getLastModifiedTime(dir));
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static void copyOwner(Path from, Path to) {
		try {
			Files.setAttribute(to, "unix:uid", Files.getAttribute(from, "unix:uid", NOFOLLOW), NOFOLLOW);
			Files.setAttribute(to, "unix:gid", Files.getAttribute(from, "unix:gid", NOFOLLOW), NOFOLLOW);
		} catch (IOException | UnsupportedOperationException e) {
			// not root: the copy belongs to whoever copies, as with cp without -p
		}
	}

	/**
	 * Deletes a whole site overlay.
	 *
	 * @param force also when it still holds files
	 */
	public void delete(String name, boolean force) throws OverlayException {
		OverlayDir overlay = get(name);
		if (!overlay.site()) {
			throw new OverlayException("overlay " + name + " is a distribution overlay (" + overlay.dir()
					+ ") and cannot be deleted; override it with a site overlay of the same name instead");
		}
		if (!force && !isEmpty(overlay.rootfs())) {
			throw new OverlayException("overlay " + name + " is not empty; delete it with --force, or delete its files first");
		}
		try {
			Path trash = Files.createTempDirectory(site, "." + name + ".deleted.");
			Files.delete(trash);
			Files.move(overlay.dir(), trash, StandardCopyOption.ATOMIC_MOVE); // gone at once, then cleaned up
			deleteTree(trash);
		} catch (IOException e) {
			throw new OverlayException("cannot delete overlay " + name + " (" + overlay.dir() + "): " + e.getMessage(), e);
		}
	}

	/**
	 * Deletes a file or directory of an overlay (cloning a distribution overlay to the site first).
	 *
	 * @param force   delete a directory with everything in it
	 * @param parents also delete the parent directories left empty
	 */
	public void deleteFile(String name, String file, boolean force, boolean parents) throws OverlayException {
		OverlayDir overlay = toSite(name);
		Path target = OverlayPath.resolve(name, overlay.rootfs(), file);
		if (target.equals(overlay.rootfs())) {
			throw new OverlayException("give a file of overlay " + name + " to delete, not its root (delete the overlay without a file)");
		}
		if (!Files.exists(target, NOFOLLOW)) {
			throw new OverlayException("overlay " + name + " has no file " + file);
		}
		try {
			if (Files.isDirectory(target, NOFOLLOW) && !isEmpty(target)) {
				if (!force) {
					throw new OverlayException("directory " + file + " of overlay " + name + " is not empty; delete it with --force");
				}
				deleteTree(target);
			} else {
				Files.delete(target);
			}
			if (parents) {
				for (Path parent = target.getParent(); !parent.equals(overlay.rootfs()) && isEmpty(parent); parent = parent.getParent()) {
					Files.delete(parent);
				}
			}
		} catch (IOException e) {
			throw new OverlayException("cannot delete " + file + " of overlay " + name + ": " + e.getMessage(), e);
		}
	}

	/** Makes a directory (and its missing parents) in an overlay with this mode. */
	public void mkdir(String name, String dir, int mode) throws OverlayException {
		OverlayDir overlay = toSite(name);
		Path target = OverlayPath.resolve(name, overlay.rootfs(), dir);
		try {
			List<Path> created = new ArrayList<>();
			for (Path p = target; !Files.exists(p, NOFOLLOW); p = p.getParent()) {
				created.add(p);
			}
			if (created.isEmpty() && !Files.isDirectory(target, NOFOLLOW)) {
				throw new OverlayException(dir + " already exists in overlay " + name + " and is not a directory");
			}
			Collections.reverse(created);
			for (Path p : created) {
				Files.createDirectory(p);
				setMode(p, mode);
			}
			if (created.isEmpty()) {
				setMode(target, mode);
			}
		} catch (IOException e) {
			throw new OverlayException("cannot make directory " + dir + " in overlay " + name + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Copies a file of the server into an overlay, keeping its mode, times and (as root) owner.
	 *
	 * @param target    the path in the overlay (null: the same path as the source)
	 * @param overwrite replace an existing file
	 * @param parents   create missing parent directories (mode 0755)
	 */
	public void importFile(String name, Path source, String target, boolean overwrite, boolean parents) throws OverlayException {
		if (!Files.isRegularFile(source)) {
			throw new OverlayException("cannot import " + source + " into overlay " + name + ": not a regular file");
		}
		String inOverlay = target != null ? target : source.toAbsolutePath().normalize().toString();
		OverlayDir overlay = toSite(name);
		Path destination = OverlayPath.resolve(name, overlay.rootfs(), inOverlay);
		if (Files.isDirectory(destination, NOFOLLOW)) {
			destination = destination.resolve(source.getFileName().toString());
		}
		if (Files.exists(destination, NOFOLLOW) && !overwrite) {
			throw new OverlayException(OverlayPath.inside(overlay.rootfs(), destination) + " already exists in overlay " + name
					+ "; replace it with --overwrite");
		}
		ensureParent(name, overlay, destination, parents);
		try {
			Path temporary = Files.createTempFile(destination.getParent(), "." + destination.getFileName() + ".", ".tmp");
			Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			copyOwner(source, temporary);
			Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new OverlayException("cannot import " + source + " into overlay " + name + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Writes a file of an overlay atomically (for {@code edit}). An existing file keeps its mode
	 * and owner; a new one gets {@code newFileMode}.
	 */
	public void writeFile(String name, String file, byte[] content, int newFileMode, boolean parents) throws OverlayException {
		OverlayDir overlay = toSite(name);
		Path destination = OverlayPath.resolve(name, overlay.rootfs(), file);
		if (Files.isDirectory(destination, NOFOLLOW) || Files.isSymbolicLink(destination)) {
			throw new OverlayException(file + " of overlay " + name + " is a directory or a symbolic link, not a file to write");
		}
		ensureParent(name, overlay, destination, parents);
		try {
			boolean exists = Files.exists(destination, NOFOLLOW);
			Path temporary = Files.createTempFile(destination.getParent(), "." + destination.getFileName() + ".", ".tmp");
			Files.write(temporary, content);
			if (exists) {
				setMode(temporary, (Integer) Files.getAttribute(destination, "unix:mode") & 07777);
				copyOwner(destination, temporary);
			} else {
				setMode(temporary, newFileMode);
			}
			Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new OverlayException("cannot write " + file + " of overlay " + name + ": " + e.getMessage(), e);
		}
	}

	/** @return the content of a file of an overlay */
	public byte[] readFile(String name, String file) throws OverlayException {
		OverlayDir overlay = get(name);
		Path path = OverlayPath.resolve(name, overlay.rootfs(), file);
		if (!Files.isRegularFile(path, NOFOLLOW)) {
			throw new OverlayException("overlay " + name + " has no file " + file
					+ (Files.isDirectory(path) ? " (it is a directory)" : ""));
		}
		try {
			return Files.readAllBytes(path);
		} catch (IOException e) {
			throw new OverlayException("cannot read " + file + " of overlay " + name + ": " + e.getMessage(), e);
		}
	}

	/** Sets the permission bits (with setuid, setgid, sticky) of an overlay file. */
	public void chmod(String name, String file, int mode) throws OverlayException {
		if (mode < 0 || mode > 07777) {
			throw new OverlayException("mode " + Integer.toOctalString(mode) + " is not a permission mode (0 to 7777, octal)");
		}
		OverlayDir overlay = toSite(name);
		Path path = existing(name, overlay, file);
		if (Files.isSymbolicLink(path)) {
			throw new OverlayException(file + " of overlay " + name + " is a symbolic link; links have no mode of their own");
		}
		try {
			setMode(path, mode);
		} catch (IOException e) {
			throw new OverlayException("cannot change the mode of " + file + " in overlay " + name + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Sets the owner (and group) of an overlay file; names are looked up on this server, numbers
	 * are taken as they are.
	 *
	 * @param group null to keep the group
	 */
	public void chown(String name, String file, String user, String group) throws OverlayException {
		OverlayDir overlay = toSite(name);
		Path path = existing(name, overlay, file);
		try {
			if (user.matches("\\d+")) {
				Files.setAttribute(path, "unix:uid", Integer.parseInt(user), NOFOLLOW);
			} else {
				UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
				UserPrincipal principal;
				try {
					principal = lookup.lookupPrincipalByName(user);
				} catch (UserPrincipalNotFoundException e) {
					throw new OverlayException("there is no user " + user + " on this server; give a name it knows or a number");
				}
				Files.getFileAttributeView(path, PosixFileAttributeView.class, NOFOLLOW).setOwner(principal);
			}
			if (group != null) {
				if (group.matches("\\d+")) {
					Files.setAttribute(path, "unix:gid", Integer.parseInt(group), NOFOLLOW);
				} else {
					GroupPrincipal principal;
					try {
						principal = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(group);
					} catch (UserPrincipalNotFoundException e) {
						throw new OverlayException("there is no group " + group + " on this server; give a name it knows or a number");
					}
					Files.getFileAttributeView(path, PosixFileAttributeView.class, NOFOLLOW).setGroup(principal);
				}
			}
		} catch (IOException e) {
			throw new OverlayException("cannot change the owner of " + file + " in overlay " + name + ": " + e.getMessage()
					+ " (changing owners needs root)", e);
		}
	}

	/** @return every entry of an overlay, sorted by path (the root itself as {@code /}) */
	public List<OverlayEntry> files(String name) throws OverlayException {
		return files(get(name));
	}

	/** @return every entry under an overlay's root, sorted by path (the root itself as {@code /}) */
	public static List<OverlayEntry> files(OverlayDir overlay) throws OverlayException {
		Map<String, OverlayEntry> entries = new TreeMap<>();
		try {
			Files.walkFileTree(overlay.rootfs(), new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
					add(dir);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					add(file);
					return FileVisitResult.CONTINUE;
				}

				private void add(Path path) throws IOException {
					OverlayEntry entry = entry(overlay.rootfs(), path);
					entries.put(entry.path(), entry);
				}
			});
		} catch (NoSuchFileException e) {
			throw new OverlayException("overlay " + overlay.name() + " vanished while it was read (" + e.getFile() + ")", e);
		} catch (IOException e) {
			throw new OverlayException("cannot read overlay " + overlay.name() + " (" + overlay.rootfs() + "): " + e.getMessage(), e);
		}
		return List.copyOf(entries.values());
	}

	/** @return one entry as it is on disk (symbolic links are not followed) */
	public static OverlayEntry entry(Path rootfs, Path path) throws IOException {
		Map<String, Object> attributes = Files.readAttributes(path, "unix:mode,uid,gid,size,lastModifiedTime", NOFOLLOW);
		int mode = (Integer) attributes.get("mode");
		OverlayEntry.Kind kind = switch (mode & 0170000) {
		case 0100000 -> OverlayEntry.Kind.FILE;
		case 0040000 -> OverlayEntry.Kind.DIRECTORY;
		case 0120000 -> OverlayEntry.Kind.SYMLINK;
		default -> OverlayEntry.Kind.OTHER;
		};
		String inside = path.equals(rootfs) ? "/" : OverlayPath.inside(rootfs, path);
		return new OverlayEntry(inside, kind, mode & 07777, (Integer) attributes.get("uid"), (Integer) attributes.get("gid"),
				(Long) attributes.get("size"), ((FileTime) attributes.get("lastModifiedTime")).toMillis(),
				kind == OverlayEntry.Kind.SYMLINK ? Files.readSymbolicLink(path).toString() : null);
	}

	/** @return the names of the overlays per location, for listings ({@code -p}) */
	public Map<String, Path> paths() throws OverlayException {
		Map<String, Path> paths = new LinkedHashMap<>();
		for (OverlayDir overlay : list()) {
			paths.put(overlay.name(), overlay.dir());
		}
		return paths;
	}

	private Path existing(String name, OverlayDir overlay, String file) throws OverlayException {
		Path path = OverlayPath.resolve(name, overlay.rootfs(), file);
		if (!Files.exists(path, NOFOLLOW)) {
			throw new OverlayException("overlay " + name + " has no file " + file);
		}
		return path;
	}

	private static void ensureParent(String name, OverlayDir overlay, Path destination, boolean parents) throws OverlayException {
		Path parent = destination.getParent();
		if (Files.isDirectory(parent, NOFOLLOW)) {
			return;
		}
		if (!parents) {
			throw new OverlayException("the directory " + OverlayPath.inside(overlay.rootfs(), parent) + " does not exist in overlay "
					+ name + "; create it with --parents (or wulf overlay mkdir)");
		}
		try {
			List<Path> created = new ArrayList<>();
			for (Path p = parent; !Files.exists(p, NOFOLLOW); p = p.getParent()) {
				created.add(p);
			}
			Collections.reverse(created);
			for (Path p : created) {
				Files.createDirectory(p);
				setMode(p, 0755);
			}
		} catch (IOException e) {
			throw new OverlayException("cannot create " + parent + " in overlay " + name + ": " + e.getMessage(), e);
		}
	}

	private static void setMode(Path path, int mode) throws IOException {
		Files.setAttribute(path, "unix:mode", mode & 07777);
	}

	private static boolean isEmpty(Path dir) throws OverlayException {
		try (Stream<Path> children = Files.list(dir)) {
			return children.findAny().isEmpty();
		} catch (IOException e) {
			throw new OverlayException("cannot read " + dir + ": " + e.getMessage(), e);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) {
					throw e;
				}
				try {
					Files.delete(dir);
				} catch (DirectoryNotEmptyException again) {
					throw new IOException(dir + " is not empty (a file appeared while deleting)", again);
				}
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
