package org.wulf.image.oci.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.wulf.image.oci.OciException;

/** SHA-256 digests in OCI's {@code sha256:HEX} form, and a stream that checks one as it is read. */
public final class Digests {

	private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

	private Digests() {
	}

	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JVM has no SHA-256", e);
		}
	}

	public static String of(byte[] bytes) {
		return "sha256:" + HexFormat.of().formatHex(sha256().digest(bytes));
	}

	public static String of(MessageDigest digest) {
		return "sha256:" + HexFormat.of().formatHex(digest.digest());
	}

	/** Refuses digests other than sha256 (the only algorithm registries use) and malformed ones. */
	public static String check(String digest, String where) throws OciException {
		if (digest == null || !SHA256.matcher(digest).matches()) {
			throw new OciException(where + ": '" + digest + "' is not a supported digest (sha256:64 hex digits)");
		}
		return digest;
	}

	/**
	 * Reads through to the end and then compares the digest and size with the expected ones; a
	 * mismatch raises an {@link IOException} whose message names the blob and where it came from.
	 */
	public static final class Verifying extends FilterInputStream {
		private final MessageDigest digest = sha256();
		private final String expected;
		private final long expectedSize;
		private final String where;
		private long count;
		private boolean checked;

		public Verifying(InputStream in, String expected, long expectedSize, String where) {
			super(in);
			this.expected = expected;
			this.expectedSize = expectedSize;
			this.where = where;
		}

		public long count() {
			return count;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b < 0) {
				finish();
			} else {
				digest.update((byte) b);
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = in.read(b, off, len);
			if (n < 0) {
				finish();
			} else {
				digest.update(b, off, n);
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			byte[] buffer = new byte[8192];
			long skipped = 0;
			while (skipped < n) {
				int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
				if (r < 0) {
					break;
				}
				skipped += r;
			}
			return skipped;
		}

		/** Reads what is left (a layer's tar may end before its compressed stream) and checks. */
		public void drainAndCheck() throws IOException {
			byte[] buffer = new byte[65536];
			while (read(buffer, 0, buffer.length) >= 0) {
				// reading to the end checks the digest
			}
		}

		private void finish() throws IOException {
			if (checked) {
				return;
			}
			checked = true;
			String actual = of(digest);
			if (expectedSize >= 0 && count != expectedSize) {
				throw new IOException(where + ": blob " + expected + " has " + count + " bytes, the manifest says " + expectedSize);
			}
			if (!actual.equals(expected)) {
				throw new IOException(where + ": digest mismatch for blob " + expected + ": its content hashes to " + actual);
			}
		}

		@Override
		public boolean markSupported() {
			return false;
		}
	}
}
