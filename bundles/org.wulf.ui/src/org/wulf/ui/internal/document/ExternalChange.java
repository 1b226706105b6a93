package org.wulf.ui.internal.document;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.wulf.core.store.ModelFileException;

/**
 * Notices when another program (the CLI, say) changes the file of the active document. A document
 * without unsaved edits is reloaded at once (nothing is lost); one with unsaved edits is flagged and
 * the listeners (the info bars) offer Reload or Keep mine. The file is never overwritten silently:
 * {@link ClusterDocument#save()} refuses while the file differs from what was read.
 *
 * <p>Checks a file stamp once a second on the UI thread (a {@code stat}, cheap); runs while the
 * display lives.</p>
 */
public final class ExternalChange {

	private static final int PERIOD_MS = 1000;
	private static final List<Consumer<ClusterDocument>> LISTENERS = new CopyOnWriteArrayList<>();
	private static ClusterDocument flagged;
	private static boolean started;

	private ExternalChange() {
	}

	/** Starts the checks (once per display). */
	public static void start(Display display) {
		if (started) {
			return;
		}
		started = true;
		display.timerExec(PERIOD_MS, new Runnable() {
			@Override
			public void run() {
				check();
				if (!display.isDisposed()) {
					display.timerExec(PERIOD_MS, this);
				}
			}
		});
	}

	/** Checks the active document now (also done on activating a part). */
	public static void check() {
		ClusterDocument document = ActiveDocument.get();
		if (document == null || document == flagged) {
			return;
		}
		try {
			if (!document.changedOnDisk()) {
				return;
			}
			if (!document.isDirty()) {
				document.reload();
				return;
			}
		} catch (IOException | ModelFileException e) {
			// unreadable now (the CLI may be halfway through an atomic write): the next check sees it
			return;
		}
		flagged = document;
		LISTENERS.forEach(l -> l.accept(document));
	}

	/** @return the document whose file changed under unsaved edits, or null */
	public static ClusterDocument flagged() {
		return flagged;
	}

	/** The user decided (reloaded, kept theirs): the bars go away. */
	public static void resolved() {
		ClusterDocument was = flagged;
		flagged = null;
		if (was != null) {
			LISTENERS.forEach(l -> l.accept(was));
		}
	}

	public static void addListener(Consumer<ClusterDocument> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<ClusterDocument> listener) {
		LISTENERS.remove(listener);
	}
}
