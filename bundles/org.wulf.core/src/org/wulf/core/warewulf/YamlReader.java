package org.wulf.core.warewulf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.wulf.core.resolve.UnsetWords;
import org.wulf.core.warewulf.YamlTree.ListValue;
import org.wulf.core.warewulf.YamlTree.MapValue;
import org.wulf.core.warewulf.YamlTree.Scalar;
import org.wulf.core.warewulf.YamlTree.Value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads typed values out of a {@link YamlTree} of one file, turning a wrong type into an error that
 * names the key path and the place, and keeping what Wulf does not model as JSON.
 */
final class YamlReader {

	static final ObjectMapper JSON = new ObjectMapper();

	private final Path file;
	private final ImportReport report;

	YamlReader(Path file, ImportReport report) {
		this.file = file;
		this.report = report;
	}

	Path file() {
		return file;
	}

	WarewulfFormatException typeError(Value value, String path, String expected) {
		return new WarewulfFormatException(file, value.place().line(), value.place().column(), path,
				"expected " + expected + ", found " + value.kind());
	}

	/** A map; {@code key:} with nothing after it counts as an empty map. */
	MapValue map(Value value, String path) throws WarewulfFormatException {
		if (value instanceof MapValue map) {
			return map;
		}
		if (value instanceof Scalar scalar && scalar.isNull()) {
			return new MapValue(value.place(), Map.of(), Map.of());
		}
		throw typeError(value, path, "a map");
	}

	String text(Value value, String path) throws WarewulfFormatException {
		if (value instanceof Scalar scalar) {
			return scalar.text();
		}
		throw typeError(value, path, "a single value");
	}

	/**
	 * A list of values; a single text is split (Warewulf 4.5 wrote kernel args as one string, and
	 * some sites write overlays as "a,b").
	 */
	List<String> list(Value value, String path, String separators) throws WarewulfFormatException {
		List<String> items = new ArrayList<>();
		if (value instanceof ListValue list) {
			for (int i = 0; i < list.items().size(); i++) {
				String item = text(list.items().get(i), path + "[" + i + "]");
				if (item != null) {
					items.add(item);
				}
			}
		} else if (value instanceof Scalar scalar) {
			if (scalar.text() != null) {
				for (String item : scalar.text().split(separators)) {
					if (!item.isBlank()) {
						items.add(item.trim());
					}
				}
			}
		} else {
			throw typeError(value, path, "a list");
		}
		return items;
	}

	/** Sets a model attribute from a YAML value, converting to the attribute's type. */
	void set(EObject target, EAttribute attribute, Value value, String path, String listSeparators)
			throws WarewulfFormatException {
		if (attribute.isMany()) {
			@SuppressWarnings("unchecked")
			List<String> list = (List<String>) target.eGet(attribute);
			list.addAll(list(value, path, listSeparators));
			return;
		}
		String text = text(value, path);
		if (text == null) {
			return;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == Boolean.class) {
			target.eSet(attribute, bool(text, value, path));
		} else if (type == Integer.class) {
			target.eSet(attribute, integer(text, value, path));
		} else {
			target.eSet(attribute, text);
		}
	}

	private Boolean bool(String text, Value value, String path) throws WarewulfFormatException {
		String word = text.trim().toLowerCase(Locale.ROOT);
		switch (word) {
		case "true", "yes", "on", "1":
			return Boolean.TRUE;
		case "false", "no", "off", "0":
			return Boolean.FALSE;
		case "":
			return null;
		default:
			if (UnsetWords.isUnset(text)) {
				report.note(where(value) + ": " + path + ": " + text + " on a yes/no field is read as not set");
				return null;
			}
			throw new WarewulfFormatException(file, value.place().line(), value.place().column(), path,
					"expected true/false or yes/no, found \"" + text + "\"");
		}
	}

	private Integer integer(String text, Value value, String path) throws WarewulfFormatException {
		if (text.isBlank() || UnsetWords.isUnset(text)) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		} catch (NumberFormatException e) {
			throw new WarewulfFormatException(file, value.place().line(), value.place().column(), path,
					"expected a whole number, found \"" + text + "\"");
		}
	}

	/** Reads a string-to-string map (tags). */
	void tags(EMap<String, String> into, Value value, String path) throws WarewulfFormatException {
		MapValue map = map(value, path);
		for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
			String text = text(entry.getValue(), path + "." + entry.getKey());
			into.put(entry.getKey(), text == null ? "" : text);
		}
	}

	/** Reads a map whose values are kept as JSON (disks, filesystems, resources). */
	void documents(EMap<String, String> into, Value value, String path) throws WarewulfFormatException {
		MapValue map = map(value, path);
		for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
			into.put(entry.getKey(), json(entry.getValue()));
		}
	}

	/** Keeps a key Wulf does not model, and says so in the report. */
	void keep(EMap<String, String> extras, String relativeKey, Value value, String path) {
		extras.put(relativeKey, json(value));
		report.note(where(value) + ": " + path + " is not a key Wulf models; kept as it is and written back on export");
	}

	void note(Value value, String note) {
		report.note(where(value) + ": " + note);
	}

	String where(Value value) {
		return file.getFileName() + ":" + value.place().line();
	}

	static String json(Value value) {
		try {
			return JSON.writeValueAsString(toJson(value));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot write a YAML value as JSON", e);
		}
	}

	private static JsonNode toJson(Value value) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (value instanceof MapValue map) {
			ObjectNode object = nodes.objectNode();
			map.entries().forEach((key, item) -> object.set(key, toJson(item)));
			return object;
		}
		if (value instanceof ListValue list) {
			ArrayNode array = nodes.arrayNode();
			list.items().forEach(item -> array.add(toJson(item)));
			return array;
		}
		Scalar scalar = (Scalar) value;
		return switch (scalar.token()) {
		case VALUE_NULL -> nodes.nullNode();
		case VALUE_TRUE -> nodes.booleanNode(true);
		case VALUE_FALSE -> nodes.booleanNode(false);
		case VALUE_NUMBER_INT -> integerOrText(scalar.text());
		case VALUE_NUMBER_FLOAT -> numberOrText(scalar.text());
		default -> nodes.textNode(scalar.text());
		};
	}

	private static JsonNode integerOrText(String text) {
		try {
			return JsonNodeFactory.instance.numberNode(new BigInteger(text));
		} catch (NumberFormatException e) {
			return JsonNodeFactory.instance.textNode(text);
		}
	}

	private static JsonNode numberOrText(String text) {
		try {
			return JsonNodeFactory.instance.numberNode(new BigDecimal(text));
		} catch (NumberFormatException e) {
			return JsonNodeFactory.instance.textNode(text);
		}
	}

	/** Joins key path segments into an extras key, escaping '/' and '~' as JSON Pointer does. */
	static String extrasKey(String... segments) {
		StringBuilder key = new StringBuilder();
		for (String segment : segments) {
			if (key.length() > 0) {
				key.append('/');
			}
			key.append(segment.replace("~", "~0").replace("/", "~1"));
		}
		return key.toString();
	}

	static String[] extrasPath(String key) {
		String[] segments = key.split("/", -1);
		for (int i = 0; i < segments.length; i++) {
			segments[i] = segments[i].replace("~1", "/").replace("~0", "~");
		}
		return segments;
	}
}
