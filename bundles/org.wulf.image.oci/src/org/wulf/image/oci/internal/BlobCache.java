package org.wulf.image.oci.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Map;
import java.util.function.LongConsumer;

import org.wulf.image.oci.Descriptor;
import org.wulf.image.oci.OciException;

/**
 * Blobs downloaded from registries, stored by digest ({@code blobs/sha256/HEX}) so a second import
 * of the same layers downloads nothing. A download goes to {@code HEX.part} first and continues
 * from there with an HTTP Range request when interrupted; only a blob whose digest and size check
 * out is renamed into place.
 */
public final class BlobCache {

	private final Path root;

	public BlobCache(Path root) {
		this.root = root;
	}

	/** $XDG_CACHE_HOME/wulf/oci, else ~/.cache/wulf/oci. */
	public static Path defaultRoot(Map<String, String> environment) {
		String xdg = environment.get("XDG_CACHE_HOME");
		Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("wulf").resolve("oci");
	}

	public Path root() {
		return root;
	}

	public Path path(String digest) {
		return root.resolve("blobs").resolve("sha256").resolve(digest.substring(digest.indexOf(':') + 1));
	}

	public Path partial(String digest) {
		Path blob = path(digest);
		return blob.resolveSibling(blob.getFileName() + ".part");
	}

	public boolean has(Descriptor blob) throws IOException {
		Path path = path(blob.digest());
		return Files.isRegularFile(path) && Files.size(path) == blob.size();
	}

	/**
	 * The blob's file in the cache, downloaded (or continued) from the registry if needed.
	 *
	 * @param progress receives the number of bytes as they arrive (the part already there first)
	 */
	public Path fetch(RegistryClient registry, Descriptor blob, LongConsumer progress) throws OciException {
		try {
			if (has(blob)) {
				progress.accept(blob.size());
				return path(blob.digest());
			}
			Path part = partial(blob.digest());
			Files.createDirectories(part.getParent());
			long offset = Files.isRegularFile(part) ? Files.size(part) : 0;
			if (offset > blob.size()) {
				Files.delete(part);
				offset = 0;
			}
			MessageDigest digest = Digests.sha256();
			try (RegistryClient.Exchange response = registry.blob(blob.digest(), offset)) {
				boolean resumed = offset > 0 && response.status() == 206;
				if (resumed) {
					try (InputStream existing = Files.newInputStream(part)) {
						byte[] buffer = new byte[1 << 16];
						for (int n; (n = existing.read(buffer)) > 0;) {
							digest.update(buffer, 0, n);
						}
					}
					progress.accept(offset);
				} else {
					offset = 0;
				}
				long received = offset;
				try (InputStream in = response.body();
						OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
								resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
					byte[] buffer = new byte[1 << 16];
					for (int n; (n = in.read(buffer)) > 0;) {
						out.write(buffer, 0, n);
						digest.update(buffer, 0, n);
						received += n;
						progress.accept(n);
						if (received > blob.size()) {
							break;
						}
					}
				}
				String actual = Digests.of(digest);
				if (received != blob.size() || !actual.equals(blob.digest())) {
					Files.deleteIfExists(part);
					throw new OciException("digest mismatch: blob " + blob.digest() + " of " + registry.reference().repository()
							+ " from registry " + registry.reference().registry() + " has " + received + " bytes hashing to " + actual
							+ " (expected " + blob.size() + " bytes); the download was discarded");
				}
			}
			Path target = path(blob.digest());
			try {
				Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return target;
		} catch (IOException e) {
			throw registry.io(e, "downloading blob " + blob.digest() + " into " + root);
		}
	}
}
