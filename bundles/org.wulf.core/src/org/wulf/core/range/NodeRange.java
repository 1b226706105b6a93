package org.wulf.core.range;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Node name patterns ("hostlists"), so that a whole rack of nodes can be named wherever a single
 * node name is accepted: {@code wulf node add n[01-64]}, {@code wulf node set r[1-2]n[01-04] ...}.
 * The syntax is the one Warewulf 4 accepts:
 * <ul>
 * <li>A pattern is a comma-separated list of items. Commas inside brackets do not split, so
 * {@code n[1-3],gpu[01-02]} is two items. White space around an item is ignored.</li>
 * <li>An item is a name with zero or more bracket groups, e.g. {@code n[01-10]},
 * {@code n[1-3,7,9-10]}, {@code r[1-2]n[01-04]}, {@code n00[00-4].cluster[0-1]}. A group holds a
 * comma list of numbers {@code N} and ranges {@code A-B}, in decimal digits. Brackets do not
 * nest.</li>
 * <li>Zero padding: every number of an entry is written as wide as the entry's first number, so
 * {@code [01-10]} gives 01 to 10, {@code [00-4]} gives 00 to 04 and {@code [1-10]} gives 1 to 10.</li>
 * <li>Several groups expand as a cartesian product, the left-most group varying slowest:
 * {@code r[1-2]n[1-2]} gives r1n1, r1n2, r2n1, r2n2.</li>
 * </ul>
 * {@link #fold(Collection)} goes the other way and writes a set of names as a short pattern, for
 * messages such as "Deleted 12 nodes: n[01-12]".
 */
public final class NodeRange {

	/** The most names one call of {@link #expand} produces; a pattern that gives more is rejected. */
	public static final int MAX_NAMES = 1_000_000;

	/** Longer digit runs would not fit a {@code long}; no node is numbered like that. */
	private static final int MAX_DIGITS = 18;

	private NodeRange() {
	}

	/**
	 * @return whether the text uses range syntax (contains a bracket or a comma) rather than being
	 *         a single plain name
	 */
	public static boolean isPattern(String text) {
		return text != null && (text.indexOf('[') >= 0 || text.indexOf(']') >= 0 || text.indexOf(',') >= 0);
	}

	/**
	 * Expands one pattern.
	 *
	 * @return the names in the order the pattern gives them, each once (first occurrence kept), in a
	 *         new modifiable list
	 * @throws NodeRangeException when the pattern is malformed or gives more than {@link #MAX_NAMES}
	 *                            names
	 */
	public static List<String> expand(String pattern) {
		return expand(Collections.singletonList(pattern));
	}

	/**
	 * Expands several patterns one after the other.
	 *
	 * @return the names in the order the patterns give them, each once (first occurrence kept), in a
	 *         new modifiable list; empty when there are no patterns
	 * @throws NodeRangeException when a pattern is malformed or all of them together give more than
	 *                            {@link #MAX_NAMES} names
	 */
	public static List<String> expand(Collection<String> patterns) {
		Objects.requireNonNull(patterns, "patterns");
		List<List<Item>> parsed = new ArrayList<>();
		long total = 0;
		for (String pattern : patterns) {
			Objects.requireNonNull(pattern, "pattern");
			List<Item> items = new Parser(pattern).parse();
			for (Item item : items) {
				total += item.count;
				if (total > MAX_NAMES) {
					throw new NodeRangeException(pattern, item.start, "too many names: with " + item.text
							+ " the total passes the limit of " + MAX_NAMES + " names");
				}
			}
			parsed.add(items);
		}
		Set<String> names = new LinkedHashSet<>();
		for (List<Item> items : parsed) {
			for (Item item : items) {
				item.expandInto(names);
			}
		}
		return new ArrayList<>(names);
	}

	/**
	 * Writes names as a short pattern that {@link #expand(String)} turns back into the same set.
	 * <p>
	 * Each name is split at its last run of digits into prefix, number and suffix. Names with the
	 * same prefix and suffix share one bracket group, in which consecutive numbers become {@code a-b}
	 * and the others stay single; numbers keep their zero padding, and a padded run continues into
	 * unpadded numbers of at least its width ({@code n08,n09,n10} gives {@code n[08-10]}, while
	 * {@code n9,n10} gives {@code n[9-10]} and {@code n09,n9} gives {@code n[9,09]}). A prefix and
	 * suffix with only one name is written plainly, as is a name without digits.
	 * <p>
	 * Order: the parts are sorted by prefix, then by suffix, both in {@link NaturalOrder} (so
	 * {@code r2n[1-4]} comes before {@code r10n[1-4]}); a name without digits comes before a group
	 * whose prefix is that name. Inside a group, entries are sorted by their first number.
	 * <p>
	 * Duplicates and {@code null} elements are ignored. Names are assumed to be node names, that is
	 * without brackets or commas; others are written as they are and do not expand back.
	 *
	 * @return the pattern, or the empty string when there are no names
	 */
	public static String fold(Collection<String> names) {
		Objects.requireNonNull(names, "names");
		Map<Key, Set<String>> numbersByKey = new HashMap<>();
		List<Part> parts = new ArrayList<>();
		Set<String> seenPlain = new LinkedHashSet<>();
		for (String name : names) {
			if (name == null) {
				continue;
			}
			int end = name.length();
			while (end > 0 && !isDigit(name.charAt(end - 1))) {
				end--;
			}
			int start = end;
			while (start > 0 && isDigit(name.charAt(start - 1))) {
				start--;
			}
			if (end == 0 || end - start > MAX_DIGITS) {
				if (seenPlain.add(name)) {
					parts.add(new Part(name, "", false, name));
				}
			} else {
				Key key = new Key(name.substring(0, start), name.substring(end));
				numbersByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(name.substring(start, end));
			}
		}
		numbersByKey.forEach((key, numbers) -> {
			String text = numbers.size() == 1 ? key.prefix + numbers.iterator().next() + key.suffix
					: key.prefix + "[" + foldNumbers(numbers) + "]" + key.suffix;
			parts.add(new Part(key.prefix, key.suffix, true, text));
		});
		parts.sort(Comparator.comparing(Part::prefix, NaturalOrder.INSTANCE)
				.thenComparing(Part::suffix, NaturalOrder.INSTANCE)
				.thenComparing(Part::numbered));
		StringBuilder out = new StringBuilder();
		for (Part part : parts) {
			if (!out.isEmpty()) {
				out.append(',');
			}
			out.append(part.text);
		}
		return out.toString();
	}

	/** @return the bracket content for a set of digit strings (all of at most {@link #MAX_DIGITS}) */
	private static String foldNumbers(Collection<String> digitStrings) {
		TreeSet<Long> unpadded = new TreeSet<>();
		TreeMap<Integer, TreeSet<Long>> paddedByWidth = new TreeMap<>();
		for (String digits : digitStrings) {
			long value = Long.parseLong(digits);
			if (digits.length() > 1 && digits.charAt(0) == '0') {
				paddedByWidth.computeIfAbsent(digits.length(), w -> new TreeSet<>()).add(value);
			} else {
				unpadded.add(value);
			}
		}
		List<Run> runs = new ArrayList<>();
		// Padded runs first: a run ending just below the next power of ten may take over unpadded
		// numbers that print the same at its width (09 -> 10, 11, ...).
		paddedByWidth.forEach((width, values) -> addRuns(values, width, unpadded, runs));
		addRuns(new TreeSet<>(unpadded), 1, null, runs);
		runs.sort(Comparator.comparingLong(Run::first).thenComparingInt(Run::width));
		StringBuilder out = new StringBuilder();
		for (Run run : runs) {
			if (!out.isEmpty()) {
				out.append(',');
			}
			out.append(pad(run.first, run.width));
			if (run.last != run.first) {
				out.append('-').append(pad(run.last, run.width));
			}
		}
		return out.toString();
	}

	private static void addRuns(TreeSet<Long> values, int width, TreeSet<Long> unpadded, List<Run> runs) {
		long first = 0;
		long last = 0;
		boolean open = false;
		for (long value : values) {
			if (open && value == last + 1) {
				last = value;
				continue;
			}
			if (open) {
				runs.add(closeRun(first, last, width, unpadded));
			}
			first = value;
			last = value;
			open = true;
		}
		if (open) {
			runs.add(closeRun(first, last, width, unpadded));
		}
	}

	private static Run closeRun(long first, long last, int width, TreeSet<Long> unpadded) {
		long end = last;
		while (unpadded != null && Long.toString(end + 1).length() >= width && unpadded.remove(end + 1)) {
			end++;
		}
		return new Run(first, end, width);
	}

	static String pad(long value, int width) {
		String digits = Long.toString(value);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private record Key(String prefix, String suffix) {
	}

	/** One comma-separated part of a folded pattern. */
	private record Part(String prefix, String suffix, boolean numbered, String text) {
	}

	/** Consecutive numbers written at one width. */
	private record Run(long first, long last, int width) {
	}

	/** A bracket entry: {@code N} or {@code A-B}, written {@code width} digits wide. */
	private record Entry(long first, long last, int width) {
	}

	/** A piece of an item: literal text or a bracket group. */
	private sealed interface Segment permits Literal, Group {
		/** @return every prefix followed by each text this segment stands for, in order */
		List<String> appendTo(List<String> prefixes);
	}

	private record Literal(String text) implements Segment {
		@Override
		public List<String> appendTo(List<String> prefixes) {
			List<String> out = new ArrayList<>(prefixes.size());
			for (String prefix : prefixes) {
				out.add(prefix + text);
			}
			return out;
		}
	}

	private record Group(List<Entry> entries, long size) implements Segment {
		@Override
		public List<String> appendTo(List<String> prefixes) {
			List<String> values = new ArrayList<>();
			for (Entry entry : entries) {
				for (long value = entry.first; value <= entry.last; value++) {
					values.add(pad(value, entry.width));
				}
			}
			List<String> out = new ArrayList<>(prefixes.size() * values.size());
			for (String prefix : prefixes) {
				for (String value : values) {
					out.add(prefix + value);
				}
			}
			return out;
		}
	}

	/** One comma-separated item of a pattern: literal text and groups, in order. */
	private static final class Item {
		final int start;
		final String text;
		final List<Segment> parts;
		final long count;

		Item(int start, String text, List<Segment> parts, long count) {
			this.start = start;
			this.text = text;
			this.parts = parts;
			this.count = count;
		}

		void expandInto(Set<String> names) {
			List<String> current = List.of("");
			for (Segment part : parts) {
				current = part.appendTo(current);
			}
			names.addAll(current);
		}
	}

	/** Reads one pattern left to right; reports the first problem met. */
	private static final class Parser {
		private final String pattern;
		private int pos;

		Parser(String pattern) {
			this.pattern = pattern;
		}

		List<Item> parse() {
			if (pattern.isBlank()) {
				throw new NodeRangeException(pattern, -1,
						"the pattern is empty; give a node name such as n1 or a range such as n[1-4]");
			}
			List<Item> items = new ArrayList<>();
			while (true) {
				items.add(item());
				if (pos >= pattern.length()) {
					return items;
				}
				pos++; // the comma between items
			}
		}

		private Item item() {
			while (pos < pattern.length() && Character.isWhitespace(pattern.charAt(pos))) {
				pos++;
			}
			int start = pos;
			List<Segment> parts = new ArrayList<>();
			StringBuilder literal = new StringBuilder();
			long count = 1;
			while (pos < pattern.length() && pattern.charAt(pos) != ',') {
				char c = pattern.charAt(pos);
				if (c == '[') {
					if (!literal.isEmpty()) {
						parts.add(new Literal(literal.toString()));
						literal.setLength(0);
					}
					Group group = group();
					parts.add(group);
					count *= group.size();
					if (count > MAX_NAMES) {
						String text = pattern.substring(start, pos);
						throw new NodeRangeException(pattern, start, "too many names: " + text
								+ " expands to more than the limit of " + MAX_NAMES + " names");
					}
				} else if (c == ']') {
					throw new NodeRangeException(pattern, pos, "\"]\" has no matching \"[\"");
				} else {
					literal.append(c);
					pos++;
				}
			}
			String tail = literal.toString().stripTrailing();
			if (!tail.isEmpty()) {
				parts.add(new Literal(tail));
			}
			if (parts.isEmpty()) {
				int at = pos < pattern.length() ? pos : pattern.lastIndexOf(',');
				throw new NodeRangeException(pattern, at,
						"empty name (two commas in a row, or a comma at the start or end)");
			}
			return new Item(start, pattern.substring(start, pos).strip(), parts, count);
		}

		/** Reads {@code [...]} starting at the {@code [} under {@link #pos}. */
		private Group group() {
			int open = pos;
			int close = -1;
			for (int i = open + 1; i < pattern.length() && close < 0; i++) {
				char c = pattern.charAt(i);
				if (c == ']') {
					close = i;
				} else if (c == '[') {
					throw new NodeRangeException(pattern, i, "\"[\" inside another \"[...]\" (brackets do not nest)");
				}
			}
			if (close < 0) {
				throw new NodeRangeException(pattern, open, "\"[\" is never closed with \"]\"");
			}
			String group = pattern.substring(open, close + 1);
			if (group.substring(1, group.length() - 1).isBlank()) {
				throw new NodeRangeException(pattern, open,
						group + " is empty; put numbers or ranges inside, e.g. [1-4] or [1,3,5-7]");
			}
			List<Entry> entries = new ArrayList<>();
			long size = 0;
			int from = open + 1;
			while (true) {
				int comma = pattern.indexOf(',', from);
				int end = comma < 0 || comma > close ? close : comma;
				Entry entry = entry(group, from, end);
				size += entry.last - entry.first + 1;
				if (size > MAX_NAMES) {
					throw new NodeRangeException(pattern, open,
							"too many names: " + group + " expands to more than the limit of " + MAX_NAMES + " names");
				}
				entries.add(entry);
				if (end == close) {
					break;
				}
				from = end + 1;
			}
			pos = close + 1;
			return new Group(List.copyOf(entries), size);
		}

		/** Reads one entry of a group, the text from {@code from} to {@code end} (exclusive). */
		private Entry entry(String group, int from, int end) {
			int a = skipSpaceForward(from, end);
			int b = skipSpaceBackward(a, end);
			if (a == b) {
				int at = pattern.charAt(from - 1) == ',' ? from - 1 : end;
				throw new NodeRangeException(pattern, at,
						"empty entry in " + group + " (two commas in a row, or a comma at the start or end)");
			}
			String text = pattern.substring(a, b);
			int dash = pattern.indexOf('-', a);
			if (dash < 0 || dash >= b) {
				long value = number(a, b);
				return new Entry(value, value, b - a);
			}
			int firstEnd = skipSpaceBackward(a, dash);
			int lastStart = skipSpaceForward(dash + 1, b);
			if (firstEnd == a) {
				throw new NodeRangeException(pattern, a, "\"" + text + "\" has no start number (write a range as A-B, e.g. 1-4)");
			}
			if (lastStart == b) {
				throw new NodeRangeException(pattern, a, "\"" + text + "\" has no end number (write a range as A-B, e.g. 1-4)");
			}
			long first = number(a, firstEnd);
			long last = number(lastStart, b);
			if (first > last) {
				throw new NodeRangeException(pattern, a, text + " runs backwards (start is greater than end)");
			}
			if (last - first + 1 > MAX_NAMES) {
				throw new NodeRangeException(pattern, a, "too many names: " + text + " expands to "
						+ (last - first + 1) + " names, more than the limit of " + MAX_NAMES);
			}
			return new Entry(first, last, firstEnd - a);
		}

		private long number(int from, int end) {
			String text = pattern.substring(from, end);
			for (int i = 0; i < text.length(); i++) {
				if (!isDigit(text.charAt(i))) {
					throw new NodeRangeException(pattern, from,
							"\"" + text + "\" is not a number (ranges take decimal digits, e.g. [1-4] or [01-10])");
				}
			}
			if (text.length() > MAX_DIGITS) {
				throw new NodeRangeException(pattern, from,
						"\"" + text + "\" has too many digits (at most " + MAX_DIGITS + ")");
			}
			return Long.parseLong(text);
		}

		private int skipSpaceForward(int from, int end) {
			int i = from;
			while (i < end && Character.isWhitespace(pattern.charAt(i))) {
				i++;
			}
			return i;
		}

		private int skipSpaceBackward(int start, int end) {
			int i = end;
			while (i > start && Character.isWhitespace(pattern.charAt(i - 1))) {
				i--;
			}
			return i;
		}
	}
}
