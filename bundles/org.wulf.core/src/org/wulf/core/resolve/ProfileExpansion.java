package org.wulf.core.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wulf.model.Profile;

/**
 * Turns a node's (or profile's) profile list into the ordered list of profiles to merge, the way
 * Warewulf does: depth first, a profile's own nested profiles before the profile itself, a profile
 * already visited is skipped (so cycles end), and {@code ~name} removes {@code name} wherever it
 * appears.
 */
final class ProfileExpansion {

	private final Map<String, Profile> profilesByName;

	ProfileExpansion(Map<String, Profile> profilesByName) {
		this.profilesByName = profilesByName;
	}

	List<String> expand(List<String> profileNames) {
		List<String> walk = new ArrayList<>();
		visit(profileNames, new HashSet<>(), walk);
		Set<String> removed = new HashSet<>();
		for (String name : walk) {
			if (name.startsWith("~")) {
				removed.add(name.substring(1));
			}
		}
		Set<String> result = new LinkedHashSet<>();
		for (String name : walk) {
			if (!name.startsWith("~") && !removed.contains(name) && !name.isBlank()) {
				result.add(name);
			}
		}
		return List.copyOf(result);
	}

	private void visit(List<String> names, Set<String> visited, List<String> walk) {
		for (String name : names) {
			if (name.startsWith("~")) {
				walk.add(name);
				continue;
			}
			if (!visited.add(name)) {
				continue;
			}
			Profile profile = profilesByName.get(name);
			if (profile != null) {
				visit(profile.getProfiles(), visited, walk);
			}
			walk.add(name);
		}
	}
}
