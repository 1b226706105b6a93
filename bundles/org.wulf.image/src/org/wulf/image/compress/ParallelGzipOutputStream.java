package org.wulf.image.compress;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip stream compressed on several cores, for initramfs archives of gigabytes. The input is cut
 * into fixed blocks that are deflated independently, each primed with the last 32 KiB of the block
 * before it as preset dictionary (so matches reach back as far as in a serial stream, and the ratio
 * stays close to plain gzip). Every block but the last ends with a sync flush, which ends its deflate
 * data on a byte boundary without marking it final; the blocks written one after the other therefore
 * form a single deflate stream, wrapped in one gzip header and one trailer whose CRC-32 is combined
 * from the blocks' own ({@link Crc32Combine}). The output depends only on the level and the block size,
 * never on the thread count or timing, so builds are reproducible.
 *
 * <p>The header carries no file name and a zero modification time. Not thread-safe: one writer.
 */
public final class ParallelGzipOutputStream extends OutputStream {

	public static final int DEFAULT_BLOCK_SIZE = 1 << 20;
	private static final int DICTIONARY = 32 * 1024;

	/** A compressed block and the checksum of its input. */
	private record Block(byte[] deflated, int length, int crc, int inputLength) {
	}

	private static final AtomicInteger POOLS = new AtomicInteger();

	private final OutputStream out;
	private final int level;
	private final int blockSize;
	private final int maxPending;
	private final ExecutorService workers;
	private final ArrayDeque<Future<Block>> pending = new ArrayDeque<>();
	private byte[] block;
	private int filled;
	private byte[] dictionary;
	private int crc;
	private long inputBytes;
	private boolean closed;

	/** Level 6 (gzip's default), one worker per available core, 1 MiB blocks. */
	public ParallelGzipOutputStream(OutputStream out) throws IOException {
		this(out, 6, Runtime.getRuntime().availableProcessors(), DEFAULT_BLOCK_SIZE);
	}

	/**
	 * @param level     deflate level 0 (stored) to 9 (smallest)
	 * @param threads   compressing threads (at least 1)
	 * @param blockSize input bytes per independently compressed block (at least 64 KiB)
	 */
	public ParallelGzipOutputStream(OutputStream out, int level, int threads, int blockSize) throws IOException {
		if (level < 0 || level > 9) {
			throw new IllegalArgumentException("gzip level " + level + " is outside 0..9");
		}
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, not " + threads);
		}
		if (blockSize < 64 * 1024) {
			throw new IllegalArgumentException("block size " + blockSize + " is below 64 KiB");
		}
		this.out = out;
		this.level = level;
		this.blockSize = blockSize;
		this.maxPending = threads * 2;
		int pool = POOLS.incrementAndGet();
		AtomicInteger count = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "wulf-gzip-" + pool + "-" + count.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		this.block = new byte[blockSize];
		writeHeader();
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		ensureOpen();
		while (length > 0) {
			int n = Math.min(length, blockSize - filled);
			System.arraycopy(bytes, offset, block, filled, n);
			filled += n;
			offset += n;
			length -= n;
			if (filled == blockSize) {
				submit(false);
			}
		}
	}

	/** Compresses and writes what is buffered, then the gzip trailer; closes the underlying stream. */
	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		try {
			submit(true);
			while (!pending.isEmpty()) {
				writeBlock(pending.removeFirst());
			}
			byte[] trailer = new byte[8];
			putInt(trailer, 0, crc);
			putInt(trailer, 4, (int) inputBytes); // ISIZE: the input length modulo 2^32
			out.write(trailer);
		} finally {
			closed = true;
			workers.shutdownNow();
			out.close();
		}
	}

	/** @return uncompressed bytes written so far */
	public long inputBytes() {
		return inputBytes + filled;
	}

	private void submit(boolean last) throws IOException {
		byte[] input = block;
		int length = filled;
		byte[] preset = dictionary;
		if (!last) {
			dictionary = Arrays.copyOfRange(input, length - DICTIONARY, length);
			block = new byte[blockSize];
			filled = 0;
		}
		if (pending.size() >= maxPending) {
			writeBlock(pending.removeFirst());
		}
		pending.addLast(workers.submit(() -> deflate(input, length, preset, last)));
	}

	private Block deflate(byte[] input, int length, byte[] preset, boolean last) {
		CRC32 checksum = new CRC32();
		checksum.update(input, 0, length);
		Deflater deflater = new Deflater(level, true);
		try {
			if (preset != null) {
				deflater.setDictionary(preset);
			}
			deflater.setInput(input, 0, length);
			byte[] output = new byte[length + (length >> 3) + 1024];
			int size = 0;
			if (last) {
				deflater.finish();
				while (!deflater.finished()) {
					if (size == output.length) {
						output = Arrays.copyOf(output, output.length * 2);
					}
					size += deflater.deflate(output, size, output.length - size);
				}
			} else {
				// a sync flush is complete only when it returns less than the space it was given
				int n;
				do {
					if (size == output.length) {
						output = Arrays.copyOf(output, output.length * 2);
					}
					int space = output.length - size;
					n = deflater.deflate(output, size, space, Deflater.SYNC_FLUSH);
					size += n;
					if (n < space) {
						break;
					}
				} while (true);
			}
			return new Block(output, size, (int) checksum.getValue(), length);
		} finally {
			deflater.end();
		}
	}

	private void writeBlock(Future<Block> future) throws IOException {
		Block done;
		try {
			done = future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while compressing");
		} catch (ExecutionException e) {
			throw new IOException("compressing a block failed: " + e.getCause(), e.getCause());
		}
		out.write(done.deflated(), 0, done.length());
		crc = Crc32Combine.combine(crc, done.crc(), done.inputLength());
		inputBytes += done.inputLength();
	}

	private void writeHeader() throws IOException {
		int extraFlags = level == 9 ? 2 : level == 1 ? 4 : 0; // RFC 1952 XFL: slowest / fastest
		// magic, deflate, no flags, mtime 0 (reproducible), XFL, OS 3 (Unix)
		out.write(new byte[] { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) extraFlags, 3 });
	}

	private void ensureOpen() throws IOException {
		if (closed) {
			throw new IOException("the gzip stream is closed");
		}
	}

	private static void putInt(byte[] target, int at, int value) {
		target[at] = (byte) value;
		target[at + 1] = (byte) (value >>> 8);
		target[at + 2] = (byte) (value >>> 16);
		target[at + 3] = (byte) (value >>> 24);
	}
}
