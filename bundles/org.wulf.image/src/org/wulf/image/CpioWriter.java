package org.wulf.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the "newc" (SVR4, no CRC) cpio format the Linux kernel unpacks as an initramfs: a
 * 110-byte ASCII header per entry, the NUL-terminated name and the data, each padded to 4 bytes,
 * and a {@code TRAILER!!!} entry at the end. Entries stream straight through; nothing is buffered.
 */
public final class CpioWriter implements AutoCloseable {

	/** File type bits of {@code st_mode}. */
	public static final int S_IFMT = 0170000, S_IFSOCK = 0140000, S_IFLNK = 0120000, S_IFREG = 0100000,
			S_IFBLK = 0060000, S_IFDIR = 0040000, S_IFCHR = 0020000, S_IFIFO = 0010000;

	/**
	 * One entry's header.
	 *
	 * @param name     the path inside the archive, without a leading slash ("bin/sh")
	 * @param mode     type and permission bits as {@code st_mode}
	 * @param size     data bytes that follow (0 for all but regular files and symlinks)
	 */
	public record Entry(String name, int mode, int uid, int gid, long ino, int nlink, long mtime, long size, int devMajor,
			int devMinor, int rdevMajor, int rdevMinor) {
	}

	private static final byte[] ZEROS = new byte[4];
	private final OutputStream out;
	private final byte[] buffer = new byte[64 * 1024];
	private long written;
	private boolean finished;

	public CpioWriter(OutputStream out) {
		this.out = out;
	}

	/** Writes a header; then exactly {@code size} data bytes must follow through {@link #data}. */
	public void header(Entry entry) throws IOException {
		if (entry.size() > 0xffffffffL) {
			throw new IOException(entry.name() + " is " + entry.size() + " bytes; the newc format holds at most 4 GiB per file");
		}
		byte[] name = (entry.name() + "\0").getBytes(StandardCharsets.UTF_8);
		StringBuilder header = new StringBuilder(110).append("070701");
		hex(header, entry.ino());
		hex(header, entry.mode());
		hex(header, entry.uid());
		hex(header, entry.gid());
		hex(header, entry.nlink());
		hex(header, entry.mtime());
		hex(header, entry.size());
		hex(header, entry.devMajor());
		hex(header, entry.devMinor());
		hex(header, entry.rdevMajor());
		hex(header, entry.rdevMinor());
		hex(header, name.length);
		hex(header, 0); // check: unused by newc
		write(header.toString().getBytes(StandardCharsets.US_ASCII));
		write(name);
		pad();
	}

	/** Copies an entry's data and pads it; returns the bytes copied. */
	public long data(InputStream in, long size) throws IOException {
		long left = size;
		while (left > 0) {
			int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (n < 0) {
				throw new IOException("the file shrank while it was archived (" + left + " of " + size + " bytes missing)");
			}
			out.write(buffer, 0, n);
			written += n;
			left -= n;
		}
		pad();
		return size;
	}

	public void data(byte[] bytes) throws IOException {
		write(bytes);
		pad();
	}

	/** Writes the trailer; the archive is complete afterwards. */
	public void finish() throws IOException {
		if (!finished) {
			header(new Entry("TRAILER!!!", 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0));
			finished = true;
		}
	}

	public long bytesWritten() {
		return written;
	}

	@Override
	public void close() throws IOException {
		finish();
		out.close();
	}

	private void write(byte[] bytes) throws IOException {
		out.write(bytes);
		written += bytes.length;
	}

	private void pad() throws IOException {
		int padding = (int) (-written & 3);
		if (padding > 0) {
			out.write(ZEROS, 0, padding);
			written += padding;
		}
	}

	private static void hex(StringBuilder header, long value) {
		String digits = Long.toHexString(value & 0xffffffffL);
		header.append("00000000", digits.length(), 8).append(digits);
	}
}
