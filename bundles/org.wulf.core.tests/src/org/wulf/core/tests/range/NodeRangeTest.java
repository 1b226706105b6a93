package org.wulf.core.tests.range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wulf.core.range.NodeRange;
import org.wulf.core.range.NodeRangeException;

class NodeRangeTest {

	// --- expand -------------------------------------------------------------------------------

	@Test
	void expandsPlainNameToItself() {
		assertEquals(List.of("n1"), NodeRange.expand("n1"));
		assertEquals(List.of("login"), NodeRange.expand("login"));
	}

	static Stream<Arguments> warewulfDocExamples() {
		return Stream.of(
				Arguments.of("node[1-2]", List.of("node1", "node2")),
				Arguments.of("node[1,3]", List.of("node1", "node3")),
				Arguments.of("node[1,5-6]", List.of("node1", "node5", "node6")),
				Arguments.of("n00[00-4].cluster[0-1]",
						List.of("n0000.cluster0", "n0000.cluster1", "n0001.cluster0", "n0001.cluster1",
								"n0002.cluster0", "n0002.cluster1", "n0003.cluster0", "n0003.cluster1",
								"n0004.cluster0", "n0004.cluster1")));
	}

	@ParameterizedTest
	@MethodSource("warewulfDocExamples")
	void expandsWarewulfDocExamples(String pattern, List<String> expected) {
		assertEquals(expected, NodeRange.expand(pattern));
	}

	@Test
	void expandsZeroPaddedRanges() {
		assertEquals(List.of("n01", "n02", "n03", "n04", "n05", "n06", "n07", "n08", "n09", "n10"),
				NodeRange.expand("n[01-10]"));
		assertEquals(List.of("n00", "n01", "n02", "n03", "n04"), NodeRange.expand("n[00-4]"));
		assertEquals(List.of("n001", "n002", "n003"), NodeRange.expand("n[001-3]"));
		assertEquals(List.of("n007"), NodeRange.expand("n[007]"));
	}

	@Test
	void expandsUnpaddedRangesAcrossDigitCounts() {
		assertEquals(List.of("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10"), NodeRange.expand("n[1-10]"));
		assertEquals(List.of("n98", "n99", "n100", "n101"), NodeRange.expand("n[98-101]"));
		assertEquals(List.of("n098", "n099", "n100", "n101"), NodeRange.expand("n[098-101]"));
	}

	@Test
	void eachEntryOfAGroupHasItsOwnPadding() {
		assertEquals(List.of("n1", "n2", "n01", "n02", "n7"), NodeRange.expand("n[1-2,01-02,7]"));
	}

	@Test
	void expandsListsAndRangesInOneGroupInTheOrderWritten() {
		assertEquals(List.of("n1", "n2", "n3", "n7", "n9", "n10"), NodeRange.expand("n[1-3,7,9-10]"));
		assertEquals(List.of("n3", "n1", "n2"), NodeRange.expand("n[3,1-2]"));
	}

	@Test
	void expandsSeveralGroupsAsCartesianProductLeftmostSlowest() {
		assertEquals(List.of("r1n1", "r1n2", "r2n1", "r2n2"), NodeRange.expand("r[1-2]n[1-2]"));
		assertEquals(List.of("r1n01", "r1n02", "r1n03", "r1n04", "r2n01", "r2n02", "r2n03", "r2n04"),
				NodeRange.expand("r[1-2]n[01-04]"));
		assertEquals(List.of("a1b1c1", "a1b1c2", "a1b2c1", "a1b2c2", "a2b1c1", "a2b1c2", "a2b2c1", "a2b2c2"),
				NodeRange.expand("a[1-2]b[1-2]c[1-2]"));
	}

	@Test
	void splitsOnCommasOutsideBracketsOnly() {
		assertEquals(List.of("n1", "n2", "n3", "gpu01", "gpu02"), NodeRange.expand("n[1-3],gpu[01-02]"));
		assertEquals(List.of("login", "n1", "n3"), NodeRange.expand("login,n[1,3]"));
	}

	@Test
	void expandsGroupWithTextAfterIt() {
		assertEquals(List.of("n1-ib", "n2-ib"), NodeRange.expand("n[1-2]-ib"));
	}

	@Test
	void expandsGroupWithoutAnyText() {
		assertEquals(List.of("1", "2", "3"), NodeRange.expand("[1-3]"));
	}

	@Test
	void removesDuplicatesKeepingFirstOccurrence() {
		assertEquals(List.of("n1", "n2", "n3", "n4"), NodeRange.expand("n[1-3],n2,n[2-4]"));
		assertEquals(List.of("n2", "n1"), NodeRange.expand("n[2,1-2,2]"));
	}

	@Test
	void expandsSeveralPatternsInOrderWithoutDuplicates() {
		assertEquals(List.of("n1", "n2", "gpu1", "n3"), NodeRange.expand(List.of("n[1-2]", "gpu1", "n[2-3]")));
	}

	@Test
	void expandsNoPatternsToNoNames() {
		assertEquals(List.of(), NodeRange.expand(List.of()));
	}

	@Test
	void ignoresWhiteSpaceAroundItemsAndEntries() {
		assertEquals(List.of("n1", "n2", "n3", "gpu1"), NodeRange.expand(" n[ 1 - 2 , 3 ] , gpu1 "));
	}

	@Test
	void returnsANewModifiableList() {
		List<String> names = NodeRange.expand("n[1-2]");
		names.add("n9");
		assertEquals(List.of("n1", "n2"), NodeRange.expand("n[1-2]"));
	}

	@Test
	void acceptsExactlyTheLimitOfNames() {
		List<String> names = NodeRange.expand("r[1-1000]n[0001-1000]");
		assertEquals(NodeRange.MAX_NAMES, names.size());
		assertEquals("r1n0001", names.get(0));
		assertEquals("r1n1000", names.get(999));
		assertEquals("r2n0001", names.get(1000));
		assertEquals("r1000n1000", names.get(names.size() - 1));
	}

	@Test
	void rejectsNullPattern() {
		assertThrows(NullPointerException.class, () -> NodeRange.expand((String) null));
	}

	// --- errors --------------------------------------------------------------------------------

	@Test
	void rejectsBackwardsRange() {
		NodeRangeException e = assertThrows(NodeRangeException.class, () -> NodeRange.expand("n[5-1]"));
		assertEquals("bad node range \"n[5-1]\" at character 3: 5-1 runs backwards (start is greater than end)",
				e.getMessage());
		assertEquals("n[5-1]", e.pattern());
		assertEquals(2, e.index());
	}

	@Test
	void rangeErrorIsAnIllegalArgumentException() {
		assertInstanceOf(IllegalArgumentException.class, assertThrows(NodeRangeException.class, () -> NodeRange.expand("n[")));
	}

	static Stream<Arguments> badPatterns() {
		return Stream.of(
				// pattern, offending text, expected message
				Arguments.of("n[5-1]", "5-1",
						"bad node range \"n[5-1]\" at character 3: 5-1 runs backwards (start is greater than end)"),
				Arguments.of("n[1-3,10-9]", "10-9",
						"bad node range \"n[1-3,10-9]\" at character 7: 10-9 runs backwards (start is greater than end)"),
				Arguments.of("n[a-b]", "a", "bad node range \"n[a-b]\" at character 3: \"a\" is not a number"
						+ " (ranges take decimal digits, e.g. [1-4] or [01-10])"),
				Arguments.of("n[1-x]", "x", "bad node range \"n[1-x]\" at character 5: \"x\" is not a number"
						+ " (ranges take decimal digits, e.g. [1-4] or [01-10])"),
				Arguments.of("n[1-2-3]", "2-3", "bad node range \"n[1-2-3]\" at character 5: \"2-3\" is not a number"
						+ " (ranges take decimal digits, e.g. [1-4] or [01-10])"),
				Arguments.of("n[0x10]", "0x10", "bad node range \"n[0x10]\" at character 3: \"0x10\" is not a number"
						+ " (ranges take decimal digits, e.g. [1-4] or [01-10])"),
				Arguments.of("n[-3]", "-3", "bad node range \"n[-3]\" at character 3: \"-3\" has no start number"
						+ " (write a range as A-B, e.g. 1-4)"),
				Arguments.of("n[3-]", "3-", "bad node range \"n[3-]\" at character 3: \"3-\" has no end number"
						+ " (write a range as A-B, e.g. 1-4)"),
				Arguments.of("n[]", "[]",
						"bad node range \"n[]\" at character 2: [] is empty; put numbers or ranges inside, e.g. [1-4] or [1,3,5-7]"),
				Arguments.of("n[1,,2]", "[1,,2]", "bad node range \"n[1,,2]\" at character 4: empty entry in [1,,2]"
						+ " (two commas in a row, or a comma at the start or end)"),
				Arguments.of("n[1,]", "[1,]", "bad node range \"n[1,]\" at character 4: empty entry in [1,]"
						+ " (two commas in a row, or a comma at the start or end)"),
				Arguments.of("n[1-3", "[", "bad node range \"n[1-3\" at character 2: \"[\" is never closed with \"]\""),
				Arguments.of("n1-3]", "]", "bad node range \"n1-3]\" at character 5: \"]\" has no matching \"[\""),
				Arguments.of("n[[1]]", "[", "bad node range \"n[[1]]\" at character 3: \"[\" inside another \"[...]\""
						+ " (brackets do not nest)"),
				Arguments.of("n1,,n2", "n1,,n2", "bad node range \"n1,,n2\" at character 4: empty name"
						+ " (two commas in a row, or a comma at the start or end)"),
				Arguments.of("n1,", "n1,", "bad node range \"n1,\" at character 3: empty name"
						+ " (two commas in a row, or a comma at the start or end)"),
				Arguments.of(",n1", ",n1", "bad node range \",n1\" at character 1: empty name"
						+ " (two commas in a row, or a comma at the start or end)"),
				Arguments.of("", "\"\"",
						"bad node range \"\": the pattern is empty; give a node name such as n1 or a range such as n[1-4]"),
				Arguments.of("  ", "\"  \"",
						"bad node range \"  \": the pattern is empty; give a node name such as n1 or a range such as n[1-4]"),
				Arguments.of("n[1234567890123456789]", "1234567890123456789", "bad node range"
						+ " \"n[1234567890123456789]\" at character 3: \"1234567890123456789\" has too many digits (at most 18)"),
				Arguments.of("n[1-2000000]", "1-2000000", "bad node range \"n[1-2000000]\" at character 3: too many names:"
						+ " 1-2000000 expands to 2000000 names, more than the limit of 1000000"),
				Arguments.of("n[1-600000,600001-1000001]", "[1-600000,600001-1000001]", "bad node range"
						+ " \"n[1-600000,600001-1000001]\" at character 2: too many names: [1-600000,600001-1000001]"
						+ " expands to more than the limit of 1000000 names"),
				Arguments.of("r[1-1001]n[1-1000]", "r[1-1001]n[1-1000]", "bad node range \"r[1-1001]n[1-1000]\""
						+ " at character 1: too many names: r[1-1001]n[1-1000] expands to more than the limit of 1000000 names"),
				Arguments.of("a[1-600000],b[1-600000]", "b[1-600000]", "bad node range \"a[1-600000],b[1-600000]\""
						+ " at character 13: too many names: with b[1-600000] the total passes the limit of 1000000 names"));
	}

	@ParameterizedTest
	@MethodSource("badPatterns")
	void rejectsBadPatternsWithMessageNamingTheBadPart(String pattern, String offending, String message) {
		NodeRangeException e = assertThrows(NodeRangeException.class, () -> NodeRange.expand(pattern));
		assertEquals(message, e.getMessage());
		assertTrue(e.getMessage().contains("\"" + pattern + "\""), e.getMessage());
		assertTrue(e.getMessage().contains(offending), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), "message is one line");
		assertEquals(pattern, e.pattern());
	}

	@Test
	void rejectsTooManyNamesOverSeveralPatterns() {
		NodeRangeException e = assertThrows(NodeRangeException.class,
				() -> NodeRange.expand(List.of("a[1-600000]", "b[1-600000]")));
		assertEquals("bad node range \"b[1-600000]\" at character 1: too many names: with b[1-600000] the total"
				+ " passes the limit of 1000000 names", e.getMessage());
	}

	@Test
	void reportsTheBadPatternAmongSeveral() {
		NodeRangeException e = assertThrows(NodeRangeException.class,
				() -> NodeRange.expand(List.of("n[1-4]", "gpu[2-1]")));
		assertEquals("bad node range \"gpu[2-1]\" at character 5: 2-1 runs backwards (start is greater than end)",
				e.getMessage());
	}

	// --- isPattern -----------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "n[1-2]", "n1,n2", "n[", "n]", "[1]" })
	void recognizesPatterns(String text) {
		assertTrue(NodeRange.isPattern(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "n1", "node-01.cluster", "", "n1-3" })
	void recognizesPlainNames(String text) {
		assertFalse(NodeRange.isPattern(text));
	}

	@Test
	void nullIsNotAPattern() {
		assertFalse(NodeRange.isPattern(null));
	}

	// --- fold ----------------------------------------------------------------------------------

	@Test
	void foldsConsecutiveNumbersToRangesAndKeepsOthersSingle() {
		assertEquals("n[01-03,05]", NodeRange.fold(List.of("n01", "n02", "n03", "n05")));
		assertEquals("n[1-3,7,9-10]", NodeRange.fold(List.of("n1", "n2", "n3", "n7", "n9", "n10")));
		assertEquals("n[1-2]", NodeRange.fold(List.of("n1", "n2")));
		assertEquals("n[1,3]", NodeRange.fold(List.of("n1", "n3")));
	}

	@Test
	void foldsGroupsSortedByPrefixThenSuffix() {
		assertEquals("gpu1,n[1-3]", NodeRange.fold(List.of("n1", "n2", "n3", "gpu1")));
		assertEquals("n[1-2]-bmc,n1.eth,n[1-2].ib",
				NodeRange.fold(List.of("n2-bmc", "n1.ib", "n1-bmc", "n2.ib", "n1.eth")));
	}

	@Test
	void foldsPrefixesInNaturalOrder() {
		assertEquals("r2n[1-2],r10n[1-2]", NodeRange.fold(List.of("r10n1", "r10n2", "r2n1", "r2n2")));
	}

	@Test
	void foldsOnTheLastRunOfDigits() {
		assertEquals("r1n[01-04],r2n[01-02]", NodeRange.fold(NodeRange.expand("r1n[01-04],r2n[01-02]")));
		assertEquals("n0000.cluster[0-1],n0001.cluster[0-1],n0002.cluster[0-1],n0003.cluster[0-1],n0004.cluster[0-1]",
				NodeRange.fold(NodeRange.expand("n00[00-4].cluster[0-1]")));
	}

	@Test
	void foldsSingleNameOfAGroupPlainly() {
		assertEquals("n5", NodeRange.fold(List.of("n5")));
		assertEquals("gpu1,n1", NodeRange.fold(List.of("n1", "gpu1")));
		assertEquals("n007", NodeRange.fold(List.of("n007")));
	}

	@Test
	void foldsNamesWithoutDigitsAsTheyAre() {
		assertEquals("admin,login,n[1-2]", NodeRange.fold(List.of("login", "n1", "n2", "admin")));
		assertEquals("n,n[1-2]", NodeRange.fold(List.of("n2", "n", "n1")));
	}

	@Test
	void foldsUnpaddedNumbersOfDifferentLengthsTogether() {
		assertEquals("n[9-10]", NodeRange.fold(List.of("n9", "n10")));
		assertEquals("n[98-101]", NodeRange.fold(List.of("n98", "n99", "n100", "n101")));
	}

	@Test
	void foldsPaddedRunIntoWiderUnpaddedNumbers() {
		assertEquals("n[01-10]", NodeRange.fold(NodeRange.expand("n[01-10]")));
		assertEquals("n[08-11]", NodeRange.fold(List.of("n08", "n09", "n10", "n11")));
		assertEquals("n[098-101]", NodeRange.fold(List.of("n098", "n099", "n100", "n101")));
	}

	@Test
	void keepsDifferentPaddingsApart() {
		assertEquals("n[1,01]", NodeRange.fold(List.of("n01", "n1")));
		assertEquals("n[9,09]", NodeRange.fold(List.of("n9", "n09")));
		assertEquals("n[1-2,01-02]", NodeRange.fold(List.of("n01", "n1", "n2", "n02")));
		assertEquals("n[00-01,000]", NodeRange.fold(List.of("n000", "n00", "n01")));
		assertEquals("n[0,00]", NodeRange.fold(List.of("n0", "n00")));
	}

	@Test
	void foldIgnoresInputOrderDuplicatesAndNulls() {
		assertEquals("n[1-3]", NodeRange.fold(Arrays.asList("n3", null, "n1", "n2", "n1")));
	}

	@Test
	void foldsNoNamesToEmptyText() {
		assertEquals("", NodeRange.fold(List.of()));
	}

	@Test
	void foldWritesTooLongDigitRunsPlainly() {
		assertEquals("n1234567890123456789", NodeRange.fold(List.of("n1234567890123456789")));
		assertEquals("n[1-2],n1234567890123456789",
				NodeRange.fold(List.of("n1234567890123456789", "n1", "n2")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "n[01-10]", "n[1-3,7,9-10]", "r[1-2]n[01-04]", "n00[00-4].cluster[0-1]",
			"n[1-3],gpu[01-02]", "login,n[1-2,01-02],n[0-1]", "n[1-9,10-12,010-012,0010]", "a[8-12]b[099-101]c",
			"x[0-3]y,x[0-3]z,x[00-02]" })
	void expandOfFoldGivesTheSameNames(String pattern) {
		Set<String> names = new HashSet<>(NodeRange.expand(pattern));
		List<String> back = NodeRange.expand(NodeRange.fold(names));
		assertEquals(names, new HashSet<>(back));
		assertEquals(names.size(), back.size());
	}

	@Test
	void expandOfFoldGivesTheSameNamesForRandomSets() {
		Random random = new Random(20240611L);
		String[] prefixes = { "n", "gpu", "r1n", "r2n", "node-", "rack10-n", "" };
		String[] suffixes = { "", ".ib", "-bmc", "x" };
		for (int round = 0; round < 500; round++) {
			Set<String> names = new LinkedHashSet<>();
			int count = 1 + random.nextInt(60);
			for (int i = 0; i < count; i++) {
				if (random.nextInt(20) == 0) {
					names.add(random.nextBoolean() ? "login" : "admin");
					continue;
				}
				String prefix = prefixes[random.nextInt(prefixes.length)];
				String suffix = suffixes[random.nextInt(suffixes.length)];
				int number = random.nextInt(random.nextBoolean() ? 20 : 1200);
				int width = random.nextInt(5);
				String digits = width == 0 ? Integer.toString(number) : String.format("%0" + width + "d", number);
				names.add(prefix + digits + suffix);
			}
			String folded = NodeRange.fold(names);
			List<String> back = NodeRange.expand(folded);
			assertEquals(names, new HashSet<>(back), "round " + round + ": " + folded);
			assertEquals(names.size(), back.size(), "round " + round + ": " + folded);

			List<String> shuffled = new ArrayList<>(names);
			Collections.shuffle(shuffled, random);
			assertEquals(folded, NodeRange.fold(shuffled), "fold depends only on the set of names");
		}
	}

	@Test
	void foldIsShortForWholeRanges() {
		assertEquals("n[0001-1000]", NodeRange.fold(NodeRange.expand("n[0001-1000]")));
		assertEquals("gpu[1-16],n[001-128]", NodeRange.fold(NodeRange.expand("n[001-128],gpu[1-16]")));
	}
}
