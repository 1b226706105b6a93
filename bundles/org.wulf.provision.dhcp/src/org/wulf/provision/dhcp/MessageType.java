package org.wulf.provision.dhcp;

/** DHCP message types (option 53). */
public enum MessageType {
	DISCOVER(1), OFFER(2), REQUEST(3), DECLINE(4), ACK(5), NAK(6), RELEASE(7), INFORM(8);

	private final int code;

	MessageType(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	/** @return the type with this code, or null when the code is not a DHCP message type */
	public static MessageType of(int code) {
		for (MessageType type : values()) {
			if (type.code == code) {
				return type;
			}
		}
		return null;
	}
}
