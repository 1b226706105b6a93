package org.wulf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;
import org.wulf.ui.explorer.ClusterExplorer;
import org.wulf.ui.internal.explorer.ExplorerEdits;
import org.wulf.ui.nodes.NodeTableView;

/** Cluster Explorer edits on the shared document: rename, duplicate, delete, drop nodes on a profile; all undoable. */
class ExplorerEditingTest {

	private static final WulfFactory F = WulfFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void explorerEditsAreCommandsOnTheSharedDocument() throws Exception {
		Cluster cluster = ModelFile.newCluster();
		Profile compute = F.createProfile();
		compute.setName("compute");
		cluster.getProfiles().add(compute);
		for (String name : List.of("n01", "n02")) {
			Node node = F.createNode();
			node.setName(name);
			node.getProfiles().add("default");
			NetDev netDev = F.createNetDev();
			netDev.setName("default");
			netDev.setHwaddr(name.equals("n01") ? "52:54:00:00:00:01" : "52:54:00:00:00:02");
			node.getNetDevs().add(netDev);
			cluster.getNodes().add(node);
		}
		cluster.getNodes().get(1).getProfiles().add("compute");
		Path model = dir.resolve("lab.wulf");
		new ModelFile(model).save(cluster);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		NodeTableView table = (NodeTableView) page.showView(NodeTableView.ID);
		table.open(model);
		ClusterExplorer explorer = (ClusterExplorer) page.showView(ClusterExplorer.ID);
		assertSame(table.getDocument(), explorer.getFollowedDocument(), "the explorer shows the table's model");
		Cluster shared = table.getDocument().cluster();
		Profile gpu = shared.getProfiles().get(1);
		Node n01 = shared.getNodes().get(0);
		Node n02 = shared.getNodes().get(1);

		assertTrue(explorer.run(() -> ExplorerEdits.rename(table.getDocument().domain(), gpu, "gpu")));
		assertEquals("gpu", gpu.getName());
		assertEquals(List.of("default", "gpu"), n02.getProfiles(), "nodes follow a renamed profile");

		assertFalse(explorer.run(() -> ExplorerEdits.rename(table.getDocument().domain(), n01, "n02")), "a taken name");
		assertFalse(explorer.run(() -> ExplorerEdits.delete(table.getDocument().domain(), List.of(gpu))), "a used profile");

		assertTrue(explorer.run(() -> ExplorerEdits.duplicate(table.getDocument().domain(), n01)));
		Node copy = shared.getNodes().get(2);
		assertEquals("n01-copy", copy.getName());
		assertNull(copy.getNetDevs().get(0).getHwaddr(), "a duplicate does not share the MAC");

		assertTrue(explorer.dropNodes(List.of(n01, n02), gpu));
		assertEquals(List.of("default", "gpu"), n01.getProfiles());

		// the profile editor: the nodes it reaches, and a change applied as one command
		org.wulf.ui.profiles.ProfileView profileView = (org.wulf.ui.profiles.ProfileView) page.showView(
				org.wulf.ui.profiles.ProfileView.ID);
		profileView.show(gpu);
		assertEquals("Affects 2 nodes: n[01-02]", profileView.getAffectedText());
		profileView.setImageText("cuda12");
		assertTrue(profileView.apply());
		assertEquals("cuda12", gpu.getImage());
		table.getDocument().undo();
		assertNull(gpu.getImage());

		assertTrue(explorer.run(() -> ExplorerEdits.delete(table.getDocument().domain(), List.of(copy))));
		assertEquals(2, shared.getNodes().size());
		for (int i = 0; i < 4; i++) {
			table.getDocument().undo();
		}
		assertEquals("compute", gpu.getName());
		assertEquals(List.of("default", "compute"), n02.getProfiles());
		assertEquals(List.of("default"), n01.getProfiles());
		assertEquals(2, shared.getNodes().size());
	}
}
