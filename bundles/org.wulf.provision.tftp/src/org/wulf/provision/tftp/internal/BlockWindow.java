package org.wulf.provision.tftp.internal;

/**
 * Which blocks of a read transfer are acknowledged and which are in flight, in absolute block
 * numbers (a {@code long}, so a transfer may pass block 65535: the 16-bit number on the wire rolls
 * over to 0, as tftpd-hpa, iPXE and Commons Net expect). Block 0 stands for the OACK.
 * <p>
 * Only an acknowledgement that moves the window forward counts. A duplicate or an old one is
 * ignored and does not trigger a retransmission; retransmissions happen on timeouts only. That is
 * what prevents the Sorcerer's Apprentice Syndrome (RFC 1123, 4.2.3.1), also with RFC 7440
 * windows.
 */
public final class BlockWindow {

	private long acked;
	private long sent;
	private long last = -1;
	private int lastLength;

	/** @param acked -1 when an OACK (block 0) goes out first, 0 when DATA 1 does */
	public BlockWindow(long acked) {
		this.acked = acked;
		this.sent = acked;
	}

	/** @return the last block the client acknowledged (-1: not even the OACK yet) */
	public long acked() {
		return acked;
	}

	/** @return the highest block sent so far */
	public long sent() {
		return sent;
	}

	/** @return the first block of the next window */
	public long next() {
		return acked + 1;
	}

	/** @return whether {@code block} may go out in the window that starts after {@link #acked()} */
	public boolean mayBeSent(long block, int windowSize) {
		return block <= acked + windowSize && (last < 0 || block <= last);
	}

	/** Records that {@code block} went out with {@code length} data bytes; a short block is the last. */
	public void sent(long block, int length, int blockSize) {
		sent = Math.max(sent, block);
		if (length < blockSize) {
			last = block;
			lastLength = length;
		}
	}

	/**
	 * @param wireBlock the 16-bit block number of an ACK
	 * @return true when it acknowledges a block in flight (the window moves up to it), false for a
	 *         duplicate, an old or a bogus acknowledgement
	 */
	public boolean acknowledge(int wireBlock) {
		long block = acked + ((wireBlock - acked) & 0xFFFF);
		if (block <= acked || block > sent) {
			return false;
		}
		acked = block;
		return true;
	}

	/** @return whether the client acknowledged the last block */
	public boolean complete() {
		return last >= 0 && acked == last;
	}

	/** @return the data bytes acknowledged so far, for a transfer of blocks of {@code blockSize} */
	public long bytesAcknowledged(int blockSize) {
		if (acked <= 0) {
			return 0;
		}
		return complete() ? (last - 1) * blockSize + lastLength : acked * blockSize;
	}
}
