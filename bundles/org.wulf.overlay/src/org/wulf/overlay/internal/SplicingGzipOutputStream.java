package org.wulf.overlay.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.wulf.image.compress.Crc32Combine;

/**
 * A gzip writer that can splice in content compressed once for many archives. The overlay image of
 * every node carries the same large files (the hosts file over AllNodes, binaries such as wwclient);
 * compressing them again for each of 10,000 nodes would dominate the build. Deflate allows it: after
 * a full flush the stream is byte-aligned and no later block refers back, so a separately compressed
 * run of non-final blocks ({@link #compress}) can be copied in as is; the gzip trailer's CRC-32 and
 * size are computed over the uncompressed bytes as usual. Any gzip reader (the kernel, {@code gzip -d})
 * reads the result as one ordinary member.
 */
public final class SplicingGzipOutputStream extends OutputStream {

	/** Content with its deflate blocks (non-final, ending in a full flush) and its CRC-32. */
	public record Compressed(byte[] content, byte[] deflated, long crc) {
	}

	private final OutputStream out;
	/**
	 * Deflaters are costly to make (native state, buffers): one per thread, reset between archives. What they
	 * compress is each node's own small part (headers, short rendered files): the fastest level costs a third of
	 * the default's time for a few percent of size; shared large content is compressed once, at the default level.
	 */
	private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

	private final Deflater deflater = DEFLATERS.get();
	/** CRC-32 of the bytes since the last splice ({@code runLength} of them); {@code crcBefore}: of those before. */
	private final CRC32 crc = new CRC32();
	private long runLength;
	private long crcBefore;
	/** The deflater's output buffer: one per thread too (a new 64 KiB array per image was most of a build's garbage). */
	private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[64 * 1024]);
	private final byte[] buffer = BUFFERS.get();
	private long size;
	private Compressed pending;
	private boolean finished;

	public SplicingGzipOutputStream(OutputStream out) throws IOException {
		this.out = out;
		// close() resets the thread's deflater after each archive: reset again only if the last one was not closed
		if (deflater.getBytesRead() != 0 || deflater.getBytesWritten() != 0 || !deflater.needsInput() || deflater.finished()) {
			deflater.reset();
		}
		out.write(new byte[] { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3 }); // gzip, deflate, no flags, no mtime, Unix
	}

	/** Compresses content once, for splicing into any number of streams. */
	public static Compressed compress(byte[] content) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		try {
			deflater.setInput(content);
			java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream(Math.max(64, content.length / 4));
			byte[] chunk = new byte[64 * 1024];
			int n;
			do {
				n = deflater.deflate(chunk, 0, chunk.length, Deflater.FULL_FLUSH);
				deflated.write(chunk, 0, n);
			} while (n == chunk.length || !deflater.needsInput());
			CRC32 crc = new CRC32();
			crc.update(content);
			return new Compressed(content, deflated.toByteArray(), crc.getValue());
		} finally {
			deflater.end();
		}
	}

	/**
	 * A coming {@code write} of exactly this content array (the same array, whole) is copied from its
	 * compressed form; writes of other bytes before it go through the deflater as usual.
	 */
	public void expect(Compressed compressed) {
		pending = compressed;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		Compressed splice = pending;
		size += len;
		if (splice != null && splice.content() == b && off == 0 && len == b.length) {
			pending = null;
			// the CRC so far, then the spliced content's own: no second pass over its bytes
			crcBefore = Crc32Combine.combine(Crc32Combine.combine(crcBefore, crc.getValue(), runLength), splice.crc(), len);
			crc.reset();
			runLength = 0;
			drain(Deflater.FULL_FLUSH); // byte-aligned, history reset: the spliced blocks stand alone
			out.write(splice.deflated());
			return;
		}
		crc.update(b, off, len);
		runLength += len;
		deflater.setInput(b, off, len);
		while (!deflater.needsInput()) {
			drain(Deflater.NO_FLUSH);
		}
	}

	private void drain(int flush) throws IOException {
		int n;
		do {
			n = deflater.deflate(buffer, 0, buffer.length, flush);
			out.write(buffer, 0, n);
		} while (n == buffer.length);
	}

	/** Ends the member (final block, CRC-32, size) and closes the underlying stream. */
	@Override
	public void close() throws IOException {
		if (finished) {
			return;
		}
		finished = true;
		try {
			deflater.finish();
			while (!deflater.finished()) {
				int n = deflater.deflate(buffer);
				out.write(buffer, 0, n);
			}
			long value = Crc32Combine.combine(crcBefore, crc.getValue(), runLength);
			out.write(new byte[] { (byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24), (byte) size,
					(byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24) });
		} finally {
			deflater.reset();
			out.close();
		}
	}
}
