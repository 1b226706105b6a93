package org.wulf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.ui.explorer.ClusterExplorer;
import org.wulf.ui.internal.overlays.OverlayEditor;
import org.wulf.ui.internal.overlays.TemplateTokens;
import org.wulf.ui.nodes.NodeTableView;

/**
 * The overlay editor on real files: the tree with modes and owners, chmod through the Mode cell,
 * a template coloured, typed into with key events, undone with Ctrl+Z, previewed, and saved with
 * Ctrl+S keeping the file's mode.
 */
class OverlayEditorTest {

	@TempDir
	Path dir;

	@Test
	void editsAnOverlaysFilesAndTheirModes() throws Exception {
		Path model = StudioEditingTest.writeLab(dir.resolve("lab.wulf"));
		Path etc = Files.createDirectories(dir.resolve("overlays/motd/etc"));
		Path template = etc.resolve("motd.ww");
		String content = "Welcome to {{ .Id }}\n{{ if .Tags.rack }}rack {{ .Tags.rack }}{{ end }}\n{{/* a comment */}}\n";
		Files.writeString(template, content);
		Files.setPosixFilePermissions(template, PosixFilePermissions.fromString("rw-r-----"));
		Files.writeString(etc.resolve("issue"), "plain file\n");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = Display.getCurrent();
		NodeTableView table = (NodeTableView) page.showView(NodeTableView.ID);
		table.open(model);
		ClusterExplorer explorer = (ClusterExplorer) page.showView(ClusterExplorer.ID);
		UiTests.settle(display, 100);

		UiTests.select(UiTests.item(explorer.getViewer().getTree().getItems(), "Overlay motd"), true);
		UiTests.settle(display, 100);
		assertTrue(page.getActiveEditor() instanceof OverlayEditor, "an overlay opens in the overlay editor");
		OverlayEditor editor = (OverlayEditor) page.getActiveEditor();
		Tree tree = editor.getFiles().getTree();
		assertEquals("etc/", tree.getItem(0).getText(0));
		assertEquals(List.of("issue", "motd.ww"), List.of(tree.getItem(0).getItem(0).getText(0), tree.getItem(0).getItem(1).getText(0)));
		assertEquals("0640", tree.getItem(0).getItem(1).getText(1));
		assertEquals(Files.getOwner(template).getName(), tree.getItem(0).getItem(1).getText(2));

		// open the template: coloured where the actions are
		UiTests.select(tree.getItem(0).getItem(1), false);
		UiTests.settle(display, 50);
		StyledText text = editor.getText();
		assertEquals(content, text.getText());
		StyleRange delimiter = text.getStyleRangeAtOffset(content.indexOf("{{"));
		assertNotNull(delimiter, "{{ is coloured");
		assertEquals(SWT.BOLD, delimiter.fontStyle);
		StyleRange keyword = text.getStyleRangeAtOffset(content.indexOf("if"));
		assertEquals(OverlayEditorColors.of(display, TemplateTokens.Kind.KEYWORD), keyword.foreground);
		StyleRange field = text.getStyleRangeAtOffset(content.indexOf(".Id"));
		assertEquals(OverlayEditorColors.of(display, TemplateTokens.Kind.FIELD), field.foreground);
		assertEquals(OverlayEditorColors.of(display, TemplateTokens.Kind.COMMENT),
				text.getStyleRangeAtOffset(content.indexOf("a comment")).foreground);
		assertEquals(null, text.getStyleRangeAtOffset(content.indexOf("Welcome")), "text outside actions is plain");

		// the preview renders the template for the node chosen in the combo, in the background
		awaitPreview(editor, display, "Welcome to n01\n\n\n");
		org.eclipse.swt.widgets.Combo nodes = UiTests.find(editor.getPreview().getParent(), org.eclipse.swt.widgets.Combo.class, null);
		nodes.select(nodes.indexOf("n03"));
		nodes.notifyListeners(SWT.Selection, new Event());
		awaitPreview(editor, display, "Welcome to n03\n\n\n");
		org.wulf.model.Node n03 = table.getDocument().cluster().getNodes().get(2);
		org.eclipse.emf.edit.domain.EditingDomain domain = table.getDocument().domain();
		assertTrue(table.getDocument().execute(org.wulf.ui.internal.editors.SettingsEdits.addTag(domain, n03)));
		org.eclipse.emf.ecore.EObject tag = (org.eclipse.emf.ecore.EObject) n03.getTags().get(0);
		assertTrue(table.getDocument().execute(org.wulf.ui.internal.editors.SettingsEdits.set(domain, tag,
				org.wulf.model.WulfPackage.Literals.TAG_ENTRY__KEY, "rack")));
		assertTrue(table.getDocument().execute(org.wulf.ui.internal.editors.SettingsEdits.set(domain, tag,
				org.wulf.model.WulfPackage.Literals.TAG_ENTRY__VALUE, "r7")));
		nodes.notifyListeners(SWT.Selection, new Event());
		awaitPreview(editor, display, "Welcome to n03\nrack r7\n\n");

		// typing, as key events, then Ctrl+Z undoes it and Ctrl+Y brings it back
		text.setCaretOffset(0);
		for (char c : "Hi! ".toCharArray()) {
			Event key = new Event();
			key.character = c;
			key.keyCode = c;
			text.notifyListeners(SWT.KeyDown, key);
		}
		assertEquals("Hi! " + content, text.getText());
		assertTrue(editor.isDirty());
		awaitPreview(editor, display, "Hi! Welcome to n03\nrack r7\n\n");
		ctrl(text, 'z');
		assertEquals("Hi!" + content, text.getText());
		ctrl(text, 'z');
		ctrl(text, 'z');
		ctrl(text, 'z');
		assertEquals(content, text.getText());
		ctrl(text, 'y');
		assertEquals("H" + content, text.getText());
		UiTests.screenshotMaximized(editor, "overlay-editor.png");

		// a broken template: the preview says where
		text.replaceTextRange(0, 0, "{{ .Id ");
		awaitPreview(editor, display, null);
		assertTrue(editor.getPreview().getText().contains("motd.ww:1:"), editor.getPreview().getText());
		ctrl(text, 'z');

		// Ctrl+S writes the file and keeps its mode
		ctrl(text, 's');
		assertFalse(editor.isDirty());
		assertEquals("H" + content, Files.readString(template));
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(template)));

		// chmod through the Mode cell; a bad mode is refused and says why
		editor.getFiles().editElement(template, 1);
		Text cell = openCell(tree);
		cell.setText("0600");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		UiTests.settle(display, 50);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(template)));
		assertEquals("0600", tree.getItem(0).getItem(1).getText(1));
		editor.getFiles().editElement(template, 1);
		cell = openCell(tree);
		cell.setText("rwx");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		assertTrue(editor.getStatus().contains("'rwx' is not an octal mode"), editor.getStatus());

		// chown through the Group cell: the file's own group again works; an unknown group is refused
		String group = Files.readAttributes(template, java.nio.file.attribute.PosixFileAttributes.class).group().getName();
		editor.getFiles().editElement(template, 3);
		cell = openCell(tree);
		cell.setText("no-such-group-wulf");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		assertTrue(editor.getStatus().contains("there is no group no-such-group-wulf"), editor.getStatus());
		assertEquals(group, tree.getItem(0).getItem(1).getText(3));

		// New File…: answered in its dialog, created 0644 with its directories, opened; a path leaving the overlay is refused
		assertFalse(editor.isDirty(), "saved above: opening another file asks nothing");
		UiTests.answerNextDialog(display, "etc/sysconfig/network.ww");
		UiTests.click(UiTests.find(tree.getParent().getParent(), org.eclipse.swt.widgets.Button.class, "New File…"));
		UiTests.settle(display, 50);
		Path created = dir.resolve("overlays/motd/etc/sysconfig/network.ww");
		assertTrue(Files.isRegularFile(created), editor.getStatus());
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
		assertEquals("", text.getText(), "the new file is open");
		assertFalse(editor.createFile("../../escape"));
		assertTrue(editor.getStatus().contains("is not a path inside the overlay"), editor.getStatus());
		page.closeAllEditors(false);
	}

	/** Waits for the background rendering to show {@code expected} (or, for null, an error naming the file). */
	private static void awaitPreview(OverlayEditor editor, Display display, String expected) {
		long end = System.currentTimeMillis() + 10_000;
		java.util.function.Predicate<String> done = expected != null ? expected::equals : t -> t.contains("motd.ww:");
		while (!done.test(editor.getPreview().getText()) && System.currentTimeMillis() < end) {
			UiTests.settle(display, 50);
		}
		assertEquals(expected != null ? expected : "an error", expected != null ? editor.getPreview().getText()
				: done.test(editor.getPreview().getText()) ? "an error" : editor.getPreview().getText());
	}

	private static Text openCell(Tree tree) {
		for (org.eclipse.swt.widgets.Control child : tree.getChildren()) {
			if (child instanceof Text text && text.isVisible()) {
				return text;
			}
		}
		throw new AssertionError("no cell editor open");
	}

	private static void ctrl(StyledText text, char key) {
		Event event = new Event();
		event.keyCode = key;
		event.character = (char) (key - 'a' + 1);
		event.stateMask = SWT.MOD1;
		text.notifyListeners(SWT.KeyDown, event);
	}

	/** The editor's colours, asked the same way the editor does. */
	private static final class OverlayEditorColors {
		static org.eclipse.swt.graphics.Color of(Display display, TemplateTokens.Kind kind) {
			return org.wulf.ui.internal.overlays.OverlayEditor.color(display, kind);
		}
	}
}
