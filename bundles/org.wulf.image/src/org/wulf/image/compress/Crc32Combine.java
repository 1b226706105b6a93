package org.wulf.image.compress;

/**
 * Combines the CRC-32s of two adjacent byte runs into the CRC-32 of their concatenation without
 * reading the bytes again, so blocks checksummed on different threads (parallel gzip) or content
 * compressed once and spliced into many streams (overlay images) give the stream's checksum.
 * CRC(A·B) = CRC(A)·x^(8·|B|) + CRC(B) over GF(2) modulo the CRC polynomial: a table of x^(2^k),
 * multiplied in per set bit of the length, so the cost is a few hundred operations whatever the length.
 */
public final class Crc32Combine {

	/** The reflected CRC-32 polynomial of gzip, zip and PNG (bit 31 is x^0). */
	private static final int POLYNOMIAL = 0xedb88320;
	/** X2N[k] = x^(2^k) modulo the polynomial. */
	private static final int[] X2N = new int[32];

	static {
		int p = 1 << 30; // x^1
		X2N[0] = p;
		for (int k = 1; k < 32; k++) {
			p = multiply(p, p);
			X2N[k] = p;
		}
	}

	private Crc32Combine() {
	}

	/**
	 * @param crc1    CRC-32 of the first run
	 * @param crc2    CRC-32 of the second run
	 * @param length2 length of the second run in bytes
	 * @return CRC-32 of the first run followed by the second
	 */
	public static int combine(int crc1, int crc2, long length2) {
		if (length2 <= 0) {
			return crc1;
		}
		return multiply(xToThe8nth(length2), crc1) ^ crc2;
	}

	/** The same for the {@code long} values of {@link java.util.zip.CRC32#getValue()}. */
	public static long combine(long crc1, long crc2, long length2) {
		return combine((int) crc1, (int) crc2, length2) & 0xffffffffL;
	}

	/** x^(8·n) modulo the polynomial: appending n zero bytes. */
	private static int xToThe8nth(long n) {
		int p = 1 << 31; // x^0
		int k = 3; // 8·n = n·2^3
		for (long m = n; m != 0; m >>>= 1, k++) {
			if ((m & 1) != 0) {
				p = multiply(X2N[k & 31], p);
			}
		}
		return p;
	}

	/** a·b modulo the polynomial (reflected bit order). */
	private static int multiply(int a, int b) {
		int m = 1 << 31;
		int p = 0;
		int bb = b;
		while (true) {
			if ((a & m) != 0) {
				p ^= bb;
				if ((a & (m - 1)) == 0) {
					break;
				}
			}
			m >>>= 1;
			bb = (bb & 1) != 0 ? (bb >>> 1) ^ POLYNOMIAL : bb >>> 1;
		}
		return p;
	}
}
