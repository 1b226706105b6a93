package org.wulf.provision.tftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Serves the regular files below one root directory, read-only, and nothing outside it.
 * <p>
 * How a request name maps to a file (the rules tftpd-hpa's {@code --secure} gives, made explicit):
 * <ol>
 * <li>A name containing NUL or another control character is refused.</li>
 * <li>A backslash is a separator, as a slash is (Windows boot loaders send {@code boot\bcd}).</li>
 * <li>Leading separators are dropped: {@code /pxelinux.0} is {@code <root>/pxelinux.0}. An absolute
 * name never reaches the host's file system.</li>
 * <li>Empty and {@code .} segments are dropped; a name with a {@code ..} segment is refused, even
 * when it would stay inside the root.</li>
 * <li>Symbolic links are followed, but the real path must stay inside the real path of the root;
 * a link pointing out of the root is refused.</li>
 * <li>Only regular files are served: directories, devices and FIFOs are refused.</li>
 * </ol>
 * Refusals are {@link AccessDeniedException}s (TFTP error 2) whose reason says which rule applied;
 * a file that does not exist is a {@link NoSuchFileException} (TFTP error 1).
 * <p>
 * The root is looked up again on each request, so it may be created or replaced while the server
 * runs. The files below it are trusted content of the administrator: a local user able to swap a
 * directory for a symbolic link between the check and the open could still win that race.
 */
public final class DirectoryFileSource implements TftpFileSource {

	private final Path root;

	public DirectoryFileSource(Path root) {
		this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
	}

	public Path root() {
		return root;
	}

	@Override
	public TftpFile open(String name, InetSocketAddress client) throws IOException {
		Path file = resolve(name);
		// The real path has no links left; NOFOLLOW_LINKS keeps its last element from becoming one.
		return TftpFile.of(FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
	}

	/**
	 * Applies the rules above.
	 *
	 * @return the real path of the regular file {@code name} denotes inside the root
	 * @throws AccessDeniedException when a rule refuses the name
	 * @throws NoSuchFileException   when the file (or the root) does not exist
	 */
	public Path resolve(String name) throws IOException {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				throw new AccessDeniedException(printable(name), null, "control character in the file name");
			}
		}
		Path candidate = root;
		for (String segment : name.replace('\\', '/').split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals("..")) {
				throw new AccessDeniedException(name, null, "'..' in the file name");
			}
			candidate = candidate.resolve(segment);
		}
		if (candidate.equals(root)) {
			throw new AccessDeniedException(name, null, "names the TFTP root directory");
		}
		Path realRoot = root.toRealPath();
		Path real;
		try {
			real = candidate.toRealPath();
		} catch (NoSuchFileException e) {
			throw new NoSuchFileException(name, null, "not found below " + root);
		}
		if (!real.startsWith(realRoot)) {
			throw new AccessDeniedException(name, null, "resolves to " + real + ", outside the TFTP root " + realRoot);
		}
		BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
		if (attributes.isDirectory()) {
			throw new AccessDeniedException(name, null, "is a directory");
		}
		if (!attributes.isRegularFile()) {
			throw new AccessDeniedException(name, null, "is not a regular file");
		}
		return real;
	}

	private static String printable(String name) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				s.append(String.format("\\x%02x", (int) c));
			} else {
				s.append(c);
			}
		}
		return s.toString();
	}
}
