package org.wulf.provision.http.internal;

/**
 * A single byte range of an HTTP Range header (RFC 9110 14.1.2), resolved against the file's length.
 * Multiple ranges are answered with the whole file, which the RFC allows.
 *
 * @param first the first byte, inclusive
 * @param last  the last byte, inclusive
 */
public record RangeRequest(long first, long last) {

	/** The header was present but asks for nothing inside the file (416). */
	public static final RangeRequest UNSATISFIABLE = new RangeRequest(-1, -1);

	public long length() {
		return last - first + 1;
	}

	/**
	 * @return the range, null when the whole file is to be sent (no header, several ranges, or a
	 *         header that is not a byte range), or {@link #UNSATISFIABLE}
	 */
	public static RangeRequest parse(String header, long fileLength) {
		if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
			return null;
		}
		String spec = header.substring("bytes=".length()).trim();
		int dash = spec.indexOf('-');
		if (dash < 0) {
			return null;
		}
		try {
			String start = spec.substring(0, dash).trim();
			String end = spec.substring(dash + 1).trim();
			if (start.isEmpty()) {
				long suffix = Long.parseLong(end);
				if (suffix <= 0 || fileLength == 0) {
					return UNSATISFIABLE;
				}
				return new RangeRequest(Math.max(0, fileLength - suffix), fileLength - 1);
			}
			long first = Long.parseLong(start);
			long last = end.isEmpty() ? fileLength - 1 : Math.min(Long.parseLong(end), fileLength - 1);
			if (first >= fileLength || first > last) {
				return UNSATISFIABLE;
			}
			return new RangeRequest(first, last);
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
