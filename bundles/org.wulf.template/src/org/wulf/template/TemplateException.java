package org.wulf.template;

/**
 * A parse or execution error of a template. Errors raised by the engine carry the template file name and
 * the 1-based line and column of the offending action; the message reads {@code FILE:LINE:COL: what}.
 * Template functions may throw it without a position ({@link #TemplateException(String)}); the executor
 * then adds the position of the call.
 */
public class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    /** An error without a position yet, thrown by functions. */
    public TemplateException(String reason) {
        this(null, 0, 0, reason, null);
    }

    public TemplateException(String reason, Throwable cause) {
        this(null, 0, 0, reason, cause);
    }

    public TemplateException(String file, int line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    public TemplateException(String file, int line, int column, String reason, Throwable cause) {
        super(file == null ? reason : file + ":" + line + ":" + column + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The template file name, or null when the error has no position. */
    public String file() {
        return file;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }

    /** What went wrong, without the position. */
    public String reason() {
        return reason;
    }

    /** Whether the error already names a position. */
    public boolean hasPosition() {
        return file != null;
    }
}
