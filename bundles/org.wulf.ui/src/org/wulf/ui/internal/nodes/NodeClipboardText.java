package org.wulf.ui.internal.nodes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Node table rows as clipboard text and back: CSV (a header of column titles, RFC 4180 quoting, as
 * spreadsheets paste) or YAML (a list of maps keyed by column, e.g. {@code ip}, {@code mac}).
 * Reading says which row and column is wrong; the Status column is never read (it is the engine's).
 */
public final class NodeClipboardText {

	/** Bad clipboard text; the message names the row and column. */
	public static final class PasteException extends Exception {
		private static final long serialVersionUID = 1L;

		public PasteException(String message) {
			super(message);
		}
	}

	/** One pasted row: the line (CSV) or item number (YAML) it came from, and its cells by column. */
	public record PastedRow(int row, Map<NodeColumn, String> cells) {
	}

	private NodeClipboardText() {
	}

	/** The column's YAML key: name, profiles, image, ip, mac, ipmi, status, tags. */
	public static String key(NodeColumn column) {
		return column.name().toLowerCase(Locale.ROOT);
	}

	public static String toYaml(List<NodeRow> rows) {
		List<Map<String, String>> items = new ArrayList<>();
		for (NodeRow row : rows) {
			Map<String, String> item = new LinkedHashMap<>();
			for (NodeColumn column : NodeColumn.values()) {
				if (column != NodeColumn.STATUS && !column.value(row).isEmpty()) {
					item.put(key(column), column.value(row));
				}
			}
			items.add(item);
		}
		try {
			return yaml().writeValueAsString(items);
		} catch (IOException e) {
			throw new IllegalStateException("cannot write rows as YAML", e);
		}
	}

	/** Reads CSV (when the first line is a header naming a column) or else YAML. */
	public static List<PastedRow> parse(String text) throws PasteException {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			throw new PasteException("the clipboard has no text to paste");
		}
		String firstLine = trimmed.lines().findFirst().orElse("");
		return firstLine.startsWith("-") || firstLine.startsWith("[") || firstLine.contains(": ") || firstLine.endsWith(":")
				? parseYaml(trimmed) : parseCsv(trimmed);
	}

	static NodeColumn column(String heading) {
		String wanted = heading.strip();
		for (NodeColumn column : NodeColumn.values()) {
			if (column.title().equalsIgnoreCase(wanted) || key(column).equalsIgnoreCase(wanted)) {
				return column;
			}
		}
		return null;
	}

	private static List<PastedRow> parseCsv(String text) throws PasteException {
		List<List<String>> lines = CsvLines.read(text);
		List<String> header = lines.get(0);
		NodeColumn[] columns = new NodeColumn[header.size()];
		for (int i = 0; i < header.size(); i++) {
			columns[i] = column(header.get(i));
			if (columns[i] == null) {
				throw new PasteException("row 1, column " + (i + 1) + ": '" + header.get(i)
						+ "' is not a node table column (Name, Profiles, Image, Primary IP, MAC, IPMI address, Tags)");
			}
		}
		if (!List.of(columns).contains(NodeColumn.NAME)) {
			throw new PasteException("row 1: the header has no Name column, so the rows name no node");
		}
		List<PastedRow> rows = new ArrayList<>();
		for (int n = 1; n < lines.size(); n++) {
			List<String> cells = lines.get(n);
			if (cells.size() == 1 && cells.get(0).isBlank()) {
				continue;
			}
			if (cells.size() != columns.length) {
				throw new PasteException("row " + (n + 1) + ": " + cells.size() + " cells, but the header has " + columns.length);
			}
			Map<NodeColumn, String> byColumn = new LinkedHashMap<>();
			for (int i = 0; i < columns.length; i++) {
				byColumn.put(columns[i], cells.get(i).strip());
			}
			rows.add(new PastedRow(n + 1, byColumn));
		}
		return rows;
	}

	private static List<PastedRow> parseYaml(String text) throws PasteException {
		JsonNode tree;
		try {
			tree = yaml().readTree(text);
		} catch (IOException e) {
			throw new PasteException("not CSV with a header, and not YAML: " + e.getMessage().lines().findFirst().orElse(""));
		}
		if (tree == null || !tree.isArray()) {
			throw new PasteException("YAML to paste must be a list of nodes (- name: n01 ...)");
		}
		List<PastedRow> rows = new ArrayList<>();
		for (int n = 0; n < tree.size(); n++) {
			JsonNode item = tree.get(n);
			if (!item.isObject()) {
				throw new PasteException("item " + (n + 1) + ": a node must be a map of column: value");
			}
			Map<NodeColumn, String> byColumn = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> field : item.properties()) {
				NodeColumn column = column(field.getKey());
				if (column == null) {
					throw new PasteException("item " + (n + 1) + ", key " + field.getKey()
							+ ": not a node table column (name, profiles, image, ip, mac, ipmi, tags)");
				}
				if (!field.getValue().isValueNode()) {
					throw new PasteException("item " + (n + 1) + ", key " + field.getKey() + ": write the value as text");
				}
				byColumn.put(column, field.getValue().asText().strip());
			}
			if (byColumn.getOrDefault(NodeColumn.NAME, "").isEmpty()) {
				throw new PasteException("item " + (n + 1) + ", key name: every node needs a name");
			}
			rows.add(new PastedRow(n + 1, byColumn));
		}
		return rows;
	}

	private static ObjectMapper yaml() {
		return new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
				.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
	}

	/** RFC 4180 records: quoted cells may hold commas, quotes ("") and line breaks. */
	static final class CsvLines {
		private CsvLines() {
		}

		static List<List<String>> read(String text) throws PasteException {
			List<List<String>> lines = new ArrayList<>();
			List<String> cells = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			int line = 1;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					} else if (c == '"') {
						quoted = false;
					} else {
						cell.append(c);
					}
				} else if (c == '"' && cell.isEmpty()) {
					quoted = true;
				} else if (c == ',' || c == '\t') {
					cells.add(cell.toString());
					cell.setLength(0);
				} else if (c == '\r' || c == '\n') {
					if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
						i++;
					}
					cells.add(cell.toString());
					cell.setLength(0);
					lines.add(cells);
					cells = new ArrayList<>();
					line++;
				} else {
					cell.append(c);
				}
			}
			if (quoted) {
				throw new PasteException("row " + line + ": a quoted cell is not closed (\")");
			}
			cells.add(cell.toString());
			lines.add(cells);
			return lines;
		}
	}
}
