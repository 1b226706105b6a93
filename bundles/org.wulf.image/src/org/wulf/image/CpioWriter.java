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
	/** For copying from streams; made on first use (archives written from arrays never need it). */
	private byte[] buffer;
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
		byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
		// header and NUL-terminated name in one array: hex digits written in place (no strings per field)
		byte[] header = new byte[110 + name.length + 1];
		System.arraycopy(MAGIC, 0, header, 0, 6);
		int at = 6;
		at = hex(header, at, entry.ino());
		at = hex(header, at, entry.mode());
		at = hex(header, at, entry.uid());
		at = hex(header, at, entry.gid());
		at = hex(header, at, entry.nlink());
		at = hex(header, at, entry.mtime());
		at = hex(header, at, entry.size());
		at = hex(header, at, entry.devMajor());
		at = hex(header, at, entry.devMinor());
		at = hex(header, at, entry.rdevMajor());
		at = hex(header, at, entry.rdevMinor());
		at = hex(header, at, name.length + 1);
		at = hex(header, at, 0); // check: unused by newc
		System.arraycopy(name, 0, header, at, name.length); // the last byte stays NUL
		write(header);
		pad();
	}

	/** Copies an entry's data and pads it; returns the bytes copied. */
	public long data(InputStream in, long size) throws IOException {
		long left = size;
		if (buffer == null && left > 0) {
			buffer = new byte[64 * 1024];
		}
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

	private static final byte[] MAGIC = "070701".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	/** Eight lower-case hex digits of the value's low 32 bits at {@code at}; returns the position after them. */
	private static int hex(byte[] header, int at, long value) {
		long bits = value & 0xffffffffL;
		for (int i = 7; i >= 0; i--) {
			header[at + i] = HEX_DIGITS[(int) (bits & 0xf)];
			bits >>>= 4;
		}
		return at + 8;
	}
}
