package org.wulf.provision.dhcp;

/** A datagram that is not a well-formed BOOTP/DHCP message; the message says what and at which byte. */
public final class MalformedDhcpMessageException extends Exception {
	private static final long serialVersionUID = 1L;

	public MalformedDhcpMessageException(String message) {
		super(message);
	}
}
