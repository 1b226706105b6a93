package org.wulf.core.net;

import java.util.Locale;
import java.util.Objects;

/**
 * Hardware addresses of network devices. Accepted spellings are {@code aa:bb:cc:dd:ee:ff},
 * {@code AA-BB-CC-DD-EE-FF} and {@code aabb.ccdd.eeff} (any letter case) for Ethernet, and 20 colon
 * separated octets for InfiniBand ({@code 00:00:00:00:fe:80:00:00:...}). The normal form is lower
 * case with colons.
 */
public final class MacAddress {

	private static final int ETHERNET_OCTETS = 6;
	private static final int INFINIBAND_OCTETS = 20;

	private MacAddress() {
	}

	/**
	 * @return the address in lower case, octets separated by colons
	 * @throws IllegalArgumentException when the text is not a hardware address; the message quotes
	 *                                  the text and says what is wrong with it
	 */
	public static String normalize(String text) {
		Objects.requireNonNull(text, "text");
		StringBuilder out = new StringBuilder();
		String problem = read(text, out);
		if (problem != null) {
			throw new IllegalArgumentException("\"" + text + "\" is not a MAC address: " + problem);
		}
		return out.toString();
	}

	/** @return whether {@link #normalize(String)} accepts the text; {@code false} for {@code null} */
	public static boolean isValid(String text) {
		return text != null && read(text, new StringBuilder()) == null;
	}

	/**
	 * Writes the normal form of the text to {@code out}.
	 *
	 * @return what is wrong with the text, or {@code null} when nothing is
	 */
	private static String read(String text, StringBuilder out) {
		if (text.isEmpty()) {
			return "it is empty (write it as aa:bb:cc:dd:ee:ff)";
		}
		char separator = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ':' || c == '-' || c == '.') {
				if (separator == 0) {
					separator = c;
				} else if (c != separator) {
					return "it mixes \"" + separator + "\" and \"" + c + "\" as separators";
				}
			}
		}
		if (separator == 0) {
			return "write it as aa:bb:cc:dd:ee:ff, AA-BB-CC-DD-EE-FF or aabb.ccdd.eeff";
		}
		String[] groups = text.split(separator == '.' ? "\\." : String.valueOf(separator), -1);
		int digits = separator == '.' ? 4 : 2;
		if (separator == ':' && groups.length != ETHERNET_OCTETS && groups.length != INFINIBAND_OCTETS) {
			return "it has " + groups.length + " groups, not 6 (aa:bb:cc:dd:ee:ff) or 20 (InfiniBand)";
		}
		if (separator == '-' && groups.length != ETHERNET_OCTETS) {
			return "it has " + groups.length + " groups, not 6 (AA-BB-CC-DD-EE-FF)";
		}
		if (separator == '.' && groups.length != 3) {
			return "it has " + groups.length + " groups, not 3 (aabb.ccdd.eeff)";
		}
		for (String group : groups) {
			if (group.length() != digits || !isHex(group)) {
				return "\"" + group + "\" is not " + (digits == 2 ? "two" : "four") + " hex digits";
			}
			String lower = group.toLowerCase(Locale.ROOT);
			for (int i = 0; i < lower.length(); i += 2) {
				if (!out.isEmpty()) {
					out.append(':');
				}
				out.append(lower, i, i + 2);
			}
		}
		return null;
	}

	private static boolean isHex(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
				return false;
			}
		}
		return true;
	}
}
