package org.wulf.image;

/** An image operation that cannot be done; the message names the image or file and what to do. */
public class ImageException extends Exception {
	private static final long serialVersionUID = 1L;

	public ImageException(String message) {
		super(message);
	}

	public ImageException(String message, Throwable cause) {
		super(message, cause);
	}
}
