package org.wulf.overlay;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.wulf.overlay.internal.SourceSnapshot;

/**
 * The overlays as read for one build run: each overlay is scanned (and its files read) once, and
 * shared by every node built in the run. A new instance sees the overlays as they are now.
 */
public final class OverlaySources {

	private final OverlayStore store;
	private final Map<String, Object> snapshots = new ConcurrentHashMap<>();

	public OverlaySources(OverlayStore store) {
		this.store = store;
	}

	/** @return the overlay's files as read for this run */
	public SourceSnapshot get(String name) throws OverlayException {
		Object snapshot = snapshots.computeIfAbsent(name, n -> {
			try {
				return SourceSnapshot.read(store.get(n));
			} catch (OverlayException e) {
				return e;
			}
		});
		if (snapshot instanceof OverlayException e) {
			throw new OverlayException(e.getMessage(), e);
		}
		return (SourceSnapshot) snapshot;
	}

	public OverlayStore store() {
		return store;
	}
}
