package org.wulf.image.oci.internal;

import java.util.Set;

/** The manifest, index and layer media types of OCI and of Docker's v2 schema 2. */
public final class MediaTypes {

	public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
	public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
	public static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
	public static final String OCI_LAYER = "application/vnd.oci.image.layer.v1.tar";
	public static final String OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";
	public static final String OCI_LAYER_ZSTD = "application/vnd.oci.image.layer.v1.tar+zstd";
	public static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
	public static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
	public static final String DOCKER_LAYER_GZIP = "application/vnd.docker.image.rootfs.diff.tar.gzip";
	public static final String DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar";
	public static final String DOCKER_FOREIGN = "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";

	/** What a manifest request accepts, most specific first. */
	public static final String ACCEPT = String.join(", ", OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST);

	private static final Set<String> INDEXES = Set.of(OCI_INDEX, DOCKER_LIST);
	private static final Set<String> MANIFESTS = Set.of(OCI_MANIFEST, DOCKER_MANIFEST);

	private MediaTypes() {
	}

	public static boolean isIndex(String mediaType) {
		return INDEXES.contains(mediaType);
	}

	public static boolean isManifest(String mediaType) {
		return MANIFESTS.contains(mediaType);
	}
}
