package org.wulf.cli.internal;

import java.nio.file.Path;

import org.wulf.image.ImageStore;

import picocli.CommandLine.Option;

/** The {@code --images DIR} option shared by the image verbs and the server. */
final class ImageStoreOption {

	@Option(names = "--images", paramLabel = "DIR",
			description = "the image store (default: $WULF_IMAGES, /var/lib/wulf/images for root, ~/.wulf/images)")
	Path images;

	ImageStore store() {
		return new ImageStore(images != null ? images : ImageStore.defaultRoot());
	}
}
