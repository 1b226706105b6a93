package org.wulf.overlay;

import java.util.List;

import org.wulf.model.Cluster;
import org.wulf.model.Overlay;
import org.wulf.model.WulfFactory;

/**
 * Keeps the model's {@link Overlay} records (name and site flag, which the validator and the
 * workbench read) in step with the overlays on disk. The files themselves, with their modes and
 * owners, stay on disk only: the disk is the truth, as in Warewulf.
 */
public final class OverlayRecords {

	private OverlayRecords() {
	}

	/** Adds a record for every overlay on disk and updates the site flag of existing ones. */
	public static void sync(Cluster cluster, List<OverlayDir> overlays) {
		for (OverlayDir overlay : overlays) {
			Overlay record = cluster.getOverlays().stream().filter(o -> overlay.name().equals(o.getName())).findFirst().orElse(null);
			if (record == null) {
				record = WulfFactory.eINSTANCE.createOverlay();
				record.setName(overlay.name());
				cluster.getOverlays().add(record);
			}
			if (record.isSite() != overlay.site()) {
				record.setSite(overlay.site());
			}
		}
	}

	/** Removes the record of a deleted overlay. */
	public static void remove(Cluster cluster, String name) {
		cluster.getOverlays().removeIf(o -> name.equals(o.getName()));
	}
}
