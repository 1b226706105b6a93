package org.wulf.core.range;

/**
 * A node name pattern that cannot be expanded. The message is one line that quotes the pattern,
 * gives the (1-based) character where the problem is, and says what is wrong with the part found
 * there, e.g. {@code bad node range "n[5-1]" at character 3: 5-1 runs backwards (start is greater
 * than end)}.
 */
public class NodeRangeException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String pattern;
	private final int index;

	/**
	 * @param pattern the pattern as the user wrote it
	 * @param index   0-based index of the bad part in the pattern, or -1 when the problem is the
	 *                pattern as a whole
	 * @param problem what is wrong, naming the bad part
	 */
	public NodeRangeException(String pattern, int index, String problem) {
		super("bad node range \"" + pattern + "\"" + (index >= 0 ? " at character " + (index + 1) : "") + ": "
				+ problem);
		this.pattern = pattern;
		this.index = index;
	}

	/** @return the pattern as the user wrote it */
	public String pattern() {
		return pattern;
	}

	/** @return 0-based index of the bad part in the pattern, or -1 when the whole pattern is at fault */
	public int index() {
		return index;
	}
}
