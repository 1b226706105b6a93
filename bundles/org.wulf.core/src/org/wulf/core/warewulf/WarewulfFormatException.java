package org.wulf.core.warewulf;

import java.nio.file.Path;

/**
 * A Warewulf configuration file could not be read: malformed YAML, or a value of the wrong type.
 * The message names the file, line and column and, for a type error, the key path (for example
 * {@code nodes.n01.network devices.default.hwaddr}).
 */
public class WarewulfFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final int line;
	private final int column;
	private final String keyPath;

	public WarewulfFormatException(Path file, int line, int column, String keyPath, String message) {
		super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
				+ (keyPath == null || keyPath.isEmpty() ? "" : keyPath + ": ") + message);
		this.file = file;
		this.line = line;
		this.column = column;
		this.keyPath = keyPath;
	}

	public Path file() {
		return file;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	/** @return the dotted key path of a type error, or null for a syntax error */
	public String keyPath() {
		return keyPath;
	}
}
