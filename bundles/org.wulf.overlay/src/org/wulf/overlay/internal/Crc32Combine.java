package org.wulf.overlay.internal;

/**
 * The CRC-32 of two byte runs joined, from their CRCs and the second run's length (zlib's
 * {@code crc32_combine}, by squaring the GF(2) matrix of "append one zero bit"). Lets a gzip stream
 * that splices in precompressed content take that content's CRC instead of reading it again per image.
 */
final class Crc32Combine {

	private static final int BITS = 32;

	private Crc32Combine() {
	}

	/** @return CRC-32 of A followed by B, given {@code crcA}, {@code crcB} and B's length */
	static long combine(long crcA, long crcB, long lengthB) {
		if (lengthB <= 0) {
			return crcA;
		}
		long[] even = new long[BITS];
		long[] odd = new long[BITS];
		odd[0] = 0xedb88320L; // the CRC-32 polynomial: the operator for one zero bit
		long row = 1;
		for (int n = 1; n < BITS; n++) {
			odd[n] = row;
			row <<= 1;
		}
		square(even, odd); // two zero bits
		square(odd, even); // four zero bits
		long crc = crcA;
		long length = lengthB;
		do { // apply length zero bytes to crcA, one bit of the length per squaring
			square(even, odd);
			if ((length & 1) != 0) {
				crc = times(even, crc);
			}
			length >>= 1;
			if (length == 0) {
				break;
			}
			square(odd, even);
			if ((length & 1) != 0) {
				crc = times(odd, crc);
			}
			length >>= 1;
		} while (length != 0);
		return (crc ^ crcB) & 0xffffffffL;
	}

	private static long times(long[] matrix, long vector) {
		long sum = 0;
		long v = vector;
		for (int i = 0; v != 0; i++, v >>>= 1) {
			if ((v & 1) != 0) {
				sum ^= matrix[i];
			}
		}
		return sum;
	}

	private static void square(long[] result, long[] matrix) {
		for (int n = 0; n < BITS; n++) {
			result[n] = times(matrix, matrix[n]);
		}
	}
}
