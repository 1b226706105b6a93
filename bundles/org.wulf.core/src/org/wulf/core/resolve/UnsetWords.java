package org.wulf.core.resolve;

import java.util.Locale;

/** Warewulf's words that clear a value instead of setting it. */
public final class UnsetWords {

	private UnsetWords() {
	}

	/** @return true for UNSET or UNDEF (any case), which clear a field rather than set it */
	public static boolean isUnset(Object value) {
		if (!(value instanceof String text)) {
			return false;
		}
		String upper = text.trim().toUpperCase(Locale.ROOT);
		return upper.equals("UNSET") || upper.equals("UNDEF");
	}
}
