package org.wulf.core.resolve;

/**
 * One attribute of an effective node: its path (as {@code node list -a} names it, e.g.
 * {@code NetDevs[default].Ipaddr}), its value as text, and where the value came from.
 */
public record ResolvedField(String path, String value, Provenance provenance) {

	/** @return the value, or {@code --} when it is empty, as the CLI tables print it */
	public String displayValue() {
		return value == null || value.isEmpty() ? "--" : value;
	}
}
