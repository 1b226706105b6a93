package org.wulf.overlay.stock;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The overlays Wulf ships ({@code wulf-init}, {@code wulf-agent}, {@code wulf-runtime}), as Warewulf's
 * distribution overlays: directories {@code NAME/rootfs/...} with {@code *.ww} Go templates. This bundle
 * is installed as a directory ({@code Eclipse-BundleShape: dir}) so the overlay store can read the
 * files in place; a site overlay of the same name wins over them.
 */
public final class StockOverlays {

	/** Overrides the location (a directory holding {@code NAME/rootfs}), e.g. for tools run outside OSGi. */
	public static final String LOCATION_PROPERTY = "wulf.stock.overlays";

	private StockOverlays() {
	}

	/**
	 * @return the directory holding one folder per stock overlay
	 * @throws IOException when the bundle's files cannot be found on disk (a packed bundle, or no OSGi and no
	 *                     {@value #LOCATION_PROPERTY} property)
	 */
	public static Path directory() throws IOException {
		String property = System.getProperty(LOCATION_PROPERTY);
		if (property != null && !property.isBlank()) {
			return existing(Path.of(property));
		}
		Bundle bundle = FrameworkUtil.getBundle(StockOverlays.class);
		if (bundle == null) {
			throw new IOException("the stock overlays are not in an OSGi framework here; set -D" + LOCATION_PROPERTY
					+ "=DIR to the overlays folder of org.wulf.overlay.stock");
		}
		URL entry = bundle.getEntry("overlays/");
		if (entry == null) {
			throw new IOException("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " has no overlays/ folder");
		}
		return existing(new File(FileLocator.toFileURL(entry).getPath()).toPath());
	}

	/** @return the names of the stock overlays, sorted */
	public static List<String> names() throws IOException {
		try (Stream<Path> children = Files.list(directory())) {
			return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static Path existing(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			throw new NoSuchFileException(dir.toString(), null, "the stock overlays folder is missing");
		}
		return dir;
	}
}
