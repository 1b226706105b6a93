package org.wulf.provision;

/** The model lacks a setting a server needs; the message says which and how to set it. */
public final class ProvisionSetupException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public ProvisionSetupException(String message) {
		super(message);
	}
}
