package org.wulf.core.store;

import java.nio.file.Path;

/**
 * A cluster model file could not be read or written. The message names the file and, for a parse
 * error, the line and column, so the user can open the file at the right place.
 */
public class ModelFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path path;
	private final int line;
	private final int column;

	public ModelFileException(Path path, String message, Throwable cause) {
		this(path, -1, -1, message, cause);
	}

	public ModelFileException(Path path, int line, int column, String message, Throwable cause) {
		super(format(path, line, column, message), cause);
		this.path = path;
		this.line = line;
		this.column = column;
	}

	private static String format(Path path, int line, int column, String message) {
		StringBuilder where = new StringBuilder(String.valueOf(path));
		if (line > 0) {
			where.append(':').append(line);
			if (column > 0) {
				where.append(':').append(column);
			}
		}
		return where + ": " + message;
	}

	public Path path() {
		return path;
	}

	/** @return the 1-based line of a parse error, or -1 */
	public int line() {
		return line;
	}

	/** @return the 1-based column of a parse error, or -1 */
	public int column() {
		return column;
	}
}
