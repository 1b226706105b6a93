package org.wulf.image.oci.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.wulf.image.oci.Descriptor;
import org.wulf.image.oci.OciException;
import org.wulf.image.oci.Platform;

/**
 * An OCI image layout ({@code oci-layout}, {@code index.json}, {@code blobs/sha256/...}) in a
 * directory or a tar archive. A tag selects the {@code index.json} entry whose
 * {@code org.opencontainers.image.ref.name} annotation is that tag; without one, the layout must
 * hold a single entry. Blobs are checked against their digests as they are read.
 */
public final class LayoutSource implements ImageSource {

	public static final String REF_NAME = "org.opencontainers.image.ref.name";
	private final LocalFiles files;
	private final String tag;

	public LayoutSource(LocalFiles files, String tag) {
		this.files = files;
		this.tag = tag;
	}

	@Override
	public Resolved resolve(Platform platform) throws OciException {
		if (!files.exists("index.json")) {
			throw new OciException(files.where() + " is not an OCI image layout: it has no index.json");
		}
		Manifests.Index index = Manifests.index(read("index.json", null, -1), files.where() + "/index.json");
		Descriptor chosen;
		if (tag != null) {
			chosen = index.manifests().stream().filter(d -> tag.equals(d.annotations().get(REF_NAME))).findFirst()
					.orElseThrow(() -> new OciException("OCI layout " + files.where() + " has no image tagged '" + tag + "' (it has: "
							+ tags(index) + ")"));
		} else if (index.manifests().size() == 1) {
			chosen = index.manifests().get(0);
		} else {
			throw new OciException("OCI layout " + files.where() + " holds " + index.manifests().size() + " images; name one"
					+ " with :TAG (it has: " + tags(index) + ")");
		}
		return resolve(chosen, platform);
	}

	private static String tags(Manifests.Index index) {
		return index.manifests().stream().map(d -> d.annotations().getOrDefault(REF_NAME, d.digest())).collect(Collectors.joining(", "));
	}

	private Resolved resolve(Descriptor descriptor, Platform platform) throws OciException {
		String where = files.where() + " blob " + descriptor.digest();
		byte[] json = read(blobPath(descriptor.digest()), descriptor.digest(), descriptor.size());
		if (MediaTypes.isIndex(descriptor.mediaType()) || Manifests.isIndex(json, where)) {
			Manifests.Index nested = Manifests.index(json, where);
			Descriptor manifest = nested.select(platform).orElseThrow(() -> new OciException("image index " + descriptor.digest()
					+ " in " + files.where() + " has no image for " + platform + " (it has: " + nested.manifests().stream()
							.map(d -> String.valueOf(d.platform())).collect(Collectors.joining(", ")) + "); choose one with --platform"));
			return resolve(manifest, platform);
		}
		Manifests.Manifest manifest = Manifests.manifest(json, where);
		List<Layer> layers = new ArrayList<>();
		for (Descriptor layer : manifest.layers()) {
			layers.add(new Layer() {
				@Override
				public String digest() {
					return layer.digest();
				}

				@Override
				public long size() {
					return layer.size();
				}

				@Override
				public InputStream open() throws IOException {
					return files.open(blobPath(layer.digest()));
				}
			});
		}
		return new Resolved(descriptor.digest(), layers);
	}

	static String blobPath(String digest) {
		return "blobs/" + digest.replace(':', '/');
	}

	private byte[] read(String path, String digest, long size) throws OciException {
		try (InputStream in = files.open(path)) {
			byte[] bytes = in.readAllBytes();
			if (digest != null && !Digests.of(bytes).equals(digest)) {
				throw new OciException("digest mismatch in " + files.where() + ": " + path + " hashes to " + Digests.of(bytes)
						+ ", not " + digest);
			}
			if (size >= 0 && bytes.length != size) {
				throw new OciException("size mismatch in " + files.where() + ": " + path + " has " + bytes.length + " bytes, the"
						+ " descriptor says " + size);
			}
			return bytes;
		} catch (IOException e) {
			throw new OciException("cannot read " + path + " of " + files.where() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void close() throws OciException {
		try {
			files.close();
		} catch (IOException e) {
			throw new OciException("cannot close " + files.where() + ": " + e.getMessage(), e);
		}
	}
}
