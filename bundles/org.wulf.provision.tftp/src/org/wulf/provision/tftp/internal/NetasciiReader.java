package org.wulf.provision.tftp.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import org.wulf.provision.tftp.TftpFile;

/**
 * Netascii mode (RFC 1350, with RFC 764's line ends): the file's bytes with LF sent as CR LF and a
 * bare CR as CR NUL. The expansion moves block boundaries, so the reader remembers where in the
 * file each block not yet acknowledged starts (and whether it starts with the second half of a
 * pair cut by the previous block); those few checkpoints are what a rewind needs.
 */
final class NetasciiReader implements BlockReader {

	private static final byte CR = '\r';
	private static final byte LF = '\n';

	/** Where a block starts: a file position, and a byte still owed from the previous block (-1: none). */
	private record Checkpoint(long position, int pending) {
	}

	private final TftpFile file;
	private final ByteBuffer chunk;
	private final Map<Long, Checkpoint> checkpoints = new HashMap<>();

	NetasciiReader(TftpFile file, int blockSize) {
		this.file = file;
		this.chunk = ByteBuffer.allocate(blockSize);
		checkpoints.put(1L, new Checkpoint(0, -1));
	}

	@Override
	public int read(long block, ByteBuffer dst) throws IOException {
		Checkpoint at = checkpoints.get(block);
		if (at == null) {
			throw new IllegalStateException("block " + block + " asked for out of order");
		}
		long position = at.position();
		int pending = at.pending();
		int start = dst.position();
		if (pending >= 0 && dst.hasRemaining()) {
			dst.put((byte) pending);
			pending = -1;
		}
		while (dst.hasRemaining()) {
			// Each file byte yields at least one byte on the wire: never read more than fits.
			chunk.clear().limit(Math.min(chunk.capacity(), dst.remaining()));
			int n = file.read(chunk, position);
			if (n <= 0) {
				break;
			}
			chunk.flip();
			while (chunk.hasRemaining() && dst.hasRemaining()) {
				byte b = chunk.get();
				position++;
				if (b == LF || b == CR) {
					dst.put(CR);
					byte second = b == LF ? LF : 0;
					if (dst.hasRemaining()) {
						dst.put(second);
					} else {
						pending = second;
					}
				} else {
					dst.put(b);
				}
			}
		}
		checkpoints.put(block + 1, new Checkpoint(position, pending));
		return dst.position() - start;
	}

	@Override
	public void acknowledged(long block) {
		checkpoints.keySet().removeIf(b -> b <= block);
	}
}
