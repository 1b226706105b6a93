package org.wulf.image.oci.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.wulf.image.oci.OciException;

import com.github.luben.zstd.ZstdInputStream;

/**
 * Applies image layers (tar, gzip or zstd compressed) to a root file system in order, with the
 * OCI layer semantics: whiteouts ({@code .wh.NAME}) delete what lower layers made, an opaque
 * marker ({@code .wh..wh..opq}) hides a directory's lower contents. Every path is resolved with
 * {@link SafePaths}, so neither {@code ..} nor a symbolic link can make it write outside the root.
 * Owners and device nodes need root; without it they are skipped with a warning.
 */
public final class LayerApplier {

	private static final String WHITEOUT = ".wh.";
	private static final String OPAQUE = ".wh..wh..opq";
	private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
	private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

	private final Path root;
	private final Consumer<String> warnings;
	private final boolean asRoot;
	private final Map<String, Integer> skipped = new LinkedHashMap<>();
	private boolean setfattrChecked;
	private boolean setfattrPresent;
	private final byte[] buffer = new byte[1 << 16];
	/** Resolved and checked parent directories by entry parent name; cleared when links or trees change. */
	private final Map<String, Path> parents = new HashMap<>();

	/** @param warnings receives one line per kind of entry that could not be applied exactly */
	public LayerApplier(Path root, Consumer<String> warnings) {
		this(root, warnings, ROOT);
	}

	LayerApplier(Path root, Consumer<String> warnings, boolean asRoot) {
		this.root = root.toAbsolutePath().normalize();
		this.warnings = warnings;
		this.asRoot = asRoot;
	}

	/** Opens a layer blob for reading as tar, recognising gzip and zstd by their magic numbers. */
	public static InputStream decompress(InputStream raw) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
		in.mark(4);
		byte[] magic = in.readNBytes(4);
		in.reset();
		if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
			return new GZIPInputStream(in, 1 << 16);
		}
		if (magic.length == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5 && (magic[2] & 0xff) == 0x2f
				&& (magic[3] & 0xff) == 0xfd) {
			return new BufferedInputStream(new ZstdInputStream(in), 1 << 16);
		}
		return in;
	}

	/**
	 * Applies one layer.
	 *
	 * @param layer what to call the layer in messages (its digest)
	 * @param tar   the uncompressed tar stream
	 */
	public void apply(String layer, InputStream tar) throws OciException, IOException {
		Files.createDirectories(root);
		parents.clear();
		Set<String> made = new HashSet<>();
		List<DeferredDirectory> directories = new ArrayList<>();
		TarArchiveInputStream in = new TarArchiveInputStream(tar);
		for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null;) {
			String name = clean(entry.getName(), layer);
			if (name.isEmpty()) {
				if (entry.isDirectory()) {
					directories.add(new DeferredDirectory(root, entry));
				}
				continue;
			}
			int slash = name.lastIndexOf('/');
			String base = name.substring(slash + 1);
			String parentName = slash < 0 ? "" : name.substring(0, slash);
			Path parent = parents.get(parentName);
			if (parent == null) {
				parent = SafePaths.resolve(root, parentName, true);
				ensureDirectory(parent, layer, name);
				parents.put(parentName, parent);
			}
			if (base.startsWith(WHITEOUT)) {
				whiteout(parent, base, made);
				parents.clear();
				continue;
			}
			Path target = parent.resolve(base);
			made.add(root.relativize(target).toString());
			if (entry.isDirectory()) {
				boolean fresh = !Files.isDirectory(target, NOFOLLOW);
				if (fresh) {
					remove(target);
					Files.createDirectory(target);
				}
				owner(target, entry, fresh);
				xattrs(target, entry, name);
				directories.add(new DeferredDirectory(target, entry));
			} else if (entry.isSymbolicLink()) {
				remove(target);
				Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
				parents.clear(); // a cached parent may lead through this name
				owner(target, entry, true);
				try { // never Files.setLastModifiedTime: it follows the link, maybe out of the root
					Files.getFileAttributeView(target, BasicFileAttributeView.class, NOFOLLOW).setTimes(entry.getLastModifiedTime(), null, null);
				} catch (IOException e) {
					// some file systems cannot time-stamp a link; its time matters to nobody
				}
			} else if (entry.isLink()) {
				String linkName = clean(entry.getLinkName(), layer);
				Path source = SafePaths.resolve(root, linkName, false);
				if (!Files.exists(source, NOFOLLOW)) {
					throw new OciException("layer " + layer + ": hard link " + name + " points to " + linkName
							+ ", which is not in the image");
				}
				if (!source.equals(target)) {
					remove(target);
					Files.createLink(target, source);
				}
			} else if (entry.isCharacterDevice() || entry.isBlockDevice()) {
				if (!asRoot) {
					skip("device nodes (need root)", name);
					continue;
				}
				remove(target);
				run(name, "mknod", "-m", Integer.toOctalString(entry.getMode() & 07777), target.toString(),
						entry.isCharacterDevice() ? "c" : "b", String.valueOf(entry.getDevMajor()), String.valueOf(entry.getDevMinor()));
				special(target, entry, name);
			} else if (entry.isFIFO()) {
				remove(target);
				run(name, "mkfifo", "-m", Integer.toOctalString(entry.getMode() & 07777), target.toString());
				special(target, entry, name);
			} else if (entry.isFile()) {
				remove(target);
				try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, NOFOLLOW)) {
					for (int n; (n = in.read(buffer)) > 0;) {
						out.write(buffer, 0, n);
					}
				}
				metadata(target, entry, name);
			} else {
				skip("entries of unsupported tar type '" + (char) entry.getLinkFlag() + "'", name);
			}
		}
		// directory modes and times last: writing their children changed the times, and a read-only
		// mode could have stopped those writes
		for (int i = directories.size() - 1; i >= 0; i--) {
			DeferredDirectory d = directories.get(i);
			if (!Files.isDirectory(d.path, NOFOLLOW)) {
				continue; // replaced later in the layer (perhaps by a link, which must not be followed)
			}
			Files.setAttribute(d.path, "unix:mode", d.mode);
			Files.setLastModifiedTime(d.path, d.mtime);
		}
		reportSkipped();
	}

	private record DeferredDirectory(Path path, int mode, FileTime mtime) {
		DeferredDirectory(Path path, TarArchiveEntry entry) {
			this(path, entry.getMode() & 07777, entry.getLastModifiedTime());
		}
	}

	/** The entry name relative to the root, without leading '/' or './'; '..' is refused. */
	static String clean(String name, String layer) throws OciException {
		StringBuilder out = new StringBuilder();
		for (String element : name.split("/")) {
			if (element.isEmpty() || element.equals(".")) {
				continue;
			}
			if (element.equals("..")) {
				throw new OciException("layer " + layer + ": entry '" + name + "' contains '..', which would leave the root"
						+ " file system; the layer is refused");
			}
			if (out.length() > 0) {
				out.append('/');
			}
			out.append(element);
		}
		return out.toString();
	}

	private void ensureDirectory(Path parent, String layer, String name) throws IOException, OciException {
		if (Files.isDirectory(parent, NOFOLLOW)) {
			return;
		}
		if (Files.exists(parent, NOFOLLOW)) {
			throw new OciException("layer " + layer + ": entry " + name + " needs directory " + root.relativize(parent)
					+ ", which is a file");
		}
		Files.createDirectories(parent);
	}

	private void whiteout(Path parent, String base, Set<String> made) throws IOException {
		if (base.equals(OPAQUE)) {
			try (Stream<Path> children = Files.list(parent)) {
				for (Path child : children.toList()) {
					if (!made.contains(root.relativize(child).toString())) {
						deleteTree(child);
					}
				}
			}
			return;
		}
		Path victim = parent.resolve(base.substring(WHITEOUT.length()));
		if (!made.contains(root.relativize(victim).toString())) {
			deleteTree(victim);
		}
	}

	/** Removes what is at {@code target}; removing more than a file may change where cached parents lead. */
	private void remove(Path target) throws IOException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(target, BasicFileAttributes.class, NOFOLLOW);
		} catch (NoSuchFileException e) {
			return;
		}
		if (attributes.isRegularFile()) {
			Files.delete(target);
		} else {
			deleteTree(target);
			parents.clear();
		}
	}

	private void metadata(Path target, TarArchiveEntry entry, String name) throws IOException, OciException {
		owner(target, entry, true);
		// after chown, which clears setuid; target is never a link here, and the NOFOLLOW variant opens
		// the file, which blocks on a FIFO
		Files.setAttribute(target, "unix:mode", entry.getMode() & 07777);
		xattrs(target, entry, name);
		Files.setLastModifiedTime(target, entry.getLastModifiedTime());
	}

	/**
	 * Owner, mode, attributes and time of a FIFO or device node by path only: Java's time and
	 * attribute setters open the file, which blocks on a FIFO and may wake a device.
	 */
	private void special(Path target, TarArchiveEntry entry, String name) throws IOException, OciException {
		owner(target, entry, true);
		run(name, "chmod", Integer.toOctalString(entry.getMode() & 07777), target.toString()); // chown cleared set-id bits
		for (Map.Entry<String, String> header : entry.getExtraPaxHeaders().entrySet()) {
			if (header.getKey().startsWith("SCHILY.xattr.")) {
				skip("extended attributes on device nodes and FIFOs", name);
			}
		}
		FileTime mtime = entry.getLastModifiedTime();
		run(name, "touch", "-h", "-m", "-d", "@" + mtime.toInstant().getEpochSecond() + "." + String.format("%09d", mtime.toInstant().getNano()),
				target.toString());
	}

	/** @param fresh whether this process just created it (then it is root's already) */
	private void owner(Path target, TarArchiveEntry entry, boolean fresh) throws IOException {
		if (asRoot && !(fresh && entry.getLongUserId() == 0 && entry.getLongGroupId() == 0)) {
			Files.setAttribute(target, "unix:uid", (int) entry.getLongUserId(), NOFOLLOW);
			Files.setAttribute(target, "unix:gid", (int) entry.getLongGroupId(), NOFOLLOW);
		}
	}

	private void xattrs(Path target, TarArchiveEntry entry, String name) throws IOException, OciException {
		for (Map.Entry<String, String> header : entry.getExtraPaxHeaders().entrySet()) {
			if (!header.getKey().startsWith("SCHILY.xattr.")) {
				continue;
			}
			String attribute = header.getKey().substring("SCHILY.xattr.".length());
			String value = header.getValue();
			if (attribute.startsWith("user.")) {
				UserDefinedFileAttributeView view = Files.getFileAttributeView(target, UserDefinedFileAttributeView.class, NOFOLLOW);
				if (view == null) {
					skip("extended attributes (the file system has no user attributes)", name);
					continue;
				}
				view.write(attribute.substring(5), ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8)));
			} else if (value.indexOf('\uFFFD') >= 0) {
				// the tar reader decodes PAX values as UTF-8, so a binary value arrives damaged
				skip("binary extended attributes such as " + attribute, name);
			} else if (!asRoot || !setfattr()) {
				skip("extended attributes outside user.* (need root and setfattr)", name);
			} else {
				run(name, "setfattr", "-h", "-n", attribute, "-v",
						"0x" + java.util.HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)), target.toString());
			}
		}
	}

	private boolean setfattr() {
		if (!setfattrChecked) {
			setfattrChecked = true;
			setfattrPresent = Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":"))
					.anyMatch(dir -> Files.isExecutable(Path.of(dir, "setfattr")));
		}
		return setfattrPresent;
	}

	private void skip(String what, String name) {
		skipped.merge(what + ", e.g. /" + name.replaceAll(",.*", ""), 1, Integer::sum);
	}

	private void reportSkipped() {
		Map<String, Integer> byKind = new LinkedHashMap<>();
		Map<String, String> example = new LinkedHashMap<>();
		skipped.forEach((key, count) -> {
			String kind = key.substring(0, key.indexOf(", e.g. "));
			byKind.merge(kind, count, Integer::sum);
			example.putIfAbsent(kind, key.substring(key.indexOf(", e.g. ") + 7));
		});
		byKind.forEach((kind, count) -> warnings.accept("skipped " + count + " " + kind + ", e.g. " + example.get(kind)));
		skipped.clear();
	}

	private void run(String name, String... command) throws OciException, IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		try {
			if (process.waitFor() != 0) {
				throw new OciException("cannot create /" + name + ": " + command[0] + " failed: " + output);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OciException("interrupted while creating /" + name, e);
		}
	}

	/** Deletes a file, link or directory tree without following links. */
	public static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path, NOFOLLOW)) {
			return;
		}
		if (!Files.isDirectory(path, NOFOLLOW)) {
			Files.delete(path);
			return;
		}
		Files.walkFileTree(path, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				if (!Files.isWritable(dir)) {
					Files.setAttribute(dir, "unix:mode", 0700);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				try {
					Files.delete(file);
				} catch (NoSuchFileException e) {
					// gone already
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) {
					throw e;
				}
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

}
