package org.wulf.overlay.internal;

/**
 * The CRC-32 of two byte runs joined, from their CRCs and the second run's length, in a few hundred
 * operations whatever the length: CRC(A·B) = CRC(A)·x^(8·|B|) + CRC(B) over GF(2) modulo the CRC
 * polynomial (the method of zlib's {@code crc32_combine}: a table of x^(2^k), multiplied per set bit of
 * the length). Lets a gzip stream that splices in precompressed content take that content's CRC instead
 * of reading its bytes again for every image.
 */
final class Crc32Combine {

	/** The CRC-32 polynomial, reflected (bit 31 is x^0). */
	private static final int POLY = 0xedb88320;
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

	/** @return CRC-32 of A followed by B, given {@code crcA}, {@code crcB} and B's length */
	static long combine(long crcA, long crcB, long lengthB) {
		if (lengthB <= 0) {
			return crcA;
		}
		return (multiply(xToThe8nth(lengthB), (int) crcA) ^ crcB) & 0xffffffffL;
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
			bb = (bb & 1) != 0 ? (bb >>> 1) ^ POLY : bb >>> 1;
		}
		return p;
	}
}
