package org.wulf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.WulfFactory;
import org.wulf.ui.nodes.NodeTableView;
import org.wulf.ui.provision.ProvisioningView;

/** The workbench starts the same engine as wulf server, on loopback, and shows nodes' stages live. */
class ProvisioningViewTest {

	@TempDir
	Path dir;

	@Test
	void startsTheEngineShowsLiveStagesAndStops() throws Exception {
		Path model = dir.resolve("lab.wulf");
		Cluster cluster = ModelFile.newCluster();
		cluster.setName("lab");
		cluster.setControllerIp("127.0.0.1");
		for (int i = 1; i <= 3; i++) {
			Node node = WulfFactory.eINSTANCE.createNode();
			node.setName("n0" + i);
			NetDev netDev = WulfFactory.eINSTANCE.createNetDev();
			netDev.setName("default");
			netDev.setHwaddr("52:54:00:00:00:0" + i);
			netDev.setIpaddr("127.0.0.1");
			node.getNetDevs().add(netDev);
			cluster.getNodes().add(node);
		}
		new ModelFile(model).save(cluster);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		NodeTableView nodes = (NodeTableView) page.showView(NodeTableView.ID);
		nodes.open(model);
		ProvisioningView view = (ProvisioningView) page.showView(ProvisioningView.ID);
		view.use(nodes.getDocument());
		view.setHttpPort(0);

		view.start();
		assertNotNull(view.getEngine(), view.getState());
		String base = view.getEngine().httpUrl();
		HttpClient http = HttpClient.newHttpClient();
		for (String request : new String[] { "/provision/52:54:00:00:00:01?stage=ipxe", "/provision/52:54:00:00:00:02?stage=ipxe",
				"/provision/52:54:00:00:00:01?stage=booted" }) {
			http.send(HttpRequest.newBuilder(URI.create(base + request)).build(), HttpResponse.BodyHandlers.ofString());
			Thread.sleep(150);
		}
		UiTests.settle(Display.getCurrent(), 600);

		TableItem[] rows = view.getStatusTable().getItems();
		assertEquals(2, rows.length);
		assertEquals("n01", rows[0].getText(0));
		assertEquals("BOOTED", rows[0].getText(1));
		assertEquals("IPXE", rows[1].getText(1));
		assertTrue(view.getLog().contains("n01"), view.getLog());
		nodes.sortBy(org.wulf.ui.internal.nodes.NodeColumn.NAME, true);
		assertEquals("BOOTED", nodes.getRows().get(0).status(), "the node table's Status column follows the engine");
		assertEquals("IPXE", nodes.getRows().get(1).status());
		assertEquals("", nodes.getRows().get(2).status());
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		UiTests.screenshot("provisioning.png");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

		view.stop();
		assertNull(view.getEngine());
	}
}
