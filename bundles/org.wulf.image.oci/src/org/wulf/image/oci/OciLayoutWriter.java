package org.wulf.image.oci;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.wulf.image.oci.internal.Digests;
import org.wulf.image.oci.internal.LayoutSource;
import org.wulf.image.oci.internal.Manifests;
import org.wulf.image.oci.internal.MediaTypes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.github.luben.zstd.ZstdOutputStream;

/**
 * Writes OCI image layouts: each layer is a directory tree turned into a tar (sorted, so the same
 * tree gives the same digest; modes, owners, times, symbolic and hard links, devices, user
 * extended attributes; files named {@code .wh.*} are written as they are, so a layer directory
 * can carry whiteouts), compressed with gzip (or zstd, or not at all). Used to publish images to
 * registries with {@link RegistryPusher}, and by the tests and benchmarks to make images.
 */
public final class OciLayoutWriter {

	/** Layer compression. */
	public enum Compression {
		GZIP(MediaTypes.OCI_LAYER_GZIP), ZSTD(MediaTypes.OCI_LAYER_ZSTD), NONE(MediaTypes.OCI_LAYER);

		final String mediaType;

		Compression(String mediaType) {
			this.mediaType = mediaType;
		}
	}

	private final Path layout;
	private final Map<String, Descriptor> tags = new LinkedHashMap<>();
	private Compression compression = Compression.GZIP;
	private int gzipLevel = Deflater.DEFAULT_COMPRESSION;

	public OciLayoutWriter(Path layout) throws OciException {
		this.layout = layout;
		try {
			Files.createDirectories(layout.resolve("blobs").resolve("sha256"));
			writeAtomically(layout.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new OciException("cannot create OCI layout " + layout + ": " + e.getMessage(), e);
		}
	}

	public OciLayoutWriter compression(Compression value) {
		this.compression = value;
		return this;
	}

	public OciLayoutWriter gzipLevel(int level) {
		this.gzipLevel = level;
		return this;
	}

	public Path layout() {
		return layout;
	}

	/**
	 * Writes an image: one layer per directory, bottom first, its config and its manifest.
	 *
	 * @return the manifest's descriptor, carrying the platform (for an index)
	 */
	public Descriptor addImage(List<Path> layerDirectories, Platform platform) throws OciException {
		List<Descriptor> layers = new ArrayList<>();
		List<String> diffIds = new ArrayList<>();
		for (Path directory : layerDirectories) {
			String[] diffId = new String[1];
			layers.add(writeLayer(directory, diffId));
			diffIds.add(diffId[0]);
		}
		ObjectNode config = Manifests.JSON.createObjectNode();
		config.put("architecture", platform.architecture());
		config.put("os", platform.os());
		if (platform.variant() != null) {
			config.put("variant", platform.variant());
		}
		config.putObject("config");
		ObjectNode rootfs = config.putObject("rootfs");
		rootfs.put("type", "layers");
		ArrayNode ids = rootfs.putArray("diff_ids");
		diffIds.forEach(ids::add);
		Descriptor configBlob = writeBlob(Manifests.bytes(config), MediaTypes.OCI_CONFIG);
		Descriptor manifest = writeBlob(Manifests.manifestJson(configBlob, layers), MediaTypes.OCI_MANIFEST);
		return new Descriptor(manifest.mediaType(), manifest.digest(), manifest.size(), platform, Map.of());
	}

	/** Writes an image index over images written before (their descriptors carry the platforms). */
	public Descriptor addIndex(List<Descriptor> manifests) throws OciException {
		return writeBlob(Manifests.indexJson(manifests), MediaTypes.OCI_INDEX);
	}

	/** Names an image or index in {@code index.json} ({@code org.opencontainers.image.ref.name}). */
	public void tag(String tag, Descriptor descriptor) throws OciException {
		tags.put(tag, new Descriptor(descriptor.mediaType(), descriptor.digest(), descriptor.size(), null,
				Map.of(LayoutSource.REF_NAME, tag)));
		try {
			writeAtomically(layout.resolve("index.json"), Manifests.indexJson(new ArrayList<>(tags.values())));
		} catch (IOException e) {
			throw new OciException("cannot write " + layout.resolve("index.json") + ": " + e.getMessage(), e);
		}
	}

	public Descriptor writeBlob(byte[] bytes, String mediaType) throws OciException {
		String digest = Digests.of(bytes);
		try {
			Path blob = blob(digest);
			if (!Files.exists(blob)) {
				writeAtomically(blob, bytes);
			}
		} catch (IOException e) {
			throw new OciException("cannot write blob " + digest + " into " + layout + ": " + e.getMessage(), e);
		}
		return new Descriptor(mediaType, digest, bytes.length);
	}

	public Path blob(String digest) {
		return layout.resolve("blobs").resolve("sha256").resolve(digest.substring(digest.indexOf(':') + 1));
	}

	private Descriptor writeLayer(Path directory, String[] diffId) throws OciException {
		Path temporary = layout.resolve("blobs").resolve(".layer-" + System.nanoTime() + ".tmp");
		MessageDigest compressed = Digests.sha256();
		MessageDigest uncompressed = Digests.sha256();
		try {
			try (OutputStream file = Files.newOutputStream(temporary);
					DigestOutputStream raw = new DigestOutputStream(new java.io.BufferedOutputStream(file, 1 << 16), compressed);
					OutputStream compressing = compress(raw);
					DigestOutputStream plain = new DigestOutputStream(compressing, uncompressed);
					TarArchiveOutputStream tar = new TarArchiveOutputStream(plain)) {
				tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
				tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
				tar.setAddPaxHeadersForNonAsciiNames(true);
				writeTree(directory, tar);
				tar.finish();
			}
			String digest = Digests.of(compressed);
			diffId[0] = Digests.of(uncompressed);
			long size = Files.size(temporary);
			move(temporary, blob(digest));
			return new Descriptor(compression.mediaType, digest, size);
		} catch (IOException e) {
			throw new OciException("cannot write a layer of " + directory + " into " + layout + ": " + e.getMessage(), e);
		} finally {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException e) {
				// a stray temporary file in blobs/ is harmless
			}
		}
	}

	private OutputStream compress(OutputStream raw) throws IOException {
		return switch (compression) {
		case GZIP -> new GZIPOutputStream(raw, 1 << 16) {
			{
				def.setLevel(gzipLevel);
			}
		};
		case ZSTD -> new ZstdOutputStream(raw);
		case NONE -> new java.io.FilterOutputStream(raw) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}
		};
		};
	}

	private static void writeTree(Path root, TarArchiveOutputStream tar) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = walk.filter(p -> !p.equals(root)).sorted().toList();
		}
		Map<String, String> firstLinks = new HashMap<>();
		byte[] buffer = new byte[1 << 16];
		for (Path path : paths) {
			String name = root.relativize(path).toString();
			Map<String, Object> attributes = Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
			int mode = (Integer) attributes.get("mode");
			int type = mode & 0170000;
			TarArchiveEntry entry;
			boolean content = false;
			if (type == 0040000) {
				entry = new TarArchiveEntry(name + "/");
			} else if (type == 0120000) {
				entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
				entry.setLinkName(Files.readSymbolicLink(path).toString());
			} else if (type == 0100000) {
				String inode = attributes.get("dev") + ":" + attributes.get("ino");
				if ((Integer) attributes.get("nlink") > 1 && firstLinks.containsKey(inode)) {
					entry = new TarArchiveEntry(name, TarConstants.LF_LINK);
					entry.setLinkName(firstLinks.get(inode));
				} else {
					firstLinks.put(inode, name);
					entry = new TarArchiveEntry(name);
					entry.setSize((Long) attributes.get("size"));
					content = true;
				}
			} else if (type == 0020000 || type == 0060000) {
				entry = new TarArchiveEntry(name, type == 0020000 ? TarConstants.LF_CHR : TarConstants.LF_BLK);
				long rdev = (Long) attributes.get("rdev");
				entry.setDevMajor((int) ((rdev >> 8) & 0xfff));
				entry.setDevMinor((int) ((rdev & 0xff) | ((rdev >> 12) & 0xfff00)));
			} else if (type == 0010000) {
				entry = new TarArchiveEntry(name, TarConstants.LF_FIFO);
			} else {
				continue; // sockets do not belong in images
			}
			entry.setMode(mode & 07777 | (type == 0040000 ? 0040000 : type == 0100000 ? 0100000 : 0));
			entry.setUserId((Integer) attributes.get("uid"));
			entry.setGroupId((Integer) attributes.get("gid"));
			entry.setModTime(((FileTime) attributes.get("lastModifiedTime")).toMillis());
			if (type == 0100000 || type == 0040000) { // reading attributes opens the file: not FIFOs or devices
				UserDefinedFileAttributeView xattrs = Files.getFileAttributeView(path, UserDefinedFileAttributeView.class);
				if (xattrs != null) {
					for (String attribute : xattrs.list()) {
						ByteBuffer value = ByteBuffer.allocate(xattrs.size(attribute));
						xattrs.read(attribute, value);
						entry.addPaxHeader("SCHILY.xattr.user." + attribute, new String(value.array(), 0, value.position(), StandardCharsets.UTF_8));
					}
				}
			}
			tar.putArchiveEntry(entry);
			if (content) {
				try (InputStream in = Files.newInputStream(path)) {
					for (int n; (n = in.read(buffer)) > 0;) {
						tar.write(buffer, 0, n);
					}
				}
			}
			tar.closeArchiveEntry();
		}
	}

	private static void writeAtomically(Path target, byte[] bytes) throws IOException {
		Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
		Files.write(temporary, bytes);
		move(temporary, target);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
