package org.wulf.overlay;

/**
 * A template of an overlay could not be parsed or rendered: names the overlay, the template, the
 * line and column, and the node it was rendered for.
 */
public final class OverlayTemplateException extends OverlayException {

	private static final long serialVersionUID = 1L;

	private final String overlay;
	private final String template;
	private final int line;
	private final int column;
	private final String node;
	private final String problem;

	public OverlayTemplateException(String overlay, String template, int line, int column, String node, String problem,
			Throwable cause) {
		super("overlay " + overlay + ", " + template + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "")
				+ (node == null ? "" : " (node " + node + ")") + ": " + problem, cause);
		this.overlay = overlay;
		this.template = template;
		this.line = line;
		this.column = column;
		this.node = node;
		this.problem = problem;
	}

	public String overlay() {
		return overlay;
	}

	public String template() {
		return template;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	public String node() {
		return node;
	}

	public String problem() {
		return problem;
	}
}
