package org.wulf.provision.tftp.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of RFC 2347 option negotiation for one read transfer.
 *
 * @param blockSize    data bytes per block (512 without {@code blksize})
 * @param windowSize   blocks sent before waiting for an acknowledgement (1 without {@code windowsize})
 * @param timeout      the retransmission timeout
 * @param acknowledged the options to put in the OACK, in a fixed order; empty means no OACK
 */
public record TransferOptions(int blockSize, int windowSize, Duration timeout, Map<String, String> acknowledged) {

	public static final int DEFAULT_BLOCK_SIZE = 512;
	/** RFC 2348: 8 to 65464 octets (65464 fills a 65535-byte IPv4 datagram with 20 + 8 + 4 bytes of headers). */
	public static final int MIN_BLOCK_SIZE = 8;
	public static final int MAX_BLOCK_SIZE = 65464;
	/** RFC 7440. */
	public static final int MAX_WINDOW_SIZE = 65535;
	/** RFC 2349, in seconds. */
	public static final int MAX_TIMEOUT = 255;

	/**
	 * Options a client sends that are malformed or out of range are ignored (left out of the OACK),
	 * as are options this server does not know; RFC 2347 lets a server do both.
	 *
	 * @param requested      the client's options, names in lower case
	 * @param octet          octet mode; {@code tsize} is acknowledged only then, because netascii
	 *                       changes the size on the wire (tftpd-hpa does the same)
	 * @param size           the file's size, -1 when unknown (then no {@code tsize} either)
	 * @param defaultTimeout the server's retransmission timeout when the client does not ask for one
	 * @param maxBlockSize   the largest block this server agrees to (a larger request gets this value back)
	 */
	public static TransferOptions negotiate(Map<String, String> requested, boolean octet, long size, Duration defaultTimeout,
			int maxBlockSize) {
		int blockSize = DEFAULT_BLOCK_SIZE;
		int windowSize = 1;
		Duration timeout = defaultTimeout;
		Map<String, String> ack = new LinkedHashMap<>();
		long blksize = number(requested.get("blksize"));
		if (blksize >= MIN_BLOCK_SIZE) {
			blockSize = (int) Math.min(blksize, maxBlockSize);
			ack.put("blksize", Integer.toString(blockSize));
		}
		long seconds = number(requested.get("timeout"));
		if (seconds >= 1 && seconds <= MAX_TIMEOUT) {
			timeout = Duration.ofSeconds(seconds);
			ack.put("timeout", Long.toString(seconds));
		}
		if (requested.containsKey("tsize") && octet && size >= 0) {
			ack.put("tsize", Long.toString(size));
		}
		long window = number(requested.get("windowsize"));
		if (window >= 1 && window <= MAX_WINDOW_SIZE) {
			windowSize = (int) window;
			ack.put("windowsize", Long.toString(window));
		}
		return new TransferOptions(blockSize, windowSize, timeout, Collections.unmodifiableMap(ack));
	}

	/** @return the decimal value, or -1 when absent or not a plain decimal number */
	private static long number(String value) {
		if (value == null || value.isEmpty() || value.length() > 10) {
			return -1;
		}
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return -1;
			}
		}
		return Long.parseLong(value);
	}

	/** For the STARTED event: "octet, blksize=1468 windowsize=16". */
	public String describe(String mode) {
		StringBuilder s = new StringBuilder(mode);
		if (acknowledged.isEmpty()) {
			s.append(", no options");
		} else {
			String sep = ", ";
			for (Map.Entry<String, String> option : acknowledged.entrySet()) {
				s.append(sep).append(option.getKey()).append('=').append(option.getValue());
				sep = " ";
			}
		}
		return s.toString();
	}
}
