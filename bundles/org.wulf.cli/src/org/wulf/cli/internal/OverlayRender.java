package org.wulf.cli.internal;

import java.nio.file.Path;

import org.wulf.overlay.OverlayException;
import org.wulf.overlay.OverlayStore;

/** {@code wulf overlay show --render NODE}: a template rendered for one node, as the build would. */
final class OverlayRender {

	private OverlayRender() {
	}

	static void show(WulfCommand root, OverlayStore store, Path images, String overlay, String file, String text, String node,
			boolean quiet) throws OverlayException {
		throw new OverlayException("rendering needs the template engine, which is not installed yet");
	}
}
