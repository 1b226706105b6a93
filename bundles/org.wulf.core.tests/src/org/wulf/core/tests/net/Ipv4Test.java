package org.wulf.core.tests.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wulf.core.net.Ipv4;

class Ipv4Test {

	@Test
	void parsesDottedQuad() {
		Ipv4 address = Ipv4.parse("10.0.1.2");
		assertEquals("10.0.1.2", address.toString());
		assertEquals(0x0A000102, address.toInt());
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.0.0.0", "255.255.255.255", "10.0.0.0", "192.168.100.1", "1.2.3.4", "172.16.0.254" })
	void printsWhatItParsed(String text) {
		assertEquals(text, Ipv4.parse(text).toString());
		assertTrue(Ipv4.isValid(text));
	}

	@Test
	void convertsToAndFromInt() {
		assertEquals("192.168.0.1", Ipv4.of(0xC0A80001).toString());
		assertEquals("255.255.255.255", Ipv4.of(-1).toString());
		assertEquals("0.0.0.0", Ipv4.of(0).toString());
		assertEquals("128.0.0.0", Ipv4.of(Integer.MIN_VALUE).toString());
		assertEquals(0xC0A80001, Ipv4.parse("192.168.0.1").toInt());
		assertEquals(-1, Ipv4.parse("255.255.255.255").toInt());
	}

	static Stream<Arguments> badAddresses() {
		return Stream.of(
				Arguments.of("10.0.1.300", "300", "\"10.0.1.300\" is not an IPv4 address: 300 is greater than 255"),
				Arguments.of("256.0.0.1", "256", "\"256.0.0.1\" is not an IPv4 address: 256 is greater than 255"),
				Arguments.of("1000.0.0.1", "1000", "\"1000.0.0.1\" is not an IPv4 address: 1000 is greater than 255"),
				Arguments.of("99999999999.0.0.1", "99999999999",
						"\"99999999999.0.0.1\" is not an IPv4 address: 99999999999 is greater than 255"),
				Arguments.of("010.0.0.1", "010", "\"010.0.0.1\" is not an IPv4 address: 010 has a leading zero,"
						+ " which is ambiguous (some tools read it as octal); write 10"),
				Arguments.of("10.0.0.00", "00", "\"10.0.0.00\" is not an IPv4 address: 00 has a leading zero,"
						+ " which is ambiguous (some tools read it as octal); write 0"),
				Arguments.of("10.0.1", "10.0.1", "\"10.0.1\" is not an IPv4 address: it has 3 parts, not 4"
						+ " (write four numbers 0-255 separated by dots, e.g. 10.0.0.1)"),
				Arguments.of("10.0.1.2.3", "10.0.1.2.3", "\"10.0.1.2.3\" is not an IPv4 address: it has 5 parts, not 4"
						+ " (write four numbers 0-255 separated by dots, e.g. 10.0.0.1)"),
				Arguments.of("10", "10", "\"10\" is not an IPv4 address: it has 1 part, not 4"
						+ " (write four numbers 0-255 separated by dots, e.g. 10.0.0.1)"),
				Arguments.of("1.2.3.4.", "1.2.3.4.", "\"1.2.3.4.\" is not an IPv4 address: it has 5 parts, not 4"
						+ " (write four numbers 0-255 separated by dots, e.g. 10.0.0.1)"),
				Arguments.of("10..1.2", "10..1.2", "\"10..1.2\" is not an IPv4 address: part 2 is empty"),
				Arguments.of(".1.2.3", ".1.2.3", "\".1.2.3\" is not an IPv4 address: part 1 is empty"),
				Arguments.of("+1.2.3.4", "+1", "\"+1.2.3.4\" is not an IPv4 address: \"+1\" is not a decimal number"),
				Arguments.of("1.2.3.-4", "-4", "\"1.2.3.-4\" is not an IPv4 address: \"-4\" is not a decimal number"),
				Arguments.of("a.b.c.d", "a", "\"a.b.c.d\" is not an IPv4 address: \"a\" is not a decimal number"),
				Arguments.of("0x0A.0.0.1", "0x0A", "\"0x0A.0.0.1\" is not an IPv4 address: \"0x0A\" is not a decimal number"),
				Arguments.of(" 10.0.0.1", " 10", "\" 10.0.0.1\" is not an IPv4 address: \" 10\" is not a decimal number"),
				Arguments.of("10.0.0.1/24", "1/24", "\"10.0.0.1/24\" is not an IPv4 address: \"1/24\" is not a decimal number"),
				Arguments.of("\uFF11.2.3.4", "\uFF11",
						"\"\uFF11.2.3.4\" is not an IPv4 address: \"\uFF11\" is not a decimal number"),
				Arguments.of("", "\"\"", "\"\" is not an IPv4 address: it is empty"
						+ " (write four numbers 0-255 separated by dots, e.g. 10.0.0.1)"));
	}

	@ParameterizedTest
	@MethodSource("badAddresses")
	void rejectsMalformedAddressesNamingTheBadPart(String text, String offending, String message) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4.parse(text));
		assertEquals(message, e.getMessage());
		assertTrue(e.getMessage().contains(offending), e.getMessage());
		assertFalse(Ipv4.isValid(text));
	}

	@Test
	void nullIsNotValid() {
		assertFalse(Ipv4.isValid(null));
		assertThrows(NullPointerException.class, () -> Ipv4.parse(null));
	}

	@Test
	void addsToAddressesAcrossOctets() {
		assertEquals("10.0.0.5", Ipv4.parse("10.0.0.1").plus(4).toString());
		assertEquals("10.0.1.0", Ipv4.parse("10.0.0.254").plus(2).toString());
		assertEquals("11.0.0.0", Ipv4.parse("10.255.255.255").plus(1).toString());
		assertEquals("10.0.0.1", Ipv4.parse("10.0.0.1").plus(0).toString());
		assertEquals("9.255.255.255", Ipv4.parse("10.0.0.0").plus(-1).toString());
		assertEquals("255.255.255.255", Ipv4.parse("0.0.0.0").plus(0xFFFF_FFFFL).toString());
		assertEquals("0.0.0.0", Ipv4.parse("255.255.255.255").plus(-0xFFFF_FFFFL).toString());
	}

	@Test
	void addingPastTheLastAddressFails() {
		assertEquals("255.255.255.255", Ipv4.parse("255.255.255.254").plus(1).toString());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Ipv4.parse("255.255.255.254").plus(2));
		assertEquals("255.255.255.254 plus 2 would pass 255.255.255.255", e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Ipv4.parse("0.0.0.1").plus(Long.MAX_VALUE));
		assertThrows(IllegalArgumentException.class, () -> Ipv4.parse("0.0.0.0").plus(0x1_0000_0000L));
	}

	@Test
	void subtractingBelowTheFirstAddressFails() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4.parse("0.0.0.3").plus(-4));
		assertEquals("0.0.0.3 plus -4 would go below 0.0.0.0", e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Ipv4.parse("255.255.255.255").plus(Long.MIN_VALUE));
	}

	@Test
	void findsWhetherAnAddressIsInANetwork() {
		Ipv4 network = Ipv4.parse("10.0.0.0");
		Ipv4 mask = Ipv4.parse("255.255.252.0");
		assertTrue(Ipv4.parse("10.0.0.1").inNetwork(network, mask));
		assertTrue(Ipv4.parse("10.0.3.255").inNetwork(network, mask));
		assertFalse(Ipv4.parse("10.0.4.0").inNetwork(network, mask));
		assertFalse(Ipv4.parse("11.0.0.1").inNetwork(network, mask));
		assertTrue(Ipv4.parse("200.1.2.3").inNetwork(network, Ipv4.parse("0.0.0.0")));
		assertTrue(Ipv4.parse("10.0.0.7").inNetwork(Ipv4.parse("10.0.0.5"), mask), "host bits of the network are ignored");
	}

	@Test
	void computesTheNetworkOfAnAddress() {
		assertEquals(Ipv4.parse("10.0.0.0"), Ipv4.parse("10.0.3.17").networkOf(Ipv4.parse("255.255.252.0")));
		assertEquals(Ipv4.parse("192.168.1.0"), Ipv4.parse("192.168.1.200").networkOf(Ipv4.parse("255.255.255.0")));
		assertEquals(Ipv4.parse("192.168.1.200"), Ipv4.parse("192.168.1.200").networkOf(Ipv4.parse("255.255.255.255")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "255.255.255.0", "255.255.240.0", "255.128.0.0", "255.255.255.252", "0.0.0.0",
			"255.255.255.255", "128.0.0.0" })
	void acceptsContiguousNetmasks(String text) {
		assertTrue(Ipv4.isValidNetmask(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "255.0.255.0", "255.255.255.1", "0.255.255.255", "255.255.254.255", "255.255.255.0/24",
			"24", "abc", "null", "", "255.255.255.00" })
	void rejectsNonContiguousOrMalformedNetmasks(String text) {
		assertFalse(Ipv4.isValidNetmask(text));
	}

	@Test
	void nullIsNotANetmask() {
		assertFalse(Ipv4.isValidNetmask(null));
	}

	@Test
	void givesThePrefixLengthOfANetmask() {
		assertEquals(24, Ipv4.prefixLength(Ipv4.parse("255.255.255.0")));
		assertEquals(20, Ipv4.prefixLength(Ipv4.parse("255.255.240.0")));
		assertEquals(0, Ipv4.prefixLength(Ipv4.parse("0.0.0.0")));
		assertEquals(32, Ipv4.prefixLength(Ipv4.parse("255.255.255.255")));
	}

	@Test
	void rejectsPrefixLengthOfNonContiguousMask() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Ipv4.prefixLength(Ipv4.parse("255.0.255.0")));
		assertEquals("255.0.255.0 is not a netmask (its one bits are not contiguous)", e.getMessage());
	}

	@Test
	void givesTheNetmaskOfAPrefixLength() {
		assertEquals("0.0.0.0", Ipv4.netmaskOfPrefix(0).toString());
		assertEquals("128.0.0.0", Ipv4.netmaskOfPrefix(1).toString());
		assertEquals("255.255.240.0", Ipv4.netmaskOfPrefix(20).toString());
		assertEquals("255.255.255.0", Ipv4.netmaskOfPrefix(24).toString());
		assertEquals("255.255.255.254", Ipv4.netmaskOfPrefix(31).toString());
		assertEquals("255.255.255.255", Ipv4.netmaskOfPrefix(32).toString());
		for (int prefix = 0; prefix <= 32; prefix++) {
			Ipv4 mask = Ipv4.netmaskOfPrefix(prefix);
			assertEquals(prefix, Ipv4.prefixLength(mask));
			assertTrue(Ipv4.isValidNetmask(mask.toString()), mask.toString());
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 33, 64, Integer.MIN_VALUE })
	void rejectsPrefixLengthsOutside0To32(int prefix) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4.netmaskOfPrefix(prefix));
		assertEquals("/" + prefix + " is not a prefix length (0-32)", e.getMessage());
	}

	@Test
	void equalAddressesAreEqualAndHashAlike() {
		assertEquals(Ipv4.parse("10.0.0.1"), Ipv4.parse("10.0.0.1"));
		assertEquals(Ipv4.parse("10.0.0.1").hashCode(), Ipv4.parse("10.0.0.1").hashCode());
		assertEquals(Ipv4.parse("255.255.255.255"), Ipv4.of(-1));
		assertNotEquals(Ipv4.parse("10.0.0.1"), Ipv4.parse("10.0.0.2"));
		assertNotEquals(Ipv4.parse("10.0.0.1"), "10.0.0.1");
		assertNotEquals(null, Ipv4.parse("10.0.0.1"));
	}

	@Test
	void ordersAsUnsignedNumbers() {
		assertTrue(Ipv4.parse("10.0.0.2").compareTo(Ipv4.parse("10.0.0.10")) < 0);
		assertTrue(Ipv4.parse("200.0.0.1").compareTo(Ipv4.parse("100.0.0.1")) > 0);
		assertTrue(Ipv4.parse("128.0.0.0").compareTo(Ipv4.parse("127.255.255.255")) > 0);
		assertEquals(0, Ipv4.parse("10.0.0.1").compareTo(Ipv4.parse("10.0.0.1")));

		List<Ipv4> addresses = new ArrayList<>();
		for (String text : List.of("255.255.255.255", "10.0.0.10", "200.1.1.1", "0.0.0.0", "10.0.0.2", "100.1.1.1")) {
			addresses.add(Ipv4.parse(text));
		}
		addresses.sort(null);
		assertEquals(List.of("0.0.0.0", "10.0.0.2", "10.0.0.10", "100.1.1.1", "200.1.1.1", "255.255.255.255"),
				addresses.stream().map(Ipv4::toString).toList());
	}
}
