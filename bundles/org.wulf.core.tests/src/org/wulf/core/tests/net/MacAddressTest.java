package org.wulf.core.tests.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wulf.core.net.MacAddress;

class MacAddressTest {

	private static final String INFINIBAND = "00:00:00:00:fe:80:00:00:00:00:00:00:00:02:c9:03:00:1a:2b:3c";

	@ParameterizedTest
	@ValueSource(strings = { "aa:bb:cc:dd:ee:0f", "AA:BB:CC:DD:EE:0F", "Aa:bB:cc:DD:ee:0f", "AA-BB-CC-DD-EE-0F",
			"aa-bb-cc-dd-ee-0f", "aabb.ccdd.ee0f", "AABB.CCDD.EE0F" })
	void normalizesEthernetSpellingsToLowerCaseColonForm(String text) {
		assertEquals("aa:bb:cc:dd:ee:0f", MacAddress.normalize(text));
		assertTrue(MacAddress.isValid(text));
	}

	@Test
	void keepsDigitsAndZeros() {
		assertEquals("00:00:00:00:00:00", MacAddress.normalize("00:00:00:00:00:00"));
		assertEquals("01:23:45:67:89:ab", MacAddress.normalize("0123.4567.89AB"));
	}

	@Test
	void acceptsInfinibandHardwareAddresses() {
		assertEquals(INFINIBAND, MacAddress.normalize(INFINIBAND));
		assertEquals(INFINIBAND, MacAddress.normalize(INFINIBAND.toUpperCase()));
		assertTrue(MacAddress.isValid(INFINIBAND));
	}

	static Stream<Arguments> badAddresses() {
		return Stream.of(
				Arguments.of("zz:00:11:22:33:44", "zz",
						"\"zz:00:11:22:33:44\" is not a MAC address: \"zz\" is not two hex digits"),
				Arguments.of("aa:bb:cc:dd:ee:fg", "fg",
						"\"aa:bb:cc:dd:ee:fg\" is not a MAC address: \"fg\" is not two hex digits"),
				Arguments.of("a:b:c:d:e:f", "a", "\"a:b:c:d:e:f\" is not a MAC address: \"a\" is not two hex digits"),
				Arguments.of("aaa:bb:cc:dd:ee:ff", "aaa",
						"\"aaa:bb:cc:dd:ee:ff\" is not a MAC address: \"aaa\" is not two hex digits"),
				Arguments.of("aa::cc:dd:ee:ff", "\"\"", "\"aa::cc:dd:ee:ff\" is not a MAC address: \"\" is not two hex digits"),
				Arguments.of(" aa:bb:cc:dd:ee:ff", " aa",
						"\" aa:bb:cc:dd:ee:ff\" is not a MAC address: \" aa\" is not two hex digits"),
				Arguments.of("aa:bb:cc:dd:ee", "aa:bb:cc:dd:ee", "\"aa:bb:cc:dd:ee\" is not a MAC address: it has 5 groups,"
						+ " not 6 (aa:bb:cc:dd:ee:ff) or 20 (InfiniBand)"),
				Arguments.of("aa:bb:cc:dd:ee:ff:00", "aa:bb:cc:dd:ee:ff:00", "\"aa:bb:cc:dd:ee:ff:00\" is not a MAC"
						+ " address: it has 7 groups, not 6 (aa:bb:cc:dd:ee:ff) or 20 (InfiniBand)"),
				Arguments.of("aa:bb:cc:dd:ee:ff:", "aa:bb:cc:dd:ee:ff:", "\"aa:bb:cc:dd:ee:ff:\" is not a MAC"
						+ " address: it has 7 groups, not 6 (aa:bb:cc:dd:ee:ff) or 20 (InfiniBand)"),
				Arguments.of("AA-BB-CC-DD-EE", "AA-BB-CC-DD-EE",
						"\"AA-BB-CC-DD-EE\" is not a MAC address: it has 5 groups, not 6 (AA-BB-CC-DD-EE-FF)"),
				Arguments.of(INFINIBAND.replace(':', '-'), INFINIBAND.replace(':', '-'), "\"" + INFINIBAND.replace(':', '-')
						+ "\" is not a MAC address: it has 20 groups, not 6 (AA-BB-CC-DD-EE-FF)"),
				Arguments.of("aabb.ccdd", "aabb.ccdd", "\"aabb.ccdd\" is not a MAC address: it has 2 groups, not 3 (aabb.ccdd.eeff)"),
				Arguments.of("aabb.ccdd.eefg", "eefg",
						"\"aabb.ccdd.eefg\" is not a MAC address: \"eefg\" is not four hex digits"),
				Arguments.of("aab.bccdd.eeff", "aab", "\"aab.bccdd.eeff\" is not a MAC address: \"aab\" is not four hex digits"),
				Arguments.of("aa:bb-cc:dd:ee:ff", "aa:bb-cc:dd:ee:ff",
						"\"aa:bb-cc:dd:ee:ff\" is not a MAC address: it mixes \":\" and \"-\" as separators"),
				Arguments.of("aabbccddeeff", "aabbccddeeff", "\"aabbccddeeff\" is not a MAC address: write it as"
						+ " aa:bb:cc:dd:ee:ff, AA-BB-CC-DD-EE-FF or aabb.ccdd.eeff"),
				Arguments.of("", "\"\"", "\"\" is not a MAC address: it is empty (write it as aa:bb:cc:dd:ee:ff)"));
	}

	@ParameterizedTest
	@MethodSource("badAddresses")
	void rejectsMalformedAddressesNamingTheBadPart(String text, String offending, String message) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MacAddress.normalize(text));
		assertEquals(message, e.getMessage());
		assertTrue(e.getMessage().contains(offending), e.getMessage());
		assertFalse(MacAddress.isValid(text));
	}

	@Test
	void nullIsNotValid() {
		assertFalse(MacAddress.isValid(null));
		assertThrows(NullPointerException.class, () -> MacAddress.normalize(null));
	}
}
