package org.wulf.provision.tftp;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Something that happened to one request: what the server logs, and what a {@link TftpListener}
 * receives (the engine turns it into boot status: "n1 fetched ipxe.efi").
 *
 * @param kind      what happened
 * @param client    the client's address and port (its transfer ID)
 * @param file      the file name as the client sent it
 * @param bytes     data bytes the client acknowledged (0 for {@link Kind#STARTED} and {@link Kind#REFUSED})
 * @param elapsed   time since the request arrived
 * @param errorCode the TFTP error code sent to the client or received from it, -1 when none
 * @param detail    for people: negotiated options, or why a request was refused or a transfer failed
 */
public record TftpEvent(Kind kind, InetSocketAddress client, String file, long bytes, Duration elapsed, int errorCode,
		String detail) {

	public enum Kind {
		/** The file is open and the first packet (DATA 1 or OACK) is about to go out. */
		STARTED,
		/** The client acknowledged the last block. */
		FINISHED,
		/** The request was answered with an ERROR packet (not found, access violation, write request...). */
		REFUSED,
		/** A started transfer ended early: no acknowledgement after the retries, an ERROR from the client, a read error, the server stopping. */
		FAILED
	}

	@Override
	public String toString() {
		String who = client.getAddress().getHostAddress() + ":" + client.getPort();
		return switch (kind) {
		case STARTED -> "TFTP " + who + " " + file + " started (" + detail + ")";
		case FINISHED -> "TFTP " + who + " " + file + " sent " + bytes + " bytes in " + elapsed.toMillis() + " ms";
		case REFUSED -> "TFTP " + who + " " + file + " refused (error " + errorCode + "): " + detail;
		case FAILED -> "TFTP " + who + " " + file + " failed after " + bytes + " bytes: " + detail;
		};
	}
}
