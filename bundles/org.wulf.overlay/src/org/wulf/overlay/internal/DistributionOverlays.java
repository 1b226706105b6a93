package org.wulf.overlay.internal;

import java.io.File;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds the distribution (stock) overlay directories: the {@code overlays} folder of the bundle
 * {@code org.wulf.overlay.stock} (installed as a directory, {@code Eclipse-BundleShape: dir}) when
 * it is present in the running framework, and the directories in {@code $WULF_OVERLAY_DIST} or the
 * system property {@code wulf.overlay.dist} (path-separated; first wins).
 */
public final class DistributionOverlays {

	public static final String STOCK_BUNDLE = "org.wulf.overlay.stock";
	private static final Logger LOG = System.getLogger("org.wulf.overlay");

	private DistributionOverlays() {
	}

	/** @return the distribution directories, in lookup order */
	public static List<Path> find() {
		List<Path> dirs = new ArrayList<>();
		for (String value : new String[] { System.getProperty("wulf.overlay.dist"), System.getenv("WULF_OVERLAY_DIST") }) {
			if (value != null && !value.isBlank()) {
				for (String part : value.split(File.pathSeparator)) {
					if (!part.isBlank()) {
						dirs.add(Path.of(part.trim()));
					}
				}
			}
		}
		Path stock = stockBundleDir();
		if (stock != null) {
			dirs.add(stock);
		}
		return dirs;
	}

	private static Path stockBundleDir() {
		try {
			Bundle self = FrameworkUtil.getBundle(DistributionOverlays.class);
			BundleContext context = self == null ? null : self.getBundleContext();
			if (context == null) {
				return null;
			}
			for (Bundle bundle : context.getBundles()) {
				if (STOCK_BUNDLE.equals(bundle.getSymbolicName())) {
					URL entry = bundle.getEntry("overlays/");
					if (entry == null) {
						LOG.log(Level.WARNING, "bundle {0} has no overlays folder", STOCK_BUNDLE);
						return null;
					}
					Path dir = Path.of(FileLocator.toFileURL(entry).toURI());
					return Files.isDirectory(dir) ? dir : null;
				}
			}
		} catch (NoClassDefFoundError e) {
			return null; // outside OSGi (plain Java): only the configured directories
		} catch (Exception e) {
			LOG.log(Level.WARNING, "cannot locate the stock overlays of {0}: {1}", STOCK_BUNDLE, e.getMessage());
		}
		return null;
	}
}
