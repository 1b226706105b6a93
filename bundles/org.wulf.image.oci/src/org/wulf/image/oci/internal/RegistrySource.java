package org.wulf.image.oci.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.wulf.image.oci.Descriptor;
import org.wulf.image.oci.OciException;
import org.wulf.image.oci.Platform;

/**
 * An image in a registry: the manifest (through an index or manifest list for the platform),
 * then the layer blobs, downloaded into the {@link BlobCache} (or found there) before they are read.
 */
public final class RegistrySource implements ImageSource {

	private final RegistryClient registry;
	private final BlobCache cache;

	public RegistrySource(RegistryClient registry, BlobCache cache) {
		this.registry = registry;
		this.cache = cache;
	}

	@Override
	public Resolved resolve(Platform platform) throws OciException {
		String ref = registry.reference().reference();
		RegistryClient.Fetched fetched = registry.manifest(ref);
		String where = "registry " + registry.reference().registry() + " " + registry.reference().repository() + "@" + fetched.digest();
		if (MediaTypes.isIndex(fetched.mediaType()) || Manifests.isIndex(fetched.bytes(), where)) {
			Manifests.Index index = Manifests.index(fetched.bytes(), where);
			Descriptor chosen = index.select(platform).orElseThrow(() -> new OciException("image " + registry.reference()
					+ " has no variant for platform " + platform + " (it has: " + index.manifests().stream()
							.map(d -> String.valueOf(d.platform())).collect(Collectors.joining(", ")) + "); choose one with --platform"));
			fetched = registry.manifest(chosen.digest());
			where = "registry " + registry.reference().registry() + " " + registry.reference().repository() + "@" + fetched.digest();
		}
		Manifests.Manifest manifest = Manifests.manifest(fetched.bytes(), where);
		List<Layer> layers = new ArrayList<>();
		for (Descriptor layer : manifest.layers()) {
			if (MediaTypes.DOCKER_FOREIGN.equals(layer.mediaType())) {
				throw new OciException(where + ": layer " + layer.digest() + " is a foreign (Windows) layer, which Wulf cannot apply");
			}
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
				public boolean downloads() {
					return true;
				}

				@Override
				public void prepare(LongConsumer progress) throws OciException {
					cache.fetch(registry, layer, progress);
				}

				@Override
				public InputStream open() throws IOException {
					return Files.newInputStream(cache.path(layer.digest()));
				}
			});
		}
		return new Resolved(fetched.digest(), layers);
	}

	@Override
	public void close() {
		registry.close();
	}
}
