package org.wulf.image.oci.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.LongConsumer;

import org.wulf.image.oci.OciException;
import org.wulf.image.oci.Platform;

/** Where an image's layers come from: a registry, an OCI layout or a {@code docker save} archive. */
public interface ImageSource extends AutoCloseable {

	/** The image chosen for a platform: its manifest digest (if known) and its layers, bottom first. */
	record Resolved(String digest, List<Layer> layers) {
		public long bytes() {
			return layers.stream().mapToLong(Layer::size).sum();
		}
	}

	/** One layer blob. */
	interface Layer {
		/** The blob's digest (what the stream must hash to), or null when the source does not say. */
		String digest();

		/** The digest of the uncompressed tar (a docker archive's diff id), or null. */
		default String diffId() {
			return null;
		}

		long size();

		/** Gets the blob ready (a download); may run in another thread, before {@link #open()}. */
		default void prepare(LongConsumer progress) throws OciException {
		}

		/** The raw (possibly compressed) blob. */
		InputStream open() throws IOException, OciException;

		/** Whether {@link #prepare} transfers bytes (counted in the progress). */
		default boolean downloads() {
			return false;
		}
	}

	Resolved resolve(Platform platform) throws OciException;

	@Override
	void close() throws OciException;
}
