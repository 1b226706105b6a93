package org.wulf.core.warewulf;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A YAML document as a tree that remembers where each value was written, so an error can name the
 * file, line and column as well as the key path. Read with Jackson's YAML parser.
 */
final class YamlTree {

	private static final YAMLFactory FACTORY = new YAMLFactory();

	private YamlTree() {
	}

	/** Where a value stands in its file (1-based). */
	record Place(int line, int column) {
		static Place of(JsonLocation location) {
			return new Place(location.getLineNr(), location.getColumnNr());
		}
	}

	/** A value in the tree. */
	sealed interface Value permits MapValue, ListValue, Scalar {
		Place place();

		String kind();
	}

	/** A mapping; keys keep their order and their place. */
	record MapValue(Place place, Map<String, Value> entries, Map<String, Place> keyPlaces) implements Value {
		@Override
		public String kind() {
			return "a map";
		}
	}

	record ListValue(Place place, List<Value> items) implements Value {
		@Override
		public String kind() {
			return "a list";
		}
	}

	/**
	 * A scalar: its text as written, and whether YAML typed it a string, a number, a boolean or null.
	 */
	record Scalar(Place place, String text, JsonToken token) implements Value {
		boolean isNull() {
			return token == JsonToken.VALUE_NULL;
		}

		@Override
		public String kind() {
			return isNull() ? "nothing (null)" : "text";
		}
	}

	/** @return the document's root, or an empty map for an empty document */
	static Value parse(Reader reader) throws YamlSyntaxException, IOException {
		try (JsonParser parser = FACTORY.createParser(reader)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				return new MapValue(new Place(1, 1), Collections.emptyMap(), Collections.emptyMap());
			}
			return read(parser, first);
		} catch (YamlSyntaxException e) {
			throw e;
		} catch (JsonProcessingException e) {
			JsonLocation location = e.getLocation();
			throw new YamlSyntaxException(location == null ? new Place(0, 0) : Place.of(location), e.getOriginalMessage());
		}
	}

	private static Value read(JsonParser parser, JsonToken token) throws IOException, YamlSyntaxException {
		Place place = Place.of(parser.currentTokenLocation());
		switch (token) {
		case START_OBJECT: {
			Map<String, Value> entries = new LinkedHashMap<>();
			Map<String, Place> keyPlaces = new LinkedHashMap<>();
			for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
				String key = parser.currentName();
				Place keyPlace = Place.of(parser.currentTokenLocation());
				if (entries.containsKey(key)) {
					throw new YamlSyntaxException(keyPlace, "the key \"" + key + "\" appears twice in the same map (first at line "
							+ keyPlaces.get(key).line() + ")");
				}
				keyPlaces.put(key, keyPlace);
				entries.put(key, atKey(read(parser, parser.nextToken()), keyPlace));
			}
			return new MapValue(place, entries, keyPlaces);
		}
		case START_ARRAY: {
			List<Value> items = new ArrayList<>();
			for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
				items.add(read(parser, next));
			}
			return new ListValue(place, items);
		}
		case VALUE_NULL:
			return new Scalar(place, null, token);
		default:
			return new Scalar(place, parser.getText(), token);
		}
	}

	/** A map or list under a key is reported at its key, where the reader looks for it. */
	private static Value atKey(Value value, Place keyPlace) {
		if (value instanceof MapValue map) {
			return new MapValue(keyPlace, map.entries(), map.keyPlaces());
		}
		if (value instanceof ListValue list) {
			return new ListValue(keyPlace, list.items());
		}
		return value;
	}

	/** The YAML itself is malformed. */
	static final class YamlSyntaxException extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient Place place;

		YamlSyntaxException(Place place, String message) {
			super(message);
			this.place = place;
		}

		Place place() {
			return place;
		}
	}
}
