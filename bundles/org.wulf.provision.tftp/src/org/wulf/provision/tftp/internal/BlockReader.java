package org.wulf.provision.tftp.internal;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.wulf.provision.tftp.TftpFile;

/**
 * The data of block n of a transfer, read again on every (re)transmission rather than kept, so a
 * transfer holds one block in memory whatever its window. Blocks are asked for in order, except
 * that after a timeout or a partial acknowledgement the window starts again at the first
 * unacknowledged block.
 */
public sealed interface BlockReader permits BlockReader.Octet, NetasciiReader {

	/**
	 * Fills {@code dst} up to its limit with block {@code block} (1-based).
	 *
	 * @return the bytes put; fewer than the block size only for the last block
	 */
	int read(long block, ByteBuffer dst) throws IOException;

	/** The client acknowledged everything up to {@code block}: it will not be asked for again. */
	default void acknowledged(long block) {
	}

	static BlockReader of(TftpFile file, boolean octet, int blockSize) {
		return octet ? new Octet(file, blockSize) : new NetasciiReader(file, blockSize);
	}

	/** Octet mode: block n is the bytes at (n - 1) × block size, read in place. */
	record Octet(TftpFile file, int blockSize) implements BlockReader {

		@Override
		public int read(long block, ByteBuffer dst) throws IOException {
			long position = (block - 1) * blockSize;
			int start = dst.position();
			while (dst.hasRemaining()) {
				int n = file.read(dst, position + dst.position() - start);
				if (n <= 0) {
					break;
				}
			}
			return dst.position() - start;
		}
	}
}
