package org.wulf.overlay;

import java.util.List;

/**
 * The outcome of building overlay images for some nodes.
 *
 * @param built    nodes whose images were (re)built
 * @param skipped  nodes whose inputs had not changed since their last build
 * @param failures nodes that failed, each with the reason (a template error names overlay, file, line:column)
 * @param bytes    bytes of compressed images written
 */
public record BuildReport(int built, int skipped, List<Failure> failures, long bytes) {

	/** One node that could not be built. */
	public record Failure(String node, String message) {
	}

	public boolean ok() {
		return failures.isEmpty();
	}
}
