package org.wulf.overlay;

/**
 * An overlay operation failed in a way the user can act on: the message names the overlay, the
 * file or node, and what to do.
 */
public class OverlayException extends Exception {

	private static final long serialVersionUID = 1L;

	public OverlayException(String message) {
		super(message);
	}

	public OverlayException(String message, Throwable cause) {
		super(message, cause);
	}
}
