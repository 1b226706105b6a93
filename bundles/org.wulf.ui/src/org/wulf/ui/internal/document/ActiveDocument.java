package org.wulf.ui.internal.document;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The cluster document the workbench is editing now (the node table opens it); views that follow
 * it (explorer, problems) are told when another one is opened. {@link #set} is called on the UI
 * thread, and listeners run there, at once.
 */
public final class ActiveDocument {

	private static volatile ClusterDocument current;
	private static final List<Consumer<ClusterDocument>> LISTENERS = new CopyOnWriteArrayList<>();

	private ActiveDocument() {
	}

	public static ClusterDocument get() {
		return current;
	}

	public static void set(ClusterDocument document) {
		current = document;
		LISTENERS.forEach(listener -> listener.accept(document));
	}

	public static void addListener(Consumer<ClusterDocument> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<ClusterDocument> listener) {
		LISTENERS.remove(listener);
	}
}
