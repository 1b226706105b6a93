package org.wulf.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wulf.core.range.NaturalOrder;
import org.wulf.core.range.NodeRange;
import org.wulf.core.range.NodeRangeException;
import org.wulf.model.NodeSettings;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Picks nodes or profiles by name patterns (hostlist ranges), in natural name order. */
final class Selection {

	private Selection() {
	}

	/** Expands patterns to names; a bad range is a usage error. */
	static List<String> names(CommandLine commandLine, List<String> patterns) {
		try {
			return NodeRange.expand(patterns);
		} catch (NodeRangeException e) {
			throw new ParameterException(commandLine, e.getMessage());
		}
	}

	/**
	 * @return the objects whose names the patterns give (all of them when there are no patterns), in
	 *         natural order
	 */
	static <T extends NodeSettings> List<T> select(CommandLine commandLine, List<? extends T> objects, List<String> patterns) {
		List<T> result = new ArrayList<>();
		if (patterns == null || patterns.isEmpty()) {
			result.addAll(objects);
		} else {
			Map<String, T> byName = new HashMap<>();
			for (T object : objects) {
				byName.putIfAbsent(object.getName(), object);
			}
			Set<T> chosen = new LinkedHashSet<>();
			for (String name : names(commandLine, patterns)) {
				T object = byName.get(name);
				if (object != null) {
					chosen.add(object);
				}
			}
			result.addAll(chosen);
		}
		result.sort((a, b) -> NaturalOrder.INSTANCE.compare(String.valueOf(a.getName()), String.valueOf(b.getName())));
		return result;
	}
}
