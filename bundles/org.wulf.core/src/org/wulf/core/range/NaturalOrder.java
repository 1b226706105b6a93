package org.wulf.core.range;

import java.util.Comparator;

/**
 * Orders names the way people count: digit runs compare by number, so n2 comes before n10 and
 * rack2-n1 before rack10-n1. Equal numbers with different zero padding fall back to plain text order.
 */
public final class NaturalOrder implements Comparator<String> {

	public static final NaturalOrder INSTANCE = new NaturalOrder();

	private NaturalOrder() {
	}

	@Override
	public int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char ca = a.charAt(i);
			char cb = b.charAt(j);
			if (Character.isDigit(ca) && Character.isDigit(cb)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				int byNumber = compareNumbers(a, i, endA, b, j, endB);
				if (byNumber != 0) {
					return byNumber;
				}
				i = endA;
				j = endB;
			} else {
				if (ca != cb) {
					return Character.compare(ca, cb);
				}
				i++;
				j++;
			}
		}
		int byLength = Integer.compare(a.length() - i, b.length() - j);
		return byLength != 0 ? byLength : a.compareTo(b);
	}

	private static int digitsEnd(String s, int from) {
		int end = from;
		while (end < s.length() && Character.isDigit(s.charAt(end))) {
			end++;
		}
		return end;
	}

	/** Compares two digit runs by value, in place (this runs for every comparison of a big sort). */
	private static int compareNumbers(String a, int fromA, int endA, String b, int fromB, int endB) {
		int i = skipZeros(a, fromA, endA);
		int j = skipZeros(b, fromB, endB);
		if (endA - i != endB - j) {
			return Integer.compare(endA - i, endB - j);
		}
		for (; i < endA; i++, j++) {
			if (a.charAt(i) != b.charAt(j)) {
				return Character.compare(a.charAt(i), b.charAt(j));
			}
		}
		return 0;
	}

	/** Leading zeros, keeping the last digit ("000" is "0"). */
	private static int skipZeros(String s, int from, int end) {
		int i = from;
		while (i < end - 1 && s.charAt(i) == '0') {
			i++;
		}
		return i;
	}
}
