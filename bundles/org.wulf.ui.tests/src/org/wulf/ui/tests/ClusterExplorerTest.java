package org.wulf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;
import org.wulf.ui.effective.EffectiveValuesView;
import org.wulf.ui.explorer.ClusterExplorer;
import org.wulf.ui.internal.WindowSnapshot;

/** Wulf Studio's window and Cluster Explorer, run inside the studio application on the UI thread. */
class ClusterExplorerTest {

	private static final WulfFactory F = WulfFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void listsNodesUnderNodesFolderWithTheirPrimaryAddress() throws Exception {
		ClusterExplorer explorer = openExplorer(writeLabModel(dir.resolve("lab.wulf")));

		assertNull(explorer.getLoadError());
		TreeItem root = rootItem(explorer);
		assertEquals("Cluster lab", root.getText());
		assertEquals(List.of("Profiles", "Nodes", "Images", "Overlays"), texts(root.getItems()));
		// n02's primary device is ib0 because its profile names that network
		assertEquals(List.of("Node n01 (10.0.1.11)", "Node n02 (10.10.1.12)", "Node n03"), texts(folder(root, "Nodes").getItems()));
		assertEquals(List.of("Profile default", "Profile compute"), texts(folder(root, "Profiles").getItems()));
		assertNotNull(folder(root, "Nodes").getItems()[0].getImage(), "node icon from the item provider");
	}

	@Test
	void showsFileLineAndColumnInsteadOfTreeWhenModelIsBroken() throws Exception {
		Path broken = dir.resolve("broken.wulf");
		Files.writeString(broken, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wulf:Cluster\n  name=\"lab\"<\n",
				StandardCharsets.UTF_8);

		ClusterExplorer explorer = openExplorer(broken);

		String error = explorer.getLoadError();
		assertNotNull(error);
		assertTrue(error.matches("\\Q" + broken + "\\E:\\d+:\\d+: .+"), error);
		assertNull(explorer.getCluster());
		assertEquals(0, explorer.getViewer().getTree().getItemCount(), "no tree for a broken model");
	}

	@Test
	void workbenchWindowIsOpenWithExplorerAndModelFileInTitle() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "active workbench window");
		assertTrue(window.getShell().isVisible());
		IWorkbenchPage page = window.getActivePage();
		assertNotNull(page.findView(ClusterExplorer.ID), "the perspective opens the Cluster Explorer");

		Path model = writeLabModel(dir.resolve("title.wulf"));
		ClusterExplorer explorer = openExplorer(model);

		assertSame(explorer, page.findView(ClusterExplorer.ID));
		assertEquals("Wulf Studio \u2014 " + model, window.getShell().getText());
	}

	@Test
	void selectingANodeShowsItsEffectiveValuesWithTheirSources() throws Exception {
		ClusterExplorer explorer = openExplorer(writeLabModel(dir.resolve("lab.wulf")));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		EffectiveValuesView effective = (EffectiveValuesView) page.showView(EffectiveValuesView.ID);
		page.activate(explorer);
		Node n02 = explorer.getCluster().getNodes().get(1);

		explorer.getViewer().setSelection(new StructuredSelection(n02), true);
		UiTests.settle(Display.getCurrent(), 300);

		assertEquals("n02", effective.getShown().name());
		Table table = effective.getViewer().getTable();
		assertEquals(List.of("PrimaryNetDev", "compute", "ib0"), row(table, "PrimaryNetDev"));
		assertEquals(List.of("Kernel.Args", "default,n02", "quiet,console=ttyS0"), row(table, "Kernel.Args"));
		assertEquals(List.of("NetDevs[ib0].Ipaddr", "--", "10.10.1.12"), row(table, "NetDevs[ib0].Ipaddr"));
	}

	@Test
	void savesScreenshotOfWindowShowingTheExplorer() throws Exception {
		ClusterExplorer explorer = openExplorer(writeLabModel(dir.resolve("lab.wulf")));
		explorer.getViewer().setSelection(new StructuredSelection(explorer.getCluster().getNodes().get(1)), true);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.forceActive();
		UiTests.settle(shell.getDisplay(), 800);
		Path png = Path.of(System.getProperty("wulf.screenshots", "target/screenshots"), "explorer.png");
		Files.deleteIfExists(png);

		WindowSnapshot.save(shell, png);

		ImageData[] saved = new ImageLoader().load(png.toString());
		Rectangle window = shell.getClientArea();
		assertEquals(window.width, saved[0].width);
		assertEquals(window.height, saved[0].height);
		assertTrue(distinctColors(saved[0]) > 20, "the screenshot shows a drawn window, not a blank area");
	}

	private static ClusterExplorer openExplorer(Path model) throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ClusterExplorer explorer = (ClusterExplorer) page.showView(ClusterExplorer.ID);
		explorer.setModel(model);
		UiTests.settle(Display.getCurrent(), 100);
		return explorer;
	}

	/** Two profiles and three nodes, written the way the CLI writes them. */
	private static Path writeLabModel(Path file) throws Exception {
		Cluster cluster = ModelFile.newCluster();
		cluster.setName("lab");
		cluster.getProfiles().get(0).getKernelArgs().add("quiet");
		Profile compute = F.createProfile();
		compute.setName("compute");
		compute.setPrimaryNetwork("ib0");
		cluster.getProfiles().add(compute);
		Node n01 = node(cluster, "n01");
		netDev(n01, "eth0", "10.0.1.11");
		Node n02 = node(cluster, "n02", "default", "compute");
		n02.getKernelArgs().add("console=ttyS0");
		netDev(n02, "eth0", "10.0.1.12");
		netDev(n02, "ib0", "10.10.1.12");
		node(cluster, "n03");
		new ModelFile(file).save(cluster);
		return file;
	}

	private static Node node(Cluster cluster, String name, String... profiles) {
		Node node = F.createNode();
		node.setName(name);
		node.getProfiles().addAll(Arrays.asList(profiles));
		cluster.getNodes().add(node);
		return node;
	}

	private static void netDev(NodeSettings owner, String name, String ipaddr) {
		NetDev netDev = F.createNetDev();
		netDev.setName(name);
		netDev.setIpaddr(ipaddr);
		owner.getNetDevs().add(netDev);
	}

	private static List<String> row(Table table, String field) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(field)) {
				return List.of(item.getText(0), item.getText(1), item.getText(2));
			}
		}
		throw new AssertionError("no row " + field);
	}

	private static TreeItem rootItem(ClusterExplorer explorer) {
		TreeItem[] roots = explorer.getViewer().getTree().getItems();
		assertEquals(1, roots.length, "the cluster is the single root");
		return roots[0];
	}

	private static TreeItem folder(TreeItem root, String label) {
		for (TreeItem item : root.getItems()) {
			if (item.getText().equals(label)) {
				return item;
			}
		}
		throw new AssertionError("no folder " + label + " in " + texts(root.getItems()));
	}

	private static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}

	private static int distinctColors(ImageData image) {
		Set<Integer> colors = new HashSet<>();
		for (int y = 0; y < image.height; y += 4) {
			for (int x = 0; x < image.width; x += 4) {
				colors.add(image.getPixel(x, y));
			}
		}
		return colors.size();
	}
}
