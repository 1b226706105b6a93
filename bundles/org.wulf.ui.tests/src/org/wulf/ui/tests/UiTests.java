package org.wulf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.wulf.ui.internal.WindowSnapshot;

/** What the workbench tests share: running the event loop, and pictures of the window. */
final class UiTests {

	private UiTests() {
	}

	/** Runs every pending event, then keeps the event loop going until {@code millis} have passed. */
	static void settle(Display display, long millis) {
		long end = System.currentTimeMillis() + millis;
		do {
			while (display.readAndDispatch()) {
				// drain
			}
			if (System.currentTimeMillis() < end) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		} while (System.currentTimeMillis() < end);
	}

	/** Saves a PNG of the workbench window to the screenshot folder (wulf.screenshots, else target/screenshots). */
	static Path screenshot(String name) throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.forceActive();
		settle(shell.getDisplay(), 500);
		Path png = Path.of(System.getProperty("wulf.screenshots", "target/screenshots"), name);
		Files.deleteIfExists(png);
		WindowSnapshot.save(shell, png);
		assertTrue(Files.size(png) > 0);
		return png;
	}
}
