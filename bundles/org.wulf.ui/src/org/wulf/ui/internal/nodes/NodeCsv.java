package org.wulf.ui.internal.nodes;

import java.util.List;

/** Rows of the node table as CSV (RFC 4180 quoting), the way a spreadsheet pastes them. */
public final class NodeCsv {

	private NodeCsv() {
	}

	public static String of(List<NodeRow> rows) {
		StringBuilder csv = new StringBuilder();
		NodeColumn[] columns = NodeColumn.values();
		for (int i = 0; i < columns.length; i++) {
			csv.append(i > 0 ? "," : "").append(quote(columns[i].title()));
		}
		csv.append("\r\n");
		for (NodeRow row : rows) {
			for (int i = 0; i < columns.length; i++) {
				csv.append(i > 0 ? "," : "").append(quote(columns[i].value(row)));
			}
			csv.append("\r\n");
		}
		return csv.toString();
	}

	static String quote(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}
}
