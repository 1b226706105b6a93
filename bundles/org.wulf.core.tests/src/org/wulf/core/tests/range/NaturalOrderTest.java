package org.wulf.core.tests.range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wulf.core.range.NaturalOrder;

/** Names sort as people count them; zero padding only breaks ties. */
class NaturalOrderTest {

	private static final NaturalOrder ORDER = NaturalOrder.INSTANCE;

	@Test
	void digitRunsCompareByNumber() {
		List<String> names = new ArrayList<>(List.of("n10", "rack10-n1", "n2", "n001", "rack2-n1", "n0", "n", "n00010"));
		names.sort(ORDER);
		assertEquals(List.of("n", "n0", "n001", "n2", "n00010", "n10", "rack2-n1", "rack10-n1"), names);
	}

	@Test
	void equalNumbersWithOtherPaddingFallBackToText() {
		assertTrue(ORDER.compare("n007", "n7") < 0); // "n007" < "n7" as text
		assertTrue(ORDER.compare("n7", "n007") > 0);
		assertTrue(ORDER.compare("n000", "n0") > 0); // "n0" is a prefix of "n000"
		assertEquals(0, ORDER.compare("n0100", "n0100"));
		assertTrue(ORDER.compare("n0100", "n0099") > 0);
		assertTrue(ORDER.compare("n99", "n0100") < 0);
	}
}
