package org.wulf.image.compress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;

/**
 * zstd streams over zstd-jni (native libzstd, loaded from the zstd-jni bundle's {@code Bundle-NativeCode}).
 * Compression always runs in libzstd's multithreaded mode, whose output depends on the level but not on
 * the number of workers, so a rebuild on another machine gives the same bytes.
 */
public final class ZstdStreams {

	private ZstdStreams() {
	}

	/**
	 * @param level   1 (fastest) to 19 (smallest)
	 * @param threads libzstd worker threads (at least 1)
	 */
	public static OutputStream output(OutputStream out, int level, int threads) throws IOException {
		ZstdOutputStream zstd = new ZstdOutputStream(out, level);
		zstd.setWorkers(Math.max(1, threads));
		zstd.setChecksum(true);
		return zstd;
	}

	public static InputStream input(InputStream in) throws IOException {
		return new ZstdInputStream(in);
	}
}
