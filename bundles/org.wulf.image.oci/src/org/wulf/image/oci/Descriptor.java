package org.wulf.image.oci;

import java.util.Map;

/**
 * An OCI content descriptor: what a manifest or index says about a blob (its media type, digest
 * and size) and, for index entries, the platform and annotations.
 */
public record Descriptor(String mediaType, String digest, long size, Platform platform, Map<String, String> annotations) {

	public Descriptor(String mediaType, String digest, long size) {
		this(mediaType, digest, size, null, Map.of());
	}

	/** The hexadecimal part of a {@code sha256:HEX} digest. */
	public String hex() {
		return digest.substring(digest.indexOf(':') + 1);
	}
}
