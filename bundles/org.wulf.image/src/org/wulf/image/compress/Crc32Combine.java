package org.wulf.image.compress;

/**
 * Combines the CRC-32s of two adjacent byte runs into the CRC-32 of their concatenation without
 * reading the bytes again, so blocks checksummed on different threads give the stream's checksum.
 * Appending {@code n} zero bytes to a CRC register is a linear map over GF(2); it is applied by
 * squaring the one-zero-bit operator (a 32x32 bit matrix) along the binary digits of {@code n}.
 */
public final class Crc32Combine {

	/** The reflected CRC-32 polynomial of gzip, zip and PNG. */
	private static final int POLYNOMIAL = 0xedb88320;

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
		int[] odd = new int[32]; // operator for one zero bit, then for odd powers of two
		int[] even = new int[32];
		odd[0] = POLYNOMIAL;
		for (int i = 1, row = 1; i < 32; i++, row <<= 1) {
			odd[i] = row;
		}
		square(even, odd); // two zero bits
		square(odd, even); // four zero bits
		do { // each round: apply the operator for 2^k zero bytes where the bit of length2 is set
			square(even, odd);
			if ((length2 & 1) != 0) {
				crc1 = times(even, crc1);
			}
			length2 >>>= 1;
			if (length2 == 0) {
				break;
			}
			square(odd, even);
			if ((length2 & 1) != 0) {
				crc1 = times(odd, crc1);
			}
			length2 >>>= 1;
		} while (length2 != 0);
		return crc1 ^ crc2;
	}

	private static int times(int[] matrix, int vector) {
		int sum = 0;
		for (int i = 0; vector != 0; i++, vector >>>= 1) {
			if ((vector & 1) != 0) {
				sum ^= matrix[i];
			}
		}
		return sum;
	}

	private static void square(int[] target, int[] matrix) {
		for (int i = 0; i < 32; i++) {
			target[i] = times(matrix, matrix[i]);
		}
	}
}
