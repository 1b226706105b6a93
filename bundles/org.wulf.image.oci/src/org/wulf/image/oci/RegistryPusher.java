package org.wulf.image.oci;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.PathRequestContent;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpHeader;
import org.wulf.image.oci.internal.LayoutSource;
import org.wulf.image.oci.internal.Manifests;
import org.wulf.image.oci.internal.MediaTypes;
import org.wulf.image.oci.internal.RegistryClient;

/**
 * Uploads an image (or a whole index) from an OCI layout to a registry: blobs the registry lacks
 * (monolithic PUT, or PATCH chunks then PUT for blobs larger than the chunk size), then the
 * manifests, the tagged one last. The counterpart of the importer, for publishing images.
 */
public final class RegistryPusher {

	private final Credentials credentials;
	private final boolean plainHttp;
	private long chunkSize = Long.MAX_VALUE;

	public RegistryPusher(Credentials credentials, boolean plainHttp) {
		this.credentials = credentials;
		this.plainHttp = plainHttp;
	}

	/** Blobs larger than this are sent in PATCH chunks of this size; default: one PUT per blob. */
	public RegistryPusher chunkSize(long bytes) {
		this.chunkSize = bytes;
		return this;
	}

	/**
	 * Pushes the layout's image tagged {@code tag} to {@code destination} ({@code host/repo:tag}).
	 *
	 * @return the digest of the pushed manifest or index
	 */
	public String push(Path layout, String tag, String destination) throws OciException {
		ImageReference target = ImageReference.parse(destination);
		Descriptor root;
		try {
			root = Manifests.index(Files.readAllBytes(layout.resolve("index.json")), layout + "/index.json").manifests().stream()
					.filter(d -> tag.equals(d.annotations().get(LayoutSource.REF_NAME))).findFirst()
					.orElseThrow(() -> new OciException("OCI layout " + layout + " has no image tagged '" + tag + "'"));
		} catch (IOException e) {
			throw new OciException("cannot read " + layout.resolve("index.json") + ": " + e.getMessage(), e);
		}
		try (RegistryClient registry = new RegistryClient(target, credentials, plainHttp, true, System.getenv())) {
			pushTree(registry, layout, root);
			putManifest(registry, layout, root, target.reference());
		}
		return root.digest();
	}

	private void pushTree(RegistryClient registry, Path layout, Descriptor descriptor) throws OciException {
		byte[] json = read(layout, descriptor);
		String where = layout + " " + descriptor.digest();
		if (MediaTypes.isIndex(descriptor.mediaType()) || Manifests.isIndex(json, where)) {
			for (Descriptor child : Manifests.index(json, where).manifests()) {
				pushTree(registry, layout, child);
				putManifest(registry, layout, child, child.digest());
			}
			return;
		}
		Manifests.Manifest manifest = Manifests.manifest(json, where);
		uploadBlob(registry, layout, manifest.config());
		for (Descriptor layer : manifest.layers()) {
			uploadBlob(registry, layout, layer);
		}
	}

	private static byte[] read(Path layout, Descriptor descriptor) throws OciException {
		try {
			return Files.readAllBytes(blob(layout, descriptor.digest()));
		} catch (IOException e) {
			throw new OciException("cannot read blob " + descriptor.digest() + " of " + layout + ": " + e.getMessage(), e);
		}
	}

	private static Path blob(Path layout, String digest) {
		return layout.resolve("blobs").resolve("sha256").resolve(digest.substring(digest.indexOf(':') + 1));
	}

	private void putManifest(RegistryClient registry, Path layout, Descriptor descriptor, String reference) throws OciException {
		byte[] json = read(layout, descriptor);
		String type = descriptor.mediaType() != null ? descriptor.mediaType()
				: Manifests.isIndex(json, layout.toString()) ? MediaTypes.OCI_INDEX : MediaTypes.OCI_MANIFEST;
		try (RegistryClient.Exchange response = registry.send("PUT", registry.uri("/manifests/" + reference),
				h -> h.put(HttpHeader.CONTENT_TYPE, type), () -> new BytesRequestContent(type, json))) {
			if (response.status() != 201 && response.status() != 200) {
				throw registry.failure(response, "uploading manifest " + reference);
			}
		} catch (IOException e) {
			throw registry.io(e, "uploading manifest " + reference);
		}
	}

	private void uploadBlob(RegistryClient registry, Path layout, Descriptor descriptor) throws OciException {
		if (registry.hasBlob(descriptor.digest())) {
			return;
		}
		Path file = blob(layout, descriptor.digest());
		try {
			URI location = startUpload(registry, descriptor);
			long size = Files.size(file);
			if (size > chunkSize) {
				try (InputStream in = Files.newInputStream(file)) {
					for (long offset = 0; offset < size;) {
						byte[] chunk = in.readNBytes((int) Math.min(chunkSize, size - offset));
						long start = offset;
						try (RegistryClient.Exchange response = registry.send("PATCH", location, h -> {
							h.put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
							h.put(HttpHeader.CONTENT_RANGE, start + "-" + (start + chunk.length - 1));
						}, () -> new BytesRequestContent("application/octet-stream", chunk))) {
							if (response.status() != 202) {
								throw registry.failure(response, "uploading a chunk of blob " + descriptor.digest());
							}
							location = next(location, response);
						}
						offset += chunk.length;
					}
				}
				finishUpload(registry, descriptor, location, () -> new BytesRequestContent(new byte[0]));
			} else {
				finishUpload(registry, descriptor, location, () -> {
					try {
						return new PathRequestContent("application/octet-stream", file);
					} catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				});
			}
		} catch (IOException e) {
			throw registry.io(e, "uploading blob " + descriptor.digest());
		}
	}

	private static URI startUpload(RegistryClient registry, Descriptor descriptor) throws OciException, IOException {
		try (RegistryClient.Exchange response = registry.send("POST", registry.uri("/blobs/uploads/"), h -> {
		}, () -> new BytesRequestContent(new byte[0]))) {
			if (response.status() != 202) {
				throw registry.failure(response, "starting the upload of blob " + descriptor.digest());
			}
			return next(response.uri(), response);
		}
	}

	private static URI next(URI current, RegistryClient.Exchange response) throws OciException {
		String location = response.headers().get(HttpHeader.LOCATION);
		if (location == null) {
			throw new OciException("registry answered an upload request without a Location header");
		}
		return current.resolve(location);
	}

	private static void finishUpload(RegistryClient registry, Descriptor descriptor, URI location, Supplier<Request.Content> body)
			throws OciException, IOException {
		String separator = location.getRawQuery() == null ? "?" : "&";
		URI put = URI.create(location + separator + "digest=" + descriptor.digest().replace(":", "%3A"));
		try (RegistryClient.Exchange response = registry.send("PUT", put, h -> h.put(HttpHeader.CONTENT_TYPE, "application/octet-stream"),
				body)) {
			if (response.status() != 201) {
				throw registry.failure(response, "finishing the upload of blob " + descriptor.digest());
			}
		}
	}

}
