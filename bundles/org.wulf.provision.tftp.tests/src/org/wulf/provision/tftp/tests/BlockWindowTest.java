package org.wulf.provision.tftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wulf.provision.tftp.internal.BlockWindow;

/** Block bookkeeping without sockets: wrap-around, duplicates, the last block. */
class BlockWindowTest {

	@Test
	void mapsSixteenBitAcknowledgementsPastTheWrap() {
		BlockWindow window = new BlockWindow(65_530);
		for (long block = 65_531; block <= 65_546; block++) {
			window.sent(block, 512, 512);
		}
		assertTrue(window.acknowledge(3)); // block 65539 on the wire is 3
		assertEquals(65_539, window.acked());
		assertFalse(window.acknowledge(65_535), "block 65535 is behind the window now");
		assertFalse(window.acknowledge(3), "a duplicate");
		assertFalse(window.acknowledge(11), "block 65547 was never sent");
		assertTrue(window.acknowledge(10));
		assertEquals(65_546, window.acked());
	}

	@Test
	void treatsBlockZeroAsTheOack() {
		BlockWindow window = new BlockWindow(-1);
		assertFalse(window.acknowledge(0), "nothing sent yet");
		window.sent(0, 0, 0);
		assertFalse(window.complete(), "a zero-length OACK is not a short last block");
		assertTrue(window.acknowledge(0));
		assertEquals(1, window.next());
	}

	@Test
	void endsWithTheShortBlockAndCountsBytes() {
		BlockWindow window = new BlockWindow(0);
		window.sent(1, 512, 512);
		window.sent(2, 512, 512);
		window.sent(3, 0, 512);
		assertFalse(window.mayBeSent(4, 8));
		assertTrue(window.acknowledge(2));
		assertEquals(1024, window.bytesAcknowledged(512));
		assertFalse(window.complete());
		assertTrue(window.acknowledge(3));
		assertTrue(window.complete());
		assertEquals(1024, window.bytesAcknowledged(512));
	}

	@Test
	void limitsTheWindow() {
		BlockWindow window = new BlockWindow(0);
		assertTrue(window.mayBeSent(4, 4));
		assertFalse(window.mayBeSent(5, 4));
	}
}
