package org.wulf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.ui.internal.document.DocumentSaving;
import org.wulf.ui.internal.nodes.NodeRow;
import org.wulf.ui.nodes.NodeTableView;

/**
 * The node table's clipboard (copy as CSV and YAML, paste that creates or updates nodes, bad text
 * refused with its row and column) through the real clipboard and key events; Save As; and a file
 * changed by another program under unsaved edits, answered with Keep mine and with Reload.
 */
class NodeClipboardAndFileTest {

	@TempDir
	Path dir;

	@Test
	void rowsCopyAndPasteAsCsvAndYaml() throws Exception {
		Path model = StudioEditingTest.writeLab(dir.resolve("lab.wulf"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = Display.getCurrent();
		NodeTableView view = (NodeTableView) page.showView(NodeTableView.ID);
		view.open(model);
		UiTests.settle(display, 100);
		Table table = view.getViewer().getTable();
		Cluster cluster = view.getDocument().cluster();

		// Ctrl+C on two rows: CSV on the clipboard; pasting it back changes nothing
		view.sortBy(org.wulf.ui.internal.nodes.NodeColumn.NAME, true); // login, n01, n02, ...
		table.setSelection(new int[] { 1, 2 });
		key(table, 'c');
		assertEquals("copied 2 rows as CSV", view.getMessage(), "Ctrl+C copies");
		String csv = view.copySelection();
		assertTrue(csv.startsWith("Name,Profiles,Image,Primary IP,MAC,IPMI address,Status,Tags\r\nn01,default,,10.0.0.1,"), csv);
		assertTrue(view.paste(csv), view.getMessage());
		assertEquals(null, cluster.getNodes().get(0).getImage(), "an inherited (empty) image stays inherited");
		assertEquals(1, cluster.getNodes().get(0).getNetDevs().size());
		assertEquals(java.util.List.of("default"), cluster.getNodes().get(0).getProfiles());
		assertEquals(5, cluster.getNodes().size());

		// a spreadsheet's edit: a new node and a changed address, as one undoable paste
		String edited = "Name,Primary IP,MAC,Image\r\nn01,10.0.1.1,,\r\n\"n05\",10.0.0.5,52:54:00:00:00:05,rocky9\r\n";
		assertTrue(view.paste(edited), view.getMessage());
		UiTests.settle(display, 50);
		assertEquals("pasted: 1 nodes added, 1 updated", view.getMessage());
		assertEquals("10.0.1.1", cluster.getNodes().get(0).getNetDevs().get(0).getIpaddr());
		Node n05 = cluster.getNodes().get(5);
		assertEquals("n05", n05.getName());
		assertEquals("rocky9", n05.getImage());
		assertEquals("default", n05.getProfiles().get(0), "a new node gets the default profile");
		view.getDocument().undo();
		assertEquals(5, cluster.getNodes().size());
		assertEquals("10.0.0.1", cluster.getNodes().get(0).getNetDevs().get(0).getIpaddr());

		// bad input: refused whole, naming the row and the column
		assertFalse(view.paste("Name,MAC\nn01,52:54:00:00:00:0a\nn02,zz:zz\n"));
		assertEquals("not pasted: row 3, column MAC: 'zz:zz' is not a MAC address (like 52:54:00:12:34:56) \u2014 nothing changed",
				view.getMessage());
		assertFalse(view.paste("Name,Rack\nn01,4\n"));
		assertTrue(view.getMessage().contains("row 1, column 2: 'Rack' is not a node table column"), view.getMessage());
		assertEquals("52:54:00:00:00:01", cluster.getNodes().get(0).getNetDevs().get(0).getHwaddr());

		// Copy as YAML from the context menu; YAML pastes too
		table.setSelection(new int[] { 3 });
		UiTests.selectMenuItem(table.getMenu(), "Copy as YAML");
		assertEquals("copied 1 rows as YAML", view.getMessage());
		String yaml = view.copySelectionAsYaml();
		assertTrue(yaml.startsWith("- name: n03\n  profiles: \"default,compute\"\n  image: rocky9\n  ip: 10.0.0.3\n"), yaml);
		assertTrue(view.paste(yaml.replace("n03", "n06").replace("10.0.0.3", "10.0.0.6").replace("52:54:00:00:00:03", "52:54:00:00:00:06")));
		Node n06 = cluster.getNodes().get(5);
		assertEquals("n06", n06.getName());
		assertEquals(java.util.List.of("default", "compute"), n06.getProfiles());
		assertEquals(null, n06.getImage(), "the image equals the profile's: inherited, not copied onto the node");
		assertFalse(view.paste("- name: n07\n  mac: nope\n"));
		assertTrue(view.getMessage().startsWith("not pasted: row 1, column MAC:"), view.getMessage());
		view.getDocument().undo();

		// the override marker: a node value that replaces a profile's says so in the tooltip
		view.applyFilter("n03");
		assertTrue(view.edit(java.util.List.of(view.getRows().get(0)), org.wulf.ui.internal.nodes.NodeColumn.IMAGE, "alma9"));
		UiTests.settle(display, 50);
		NodeRow n03 = view.getRows().get(0);
		assertTrue(n03.provenance(org.wulf.ui.internal.nodes.NodeColumn.IMAGE).superseded());

		// double-click on the name opens the node's form editor
		table.setSelection(0);
		org.eclipse.swt.graphics.Rectangle name = table.getItem(0).getBounds(0);
		Event click = new Event();
		click.x = name.x + 5;
		click.y = name.y + name.height / 2;
		click.button = 1;
		table.notifyListeners(SWT.MouseDoubleClick, click);
		UiTests.settle(display, 100);
		assertTrue(page.getActiveEditor() instanceof org.wulf.ui.internal.editors.SettingsEditor editor
				&& editor.getSettings() == n03.node(), "the node's form: " + page.getActiveEditor());
		page.closeAllEditors(false);
		view.applyFilter("");
	}

	@Test
	void saveAsAndAnExternalChangeUnderUnsavedEdits() throws Exception {
		Path model = StudioEditingTest.writeLab(dir.resolve("lab.wulf"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = Display.getCurrent();
		NodeTableView view = (NodeTableView) page.showView(NodeTableView.ID);
		view.open(model);
		UiTests.settle(display, 100);

		// Save As: the document now edits the new file
		view.applyFilter("n01");
		assertTrue(view.edit(java.util.List.of(view.getRows().get(0)), org.wulf.ui.internal.nodes.NodeColumn.IMAGE, "mine"));
		Path copy = dir.resolve("copy/lab2.wulf");
		Files.createDirectories(copy.getParent());
		assertTrue(DocumentSaving.saveAs(view.getSite().getShell(), view.getDocument(), copy));
		assertEquals(copy, view.getDocument().path());
		assertFalse(view.isDirty());
		assertEquals("mine", new ModelFile(copy).load().getNodes().get(0).getImage());
		assertEquals(null, new ModelFile(model).load().getNodes().get(0).getImage(), "the original is untouched");

		// the CLI changes the file while there are unsaved edits: the bar offers Reload or Keep mine
		assertTrue(view.edit(java.util.List.of(view.getRows().get(0)), org.wulf.ui.internal.nodes.NodeColumn.IMAGE, "mine2"));
		otherProgramSetsImage(copy, "theirs");
		awaitBar(view, display, true);
		view.doSave(null);
		assertTrue(view.getMessage().startsWith("not saved:"), view.getMessage());
		assertEquals("theirs", new ModelFile(copy).load().getNodes().get(0).getImage(), "never overwritten silently");
		UiTests.screenshot("external-change.png");
		UiTests.click(view.getChangeBar().button("Keep mine"));
		awaitBar(view, display, false);
		assertEquals("mine2", new ModelFile(copy).load().getNodes().get(0).getImage());

		// again, answered with Reload: the file's version replaces the edits
		assertTrue(view.edit(java.util.List.of(view.getRows().get(0)), org.wulf.ui.internal.nodes.NodeColumn.IMAGE, "mine3"));
		otherProgramSetsImage(copy, "theirs2");
		awaitBar(view, display, true);
		UiTests.click(view.getChangeBar().button("Reload"));
		awaitBar(view, display, false);
		UiTests.settle(display, 100);
		assertEquals("theirs2", view.getDocument().cluster().getNodes().get(0).getImage());
		assertFalse(view.isDirty());

		// without unsaved edits, a change on disk is simply taken
		otherProgramSetsImage(copy, "theirs3");
		long end = System.currentTimeMillis() + 5_000;
		while (!"theirs3".equals(view.getDocument().cluster().getNodes().get(0).getImage()) && System.currentTimeMillis() < end) {
			UiTests.settle(display, 50);
		}
		assertEquals("theirs3", view.getDocument().cluster().getNodes().get(0).getImage());
		view.applyFilter("");
	}

	private static void otherProgramSetsImage(Path file, String image) throws Exception {
		Thread.sleep(20); // a different modification time than our own write
		ModelFile other = new ModelFile(file);
		Cluster cluster = other.load();
		cluster.getNodes().get(0).setImage(image);
		other.save(cluster);
	}

	private static void awaitBar(NodeTableView view, Display display, boolean shown) {
		long end = System.currentTimeMillis() + 5_000;
		while (view.getChangeBar().isShown() != shown && System.currentTimeMillis() < end) {
			UiTests.settle(display, 50);
		}
		assertEquals(shown, view.getChangeBar().isShown(), "the external-change bar");
	}

	/** Ctrl+key as the keyboard delivers it to the table. */
	private static void key(Table table, char key) {
		Event event = new Event();
		event.keyCode = key;
		event.character = (char) (key - 'a' + 1);
		event.stateMask = SWT.MOD1;
		table.notifyListeners(SWT.KeyDown, event);
	}
}
