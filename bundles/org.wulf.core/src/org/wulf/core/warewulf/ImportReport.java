package org.wulf.core.warewulf;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import noticed besides the values it took: keys Wulf does not model (kept and written
 * back on export), older spellings it converted, and what it added or replaced.
 */
public final class ImportReport {

	private final List<String> notes = new ArrayList<>();
	private int profiles;
	private int nodes;
	private int replaced;

	void note(String note) {
		notes.add(note);
	}

	void counted(int profileCount, int nodeCount, int replacedCount) {
		this.profiles += profileCount;
		this.nodes += nodeCount;
		this.replaced += replacedCount;
	}

	/** @return one line per unknown key kept or old spelling converted, with file and line */
	public List<String> notes() {
		return List.copyOf(notes);
	}

	public int profiles() {
		return profiles;
	}

	public int nodes() {
		return nodes;
	}

	/** @return how many profiles and nodes replaced ones of the same name already in the model */
	public int replaced() {
		return replaced;
	}
}
