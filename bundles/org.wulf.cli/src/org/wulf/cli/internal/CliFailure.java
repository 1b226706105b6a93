package org.wulf.cli.internal;

/** A command failed in a way the user can act on; the message is printed as one line. */
public class CliFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CliFailure(String message) {
		this(message, null, 1);
	}

	public CliFailure(String message, Throwable cause) {
		this(message, cause, 1);
	}

	public CliFailure(String message, Throwable cause, int exitCode) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return exitCode;
	}
}
