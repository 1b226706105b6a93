package org.wulf.image.oci;

import org.wulf.image.ImageException;

/** An OCI import or export that cannot be done; the message names the source, registry, blob or entry. */
public class OciException extends ImageException {
	private static final long serialVersionUID = 1L;

	public OciException(String message) {
		super(message);
	}

	public OciException(String message, Throwable cause) {
		super(message, cause);
	}
}
