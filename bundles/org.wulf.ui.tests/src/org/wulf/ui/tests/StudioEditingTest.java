package org.wulf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Cluster;
import org.wulf.model.Image;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.Overlay;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;
import org.wulf.model.WulfPackage;
import org.wulf.ui.explorer.ClusterExplorer;
import org.wulf.ui.internal.editors.SettingsEditor;
import org.wulf.ui.nodes.NodeTableView;

/**
 * The Cluster Explorer and the form editors driven through SWT events: grouping nodes from the view
 * menu, New/Rename/Delete from the context menu (dialogs answered), double-click to open a node's form,
 * typing into fields, table Add buttons, refused values marked at the field; every edit undone.
 */
class StudioEditingTest {

	private static final WulfFactory F = WulfFactory.eINSTANCE;
	private static final WulfPackage P = WulfPackage.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void explorerGroupsCreatesRenamesAndOpensFormEditors() throws Exception {
		Path model = writeLab(dir.resolve("lab.wulf"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = Display.getCurrent();
		NodeTableView table = (NodeTableView) page.showView(NodeTableView.ID);
		table.open(model);
		ClusterExplorer explorer = (ClusterExplorer) page.showView(ClusterExplorer.ID);
		UiTests.settle(display, 100);
		Cluster cluster = table.getDocument().cluster();
		Tree tree = explorer.getViewer().getTree();

		// the view menu's grouping choices
		runViewMenu(explorer, "Group by range");
		UiTests.settle(display, 50);
		TreeItem nodes = UiTests.item(tree.getItems(), "Nodes");
		assertEquals(List.of("n[01-04] (4)", "login (1)"), texts(nodes.getItems()));
		runViewMenu(explorer, "Group by profile");
		UiTests.settle(display, 50);
		nodes = UiTests.item(tree.getItems(), "Nodes");
		assertEquals(List.of("default \u2014 login,n[01-02] (3)", "default + compute \u2014 n[03-04] (2)"), texts(nodes.getItems()));
		nodes.getItems()[1].setExpanded(true);
		explorer.getViewer().expandToLevel(4);
		UiTests.settle(display, 50);
		assertNotNull(UiTests.item(tree.getItems(), "Node n03 (10.0.0.3)"), "a group folds out to its nodes");
		UiTests.screenshot("explorer-grouped.png");
		runViewMenu(explorer, "Flat list");
		UiTests.settle(display, 50);

		// New Profile… from the context menu, answered in its dialog
		UiTests.select(UiTests.item(tree.getItems(), "Profiles"), false);
		UiTests.answerNextDialog(display, "gpu");
		UiTests.selectMenuItem(tree.getMenu(), "New Profile…");
		UiTests.settle(display, 50);
		assertEquals(List.of("default", "compute", "gpu"), cluster.getProfiles().stream().map(Profile::getName).toList());

		// Rename… an image: the profile that names it follows
		UiTests.select(UiTests.item(tree.getItems(), "Image rocky9"), false);
		UiTests.answerNextDialog(display, "rocky10");
		UiTests.selectMenuItem(tree.getMenu(), "Rename…");
		UiTests.settle(display, 50);
		assertEquals("rocky10", cluster.getImages().get(0).getName());
		assertEquals("rocky10", cluster.getProfiles().get(1).getImage());

		// Delete of an overlay a profile uses is refused; nothing changes
		UiTests.select(UiTests.item(tree.getItems(), "Overlay motd"), false);
		UiTests.selectMenuItem(tree.getMenu(), "Delete");
		assertEquals(1, cluster.getOverlays().size());

		// double-click a node: its form editor
		UiTests.select(UiTests.item(tree.getItems(), "Node n01 (10.0.0.1)"), true);
		UiTests.settle(display, 100);
		IEditorPart part = page.getActiveEditor();
		assertTrue(part instanceof SettingsEditor, "a node opens in the form editor: " + part);
		SettingsEditor editor = (SettingsEditor) part;
		Node n01 = cluster.getNodes().get(0);
		assertEquals(n01, editor.getSettings());
		UiTests.type(editor.field(P.getNodeSettings_Image()), "alma9");
		UiTests.type(editor.field(P.getNodeSettings_KernelArgs()), "quiet console=ttyS0");
		assertEquals("alma9", n01.getImage());
		assertEquals(List.of("quiet", "console=ttyS0"), n01.getKernelArgs());

		// IPMI: a bad address is refused and marked at the field; a good one creates the IPMI settings
		UiTests.type(editor.field(P.getIpmi_Ipaddr()), "10.0.9.999");
		assertNull(n01.getIpmi());
		assertTrue(editor.isMarked(P.getIpmi_Ipaddr()));
		assertTrue(editor.getProblemsText().contains("not an IPv4 address"), editor.getProblemsText());
		UiTests.type(editor.field(P.getIpmi_Ipaddr()), "10.0.9.1");
		assertEquals("10.0.9.1", n01.getIpmi().getIpaddr());
		assertFalse(editor.isMarked(P.getIpmi_Ipaddr()));

		// network devices and tags: Add buttons, then cells edited
		UiTests.click(UiTests.find(editor.getNetDevTable().getTable().getParent(), org.eclipse.swt.widgets.Button.class, "Add"));
		assertEquals(List.of("default", "eth0"), n01.getNetDevs().stream().map(NetDev::getName).toList());
		assertTrue(editor.editCell(n01.getNetDevs().get(1), P.getNetDev_Hwaddr(), "52-54-00-AA-BB-01"));
		assertEquals("52:54:00:aa:bb:01", n01.getNetDevs().get(1).getHwaddr());
		assertFalse(editor.editCell(n01.getNetDevs().get(1), P.getNetDev_Ipaddr(), "nonsense"));
		UiTests.click(UiTests.find(editor.getTagTable().getTable().getParent(), org.eclipse.swt.widgets.Button.class, "Add"));
		assertTrue(editor.editCell((org.eclipse.emf.ecore.EObject) n01.getTags().get(0), P.getTagEntry_Value(), "rack 4"));
		assertEquals("rack 4", n01.getTags().get("key"));
		UiTests.settle(display, 100);
		assertEquals(2, editor.getNetDevTable().getTable().getItemCount(), "the table follows the model");
		UiTests.screenshotMaximized(editor, "node-editor.png");

		// the model's validation marks a problem: a MAC another node has
		assertTrue(editor.editCell(n01.getNetDevs().get(1), P.getNetDev_Hwaddr(), "52:54:00:00:00:02"));
		long end = System.currentTimeMillis() + 10_000;
		while (!editor.getProblemsText().contains("n02") && System.currentTimeMillis() < end) {
			UiTests.settle(display, 50);
		}
		assertTrue(editor.getProblemsText().contains("n02"), "the duplicate MAC is reported: " + editor.getProblemsText());

		// every edit undoes, and the form follows; the first through Edit > Undo while the form is active
		page.activate(editor);
		org.eclipse.ui.handlers.IHandlerService handlers = editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class);
		handlers.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO, null);
		assertEquals("52:54:00:aa:bb:01", n01.getNetDevs().get(1).getHwaddr(), "Edit > Undo took back the last edit");
		for (int i = 0; i < 7; i++) {
			table.getDocument().undo();
		}
		UiTests.settle(display, 100);
		assertNull(n01.getImage());
		assertNull(n01.getIpmi());
		assertEquals(1, n01.getNetDevs().size());
		assertTrue(n01.getTags().isEmpty());
		assertEquals("", editor.field(P.getNodeSettings_Image()).getText());

		// a profile's form says which nodes it affects
		UiTests.select(UiTests.item(tree.getItems(), "Profile compute"), true);
		UiTests.settle(display, 100);
		SettingsEditor profileEditor = (SettingsEditor) page.getActiveEditor();
		assertEquals("Affects 2 nodes: n[03-04]", profileEditor.getAffectedText());
		UiTests.screenshotMaximized(profileEditor, "profile-editor.png");
		page.closeAllEditors(false);
		table.getDocument().undo(); // rename
		table.getDocument().undo(); // new profile
		assertEquals(2, cluster.getProfiles().size());
		assertEquals("rocky9", cluster.getImages().get(0).getName());
	}

	private static void runViewMenu(ClusterExplorer explorer, String label) {
		for (IContributionItem item : explorer.getViewSite().getActionBars().getMenuManager().getItems()) {
			if (item instanceof ActionContributionItem action && action.getAction().getText().equals(label)) {
				action.getAction().setChecked(true);
				action.getAction().run();
				return;
			}
		}
		throw new AssertionError("no view menu item " + label);
	}

	private static List<String> texts(TreeItem[] items) {
		return Arrays.stream(items).map(TreeItem::getText).toList();
	}

	/** default and compute (image rocky9, overlay motd); n01..n04 (n03, n04 compute) and login; image rocky9; overlay motd. */
	static Path writeLab(Path file) throws Exception {
		Cluster cluster = ModelFile.newCluster();
		Profile compute = F.createProfile();
		compute.setName("compute");
		compute.setImage("rocky9");
		compute.getSystemOverlays().add("motd");
		cluster.getProfiles().add(compute);
		int k = 1;
		for (String name : List.of("n01", "n02", "n03", "n04", "login")) {
			Node node = F.createNode();
			node.setName(name);
			node.getProfiles().add("default");
			if (name.equals("n03") || name.equals("n04")) {
				node.getProfiles().add("compute");
			}
			NetDev netDev = F.createNetDev();
			netDev.setName("default");
			netDev.setHwaddr(String.format("52:54:00:00:00:%02x", k));
			netDev.setIpaddr("10.0.0." + k++);
			node.getNetDevs().add(netDev);
			cluster.getNodes().add(node);
		}
		Image image = F.createImage();
		image.setName("rocky9");
		cluster.getImages().add(image);
		Overlay overlay = F.createOverlay();
		overlay.setName("motd");
		cluster.getOverlays().add(overlay);
		new ModelFile(file).save(cluster);
		return file;
	}
}
