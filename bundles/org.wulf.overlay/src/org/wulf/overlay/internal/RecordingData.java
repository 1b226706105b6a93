package org.wulf.overlay.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The root data of one template rendering that remembers which top-level keys the template read.
 * A template that read only keys whose values are the same for every node (the server, the
 * configuration, AllNodes, the build time of the run) renders the same for every node, so the
 * builder renders it once per run (Warewulf's hosts template over 10,000 nodes would otherwise be
 * quadratic). Reading the whole map (ranging over it, printing it) counts as reading every key.
 */
public final class RecordingData extends HashMap<String, Object> {

	private static final long serialVersionUID = 1L;

	private transient final Set<String> read = new java.util.HashSet<>();
	private transient boolean readAll;

	public RecordingData(Map<String, Object> data) {
		super(data);
	}

	/** An empty map of this initial capacity, to be filled before the first rendering. */
	public RecordingData(int capacity) {
		super(capacity);
	}

	@Override
	public Object get(Object key) {
		read.add(String.valueOf(key));
		return super.get(key);
	}

	@Override
	public Object getOrDefault(Object key, Object defaultValue) {
		read.add(String.valueOf(key));
		return super.getOrDefault(key, defaultValue);
	}

	@Override
	public boolean containsKey(Object key) {
		read.add(String.valueOf(key));
		return super.containsKey(key);
	}

	@Override
	public Set<Map.Entry<String, Object>> entrySet() {
		readAll = true;
		return super.entrySet();
	}

	@Override
	public Set<String> keySet() {
		readAll = true;
		return super.keySet();
	}

	@Override
	public Collection<Object> values() {
		readAll = true;
		return super.values();
	}

	@Override
	public void forEach(BiConsumer<? super String, ? super Object> action) {
		readAll = true;
		super.forEach(action);
	}

	/** Starts recording afresh (after the data was filled in). */
	public void reset() {
		read.clear();
		readAll = false;
	}

	/** @return true when everything the template read is among these keys */
	public boolean readOnly(Set<String> keys) {
		return !readAll && keys.containsAll(read);
	}
}
