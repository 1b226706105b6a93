package org.wulf.ui.internal.nodes;

import java.util.Comparator;
import java.util.function.Function;

import org.wulf.core.range.NaturalOrder;

/** The node table's columns: what each shows of a row and how it sorts. */
public enum NodeColumn {
	NAME("Name", 140, NodeRow::name, NaturalOrder.INSTANCE),
	PROFILES("Profiles", 130, NodeRow::profiles, NaturalOrder.INSTANCE),
	IMAGE("Image", 120, NodeRow::image, NaturalOrder.INSTANCE),
	IP("Primary IP", 120, NodeRow::ip, NodeColumn::compareAddresses),
	MAC("MAC", 140, NodeRow::mac, NaturalOrder.INSTANCE),
	IPMI("IPMI address", 120, NodeRow::ipmi, NodeColumn::compareAddresses),
	STATUS("Status", 90, NodeRow::status, NaturalOrder.INSTANCE),
	TAGS("Tags", 200, NodeRow::tags, NaturalOrder.INSTANCE);

	private final String title;
	private final int width;
	private final Function<NodeRow, String> value;
	private final Comparator<String> order;

	NodeColumn(String title, int width, Function<NodeRow, String> value, Comparator<String> order) {
		this.title = title;
		this.width = width;
		this.value = value;
		this.order = order;
	}

	public String title() {
		return title;
	}

	public int width() {
		return width;
	}

	public String value(NodeRow row) {
		String text = value.apply(row);
		return text == null ? "" : text;
	}

	public Comparator<NodeRow> comparator() {
		return Comparator.comparing(this::value, order);
	}

	/** Dotted quads by number; empty values last; anything else after addresses, as text. */
	static int compareAddresses(String a, String b) {
		long x = addressKey(a);
		long y = addressKey(b);
		if (x >= 0 && y >= 0) {
			return Long.compare(x, y);
		}
		if (x >= 0 || y >= 0) {
			return x >= 0 ? -1 : 1;
		}
		return a.compareTo(b);
	}

	private static long addressKey(String text) {
		String[] parts = text.split("\\.");
		if (parts.length != 4) {
			return -1;
		}
		long key = 0;
		for (String part : parts) {
			try {
				int n = Integer.parseInt(part);
				if (n < 0 || n > 255) {
					return -1;
				}
				key = key << 8 | n;
			} catch (NumberFormatException e) {
				return -1;
			}
		}
		return key;
	}
}
