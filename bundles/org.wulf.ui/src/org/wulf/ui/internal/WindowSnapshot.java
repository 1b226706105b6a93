package org.wulf.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a window shows on the screen as a PNG, with SWT alone (no ImageMagick): the screen
 * area of the shell's contents (without the window manager's title bar) is copied from the
 * display. Needs an X display (Xvfb will do); the window must be on top, which it is right after
 * it opened.
 */
public final class WindowSnapshot {

	private WindowSnapshot() {
	}

	/** Must run in the UI thread. Creates the folder of {@code file} when needed. */
	public static void save(Shell shell, Path file) throws IOException {
		Display display = shell.getDisplay();
		// the client area, not getBounds(): without a window manager the bounds still count the
		// decorations one would draw, and the copy would take in a strip of the empty screen
		Rectangle area = display.map(shell, null, shell.getClientArea());
		Image image = new Image(display, area.width, area.height);
		try {
			GC gc = new GC(display);
			try {
				gc.copyArea(image, area.x, area.y);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}
}
