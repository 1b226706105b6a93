package org.wulf.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain text table with a header, columns padded to their widest cell, as wwctl prints them. */
final class Table {

	private final List<String[]> rows = new ArrayList<>();
	private final String[] header;

	Table(String... header) {
		this.header = header;
	}

	void add(String... cells) {
		String[] row = new String[header.length];
		for (int i = 0; i < row.length; i++) {
			String cell = i < cells.length ? cells[i] : null;
			row[i] = cell == null || cell.isEmpty() ? "--" : cell;
		}
		rows.add(row);
	}

	void print(PrintStream out) {
		int[] widths = new int[header.length];
		for (int i = 0; i < header.length; i++) {
			widths[i] = header[i].length();
			for (String[] row : rows) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		printRow(out, header, widths);
		StringBuilder rule = new StringBuilder();
		for (int i = 0; i < widths.length; i++) {
			rule.append("-".repeat(widths[i]));
			if (i < widths.length - 1) {
				rule.append("  ");
			}
		}
		out.println(rule);
		for (String[] row : rows) {
			printRow(out, row, widths);
		}
	}

	private static void printRow(PrintStream out, String[] cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			line.append(cells[i]);
			if (i < cells.length - 1) {
				line.append(" ".repeat(widths[i] - cells[i].length() + 2));
			}
		}
		out.println(line);
	}
}
