package org.wulf.cli.internal;

import java.io.PrintStream;

/**
 * A one-line text progress bar for long CLI work. On a terminal it redraws in place; otherwise
 * (logs, CI) it prints a line at every tenth so the output stays short.
 */
final class ProgressBar {

	private static final int WIDTH = 30;
	private final PrintStream out;
	private final String label;
	private final boolean terminal = System.console() != null;
	private int lastTenth = -1;
	private long lastDraw;
	private boolean counts;

	ProgressBar(PrintStream out, String label) {
		this.out = out;
		this.label = label;
	}

	/** Shows plain counts (nodes) instead of byte sizes. */
	ProgressBar counts() {
		counts = true;
		return this;
	}

	synchronized void update(long done, long total) {
		double fraction = total <= 0 ? 1 : Math.min(1, (double) done / total);
		if (terminal) {
			long now = System.nanoTime();
			if (now - lastDraw < 100_000_000L && done < total) {
				return;
			}
			lastDraw = now;
			out.print("\r" + line(fraction, done, total));
			if (done >= total) {
				out.println();
			}
		} else {
			int tenth = (int) (fraction * 10);
			if (tenth != lastTenth) {
				lastTenth = tenth;
				out.println(line(fraction, done, total));
			}
		}
		out.flush();
	}

	private String line(double fraction, long done, long total) {
		int filled = (int) Math.round(fraction * WIDTH);
		return String.format("%s [%s%s] %3d%% %s / %s", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
				Math.round(fraction * 100), counts ? String.valueOf(done) : size(done), counts ? String.valueOf(total) : size(total));
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format("%.1f KiB", bytes / 1024.0);
		}
		if (bytes < 1024L * 1024 * 1024) {
			return String.format("%.1f MiB", bytes / (1024.0 * 1024));
		}
		return String.format("%.2f GiB", bytes / (1024.0 * 1024 * 1024));
	}
}
