package org.wulf.overlay;

import java.nio.file.Path;
import java.util.List;

import org.wulf.model.NodeSettings;

/**
 * The two overlay images every node gets, as in Warewulf: the system overlay (sent once at boot
 * with the image) and the runtime overlay (sent at boot and fetched again periodically).
 */
public enum OverlayContext {
	SYSTEM("__SYSTEM__"), RUNTIME("__RUNTIME__");

	private final String fileStem;

	OverlayContext(String fileStem) {
		this.fileStem = fileStem;
	}

	/** @return the overlays of this context of an effective node, in order (later ones win) */
	public List<String> overlays(NodeSettings values) {
		return List.copyOf(this == SYSTEM ? values.getSystemOverlays() : values.getRuntimeOverlays());
	}

	/** @return {@code PROVISION/overlays/NODE/__SYSTEM__.img.gz} (or {@code __RUNTIME__}) */
	public Path image(Path provisionDir, String node) {
		return provisionDir.resolve("overlays").resolve(node).resolve(fileStem + ".img.gz");
	}
}
