package org.wulf.provision.tftp;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Objects;

/**
 * One file opened for a read transfer. The server reads it block by block at absolute positions
 * (and reads a block again when it has to retransmit), so an implementation never has to hold the
 * whole content in memory; {@link #of(FileChannel)} streams a file with positional reads.
 * <p>
 * The server calls {@link #read} from one thread at a time and closes the file when the transfer
 * ends, whatever the outcome.
 */
public interface TftpFile extends Closeable {

	/**
	 * @return the size in bytes, or -1 when it is not known in advance (the {@code tsize} option is
	 *         then not acknowledged)
	 */
	long size();

	/**
	 * Reads bytes starting at {@code position} into {@code dst}, as {@link FileChannel#read(ByteBuffer, long)}.
	 *
	 * @return the number of bytes read, at least 1 while {@code dst} has room and the file has bytes
	 *         at {@code position}; -1 when {@code position} is at or past the end
	 */
	int read(ByteBuffer dst, long position) throws IOException;

	/** A file served from an open channel; closing the {@code TftpFile} closes the channel. */
	static TftpFile of(FileChannel channel) throws IOException {
		Objects.requireNonNull(channel, "channel");
		long size = channel.size();
		return new TftpFile() {
			@Override
			public long size() {
				return size;
			}

			@Override
			public int read(ByteBuffer dst, long position) throws IOException {
				return channel.read(dst, position);
			}

			@Override
			public void close() throws IOException {
				channel.close();
			}
		};
	}

	/** Generated content held in memory (an iPXE script, a small configuration file). */
	static TftpFile of(byte[] content) {
		Objects.requireNonNull(content, "content");
		return new TftpFile() {
			@Override
			public long size() {
				return content.length;
			}

			@Override
			public int read(ByteBuffer dst, long position) {
				if (position >= content.length) {
					return -1;
				}
				int n = (int) Math.min(dst.remaining(), content.length - position);
				dst.put(content, (int) position, n);
				return n;
			}

			@Override
			public void close() {
				// nothing to release
			}
		};
	}
}
