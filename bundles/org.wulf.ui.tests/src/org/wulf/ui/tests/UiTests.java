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

	/** Opens a menu as the user does (SWT.Show), then selects the item with that label (SWT.Selection). */
	static void selectMenuItem(org.eclipse.swt.widgets.Menu menu, String label) {
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").split("\t")[0].equals(label)) {
				item.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
				menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
				return;
			}
		}
		throw new AssertionError("no menu item " + label + " among " + java.util.Arrays.stream(menu.getItems()).map(i -> i.getText()).toList());
	}

	/** Answers the next dialog that opens (a modal input dialog): types the text and presses OK. */
	static void answerNextDialog(Display display, String text) {
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		display.timerExec(300, new Runnable() {
			int tries;

			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell != main && shell.isVisible() && answer(shell, text)) {
						return;
					}
				}
				if (tries++ < 50) {
					display.timerExec(100, this);
				}
			}
		});
	}

	private static boolean answer(Shell shell, String text) {
		org.eclipse.swt.widgets.Text field = find(shell, org.eclipse.swt.widgets.Text.class, null);
		org.eclipse.swt.widgets.Button ok = find(shell, org.eclipse.swt.widgets.Button.class, "OK");
		if (field == null || ok == null) {
			return false;
		}
		field.setText(text);
		ok.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		return true;
	}

	/** The first control of a type (with that text, for buttons) under a composite. */
	static <T extends org.eclipse.swt.widgets.Control> T find(org.eclipse.swt.widgets.Composite parent, Class<T> type, String text) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (type.isInstance(child) && (text == null || (child instanceof org.eclipse.swt.widgets.Button b && b.getText().replace("&", "").equals(text)))) {
				return type.cast(child);
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				T found = find(composite, type, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Types into a text field as a user does, then presses Enter (SWT.DefaultSelection). */
	static void type(org.eclipse.swt.widgets.Text field, String text) {
		field.setFocus();
		field.setText(text);
		field.notifyListeners(org.eclipse.swt.SWT.Modify, new org.eclipse.swt.widgets.Event());
		field.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
	}

	/** Clicks a push button (SWT.Selection, as a mouse click delivers it). */
	static void click(org.eclipse.swt.widgets.Button button) {
		button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** Selects a tree item as a click does, and double-clicks it when asked (SWT.DefaultSelection). */
	static void select(org.eclipse.swt.widgets.TreeItem item, boolean doubleClick) {
		org.eclipse.swt.widgets.Tree tree = item.getParent();
		tree.setSelection(item);
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.item = item;
		tree.notifyListeners(org.eclipse.swt.SWT.Selection, event);
		if (doubleClick) {
			org.eclipse.swt.widgets.Event twice = new org.eclipse.swt.widgets.Event();
			twice.item = item;
			tree.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, twice);
		}
	}

	/** The tree item with that label, searched depth-first among the expanded items. */
	static org.eclipse.swt.widgets.TreeItem item(org.eclipse.swt.widgets.TreeItem[] items, String label) {
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			if (item.getText().equals(label)) {
				return item;
			}
			org.eclipse.swt.widgets.TreeItem found = item(item.getItems(), label);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** A picture of one part maximized in the window (then restored), so a reader sees all of it. */
	static Path screenshotMaximized(org.eclipse.ui.IWorkbenchPart part, String name) throws Exception {
		org.eclipse.ui.IWorkbenchPage page = part.getSite().getPage();
		org.eclipse.ui.IWorkbenchPartReference reference = page.getReference(part);
		page.setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		try {
			return screenshot(name);
		} finally {
			page.setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
			settle(Display.getCurrent(), 100);
		}
	}
}
