package org.wulf.core.warewulf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Builds the maps Warewulf's YAML files are made of and writes them. Values are written with the
 * types Warewulf stores: yes/no fields and numbers of nodes.conf are strings there, so they are
 * written as quoted strings.
 */
final class YamlWriting {

	private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
			.disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
			.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
			.enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
			.enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
			.build());

	private YamlWriting() {
	}

	static void write(Map<String, Object> document, OutputStream out) throws IOException {
		YAML.writeValue(out, document);
	}

	static String toText(Map<String, Object> document) throws IOException {
		return YAML.writeValueAsString(document);
	}

	/** Puts the attributes that are set, under their YAML keys, in schema order. */
	static void putAttributes(Map<String, Object> into, EObject source, Map<String, EAttribute> schema) {
		schema.forEach((key, attribute) -> {
			Object value = source.eGet(attribute);
			if (value instanceof List<?> list) {
				if (!list.isEmpty()) {
					into.put(key, new ArrayList<>(list));
				}
			} else if (value instanceof String text) {
				if (!text.isEmpty()) {
					into.put(key, text);
				}
			} else if (value != null) {
				into.put(key, String.valueOf(value));
			}
		});
	}

	static Map<String, Object> stringMap(EMap<String, String> map) {
		Map<String, Object> result = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : map) {
			result.put(entry.getKey(), entry.getValue());
		}
		return result;
	}

	static Map<String, Object> documentMap(EMap<String, String> map) {
		Map<String, Object> result = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : map) {
			result.put(entry.getKey(), parse(entry.getValue()));
		}
		return result;
	}

	/** Puts each kept key back where it was read (keys are paths relative to {@code into}). */
	@SuppressWarnings("unchecked")
	static void putExtras(Map<String, Object> into, Iterable<? extends Map.Entry<String, String>> extras) {
		for (Map.Entry<String, String> extra : extras) {
			String[] path = YamlReader.extrasPath(extra.getKey());
			Map<String, Object> target = into;
			for (int i = 0; i < path.length - 1; i++) {
				Object next = target.get(path[i]);
				if (!(next instanceof Map)) {
					next = new LinkedHashMap<String, Object>();
					target.put(path[i], next);
				}
				target = (Map<String, Object>) next;
			}
			target.put(path[path.length - 1], parse(extra.getValue()));
		}
	}

	static JsonNode parse(String json) {
		try {
			return YamlReader.JSON.readTree(json);
		} catch (IOException e) {
			throw new IllegalStateException("a kept Warewulf value is not valid JSON: " + json, e);
		}
	}
}
