package org.wulf.core.resolve;

import java.util.List;

/**
 * Where an effective value came from, as {@code wwctl node list -a} reports it: the profile(s) that
 * gave it, the node itself, or a node value that overrides (supersedes) a profile's.
 *
 * @param sources    the names of the profiles (and, for merged lists, the node) that contributed, in order
 * @param nodeLocal  true when the node itself set the value
 * @param superseded true when the node's value replaced a value a profile gave
 */
public record Provenance(List<String> sources, boolean nodeLocal, boolean superseded) {

	public static final Provenance NONE = new Provenance(List.of(), false, false);

	public Provenance {
		sources = List.copyOf(sources);
	}

	/** @return true when nothing set the value */
	public boolean isUnset() {
		return sources.isEmpty();
	}

	/**
	 * The PROFILE column of {@code node list -a}: {@code SUPERSEDED} when the node overrides a profile,
	 * {@code --} for a value set only on the node (or not at all), else the comma-joined sources.
	 */
	public String label() {
		if (superseded) {
			return "SUPERSEDED";
		}
		if (sources.isEmpty() || (nodeLocal && sources.size() == 1)) {
			return "--";
		}
		return String.join(",", sources);
	}
}
