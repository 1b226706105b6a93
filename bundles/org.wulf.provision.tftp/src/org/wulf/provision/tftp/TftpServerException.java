package org.wulf.provision.tftp;

import java.io.IOException;

/**
 * The TFTP server could not start. The message says what to do; {@link #reason()} lets a caller
 * add its own advice (the CLI names its port option).
 */
public class TftpServerException extends IOException {

	private static final long serialVersionUID = 1L;

	public enum Reason {
		/** A port below 1024 without root or CAP_NET_BIND_SERVICE. */
		PRIVILEGED_PORT,
		/** Another server (tftpd-hpa, dnsmasq, a second Wulf) already has the port. */
		PORT_IN_USE,
		/** The bind address is not one of this host's addresses. */
		ADDRESS_NOT_LOCAL,
		/** The root directory to serve does not exist or is not a directory. */
		NO_ROOT,
		/** Anything else; the message carries the system's words. */
		OTHER
	}

	private final Reason reason;

	public TftpServerException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
