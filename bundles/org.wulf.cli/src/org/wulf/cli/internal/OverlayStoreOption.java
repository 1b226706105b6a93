package org.wulf.cli.internal;

import java.nio.file.Path;

import org.wulf.overlay.OverlayStore;

import picocli.CommandLine.Option;

/** The {@code --overlays DIR} option (the site overlay directory) shared by the overlay verbs and the server. */
final class OverlayStoreOption {

	@Option(names = "--overlays", paramLabel = "DIR",
			description = "the site overlay directory (default: $WULF_OVERLAYS, else overlays beside the model file)")
	Path overlays;

	OverlayStore store(WulfCommand root) {
		return OverlayStore.standard(overlays, root.session().file().path());
	}
}
