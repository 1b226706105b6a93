package org.wulf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;
import org.wulf.ui.internal.nodes.AddNodesRequest;
import org.wulf.ui.internal.nodes.NodeColumn;
import org.wulf.ui.internal.nodes.NodeRow;
import org.wulf.ui.nodes.NodeTableView;

/** The node table on a 10,000-node cluster: open, sort, filter, edit in place, bulk edit, undo, save, reopen. */
class NodeTableTest {

	private static final WulfFactory F = WulfFactory.eINSTANCE;
	private static final int NODES = 10_000;

	@TempDir
	Path dir;

	@Test
	void bigClusterIsSortedFilteredEditedUndoneAndSaved() throws Exception {
		Path model = writeCluster(dir.resolve("big.wulf"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = Display.getCurrent();

		NodeTableView view = (NodeTableView) page.showView(NodeTableView.ID);
		UiTests.settle(display, 0);
		// open = read the file, resolve the visible rows, fill and paint them (validation follows 300 ms
		// later in the background and is not part of it)
		long started = System.nanoTime();
		view.open(model);
		Table table = view.getViewer().getTable();
		table.getItem(0).getText(0);
		display.update();
		long opened = System.nanoTime();
		// the other rows are resolved in idle steps: time until the last one is (the figure a sort by IP
		// or a free-text filter would wait for at worst)
		long giveUp = System.nanoTime() + 60_000_000_000L;
		while (!view.getRows().shown().stream().allMatch(NodeRow::isResolved)) {
			assertTrue(System.nanoTime() < giveUp, "rows are resolved while the workbench is idle");
			if (!display.readAndDispatch()) {
				Thread.sleep(1);
			}
		}
		long resolved = System.nanoTime();
		UiTests.settle(display, 0);
		assertEquals(NODES, table.getItemCount());
		assertEquals("n00001", table.getItem(0).getText(0));

		long sortStart = System.nanoTime();
		view.sortBy(NodeColumn.IP, false);
		table.getItem(0).getText(0);
		display.update();
		long sorted = System.nanoTime();
		// node k has 10.1.(k/250).(k%250+1): the highest address belongs to n10000
		assertEquals("n10000", table.getItem(0).getText(0));

		long filterStart = System.nanoTime();
		view.applyFilter("n0[0100-0199]");
		table.getItem(0).getText(0);
		display.update();
		long filtered = System.nanoTime();
		UiTests.settle(display, 0);
		assertEquals(100, table.getItemCount());
		System.out.printf("== node table, %,d nodes: open %d ms (all rows resolved after %d ms), sort by IP %d ms, range filter %d ms%n",
				NODES, (opened - started) / 1_000_000, (resolved - started) / 1_000_000, (sorted - sortStart) / 1_000_000, (filtered - filterStart) / 1_000_000);

		// cells that come from a profile say so
		NodeRow first = view.getRows().get(0);
		assertEquals("compute", first.image());
		assertFalse(first.provenance(NodeColumn.IMAGE).nodeLocal());

		// rows copy as CSV
		view.getViewer().getTable().setSelection(new int[] { 0, 1 });
		String csv = view.copySelection();
		assertTrue(csv.startsWith("Name,Profiles,Image,Primary IP,MAC,IPMI address,Status,Tags\r\n"), csv);
		assertEquals(3, csv.split("\r\n").length, csv);
		assertTrue(csv.split("\r\n")[1].startsWith(view.getRows().get(0).name() + ",default,compute,"), csv);

		// bulk edit of all 100 shown nodes, then undo and redo
		assertTrue(view.edit(view.getRows().shown(), NodeColumn.IMAGE, "rocky9"));
		UiTests.settle(display, 100);
		assertEquals("rocky9", image(view, "n00150"));
		assertTrue(view.isDirty());
		view.getDocument().undo();
		UiTests.settle(display, 100);
		assertEquals("compute", image(view, "n00150"));
		view.getDocument().redo();
		UiTests.settle(display, 100);
		assertEquals("rocky9", image(view, "n00150"));

		// validation follows the edits: a duplicate address shows in the Problems view and leads to the node
		org.wulf.ui.problems.ProblemsView problems = (org.wulf.ui.problems.ProblemsView) page.showView(
				org.wulf.ui.problems.ProblemsView.ID);
		page.activate(view);
		// the model has a warning per node (its image is not imported): wait for the first validation
		awaitProblems(problems, display, p -> p.size() >= NODES && p.stream().noneMatch(org.wulf.core.validate.Problem::isError));
		int before = problems.getProblems().size();
		view.applyFilter("n00150");
		assertTrue(view.edit(view.getRows().shown(), NodeColumn.IP, "10.1.0.2")); // n00001's address
		UiTests.settle(display, 50);
		assertEquals(List.of("n00150=10.1.0.2"), view.getRows().shown().stream().map(r -> r.name() + "=" + r.ip()).toList());
		assertTrue(problems.getDocument() == view.getDocument(), "problems follow the table's document");
		awaitProblems(problems, display, p -> p.stream().anyMatch(x -> x.isError() && x.subject().equals("n00150")));
		int duplicate = problems.getProblems().indexOf(problems.getProblems().stream()
				.filter(p -> p.isError() && p.subject().equals("n00150")).findFirst().orElseThrow());
		assertTrue(problems.getProblems().get(duplicate).message().contains("also used by n00001"));
		problems.reveal(duplicate);
		UiTests.settle(display, 100);
		assertEquals("n00150", view.selectedRows().get(0).name());
		view.getDocument().undo();
		awaitProblems(problems, display, p -> p.stream().noneMatch(org.wulf.core.validate.Problem::isError));
		assertEquals(before, problems.getProblems().size());
		view.applyFilter("n0[0100-0199]");
		UiTests.settle(display, 100);

		// a bad value is refused with a reason and changes nothing
		assertFalse(view.edit(List.of(view.getRows().get(0)), NodeColumn.IP, "10.1.0.999"));
		assertTrue(view.getMessage().contains("not an IPv4 address"), view.getMessage());

		// in-place edit through the cell editor, as a double-click and typing do
		view.applyFilter("n00101");
		UiTests.settle(display, 100);
		view.getViewer().editElement(view.getRows().get(0), NodeColumn.IP.ordinal());
		Text editor = findText(table);
		editor.setText("10.9.9.9");
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		UiTests.settle(display, 100);
		assertEquals("10.9.9.9", view.getRows().get(0).ip());
		assertTrue(view.getRows().get(0).provenance(NodeColumn.IP).nodeLocal());

		view.applyFilter("");
		((org.wulf.ui.explorer.ClusterExplorer) page.showView(org.wulf.ui.explorer.ClusterExplorer.ID)).setModel(model);
		page.activate(view);
		UiTests.settle(display, 200);
		UiTests.screenshot("node-table.png");

		view.doSave(null);
		assertFalse(view.isDirty());
		Cluster saved = new ModelFile(model).load();
		NodeResolver resolver = new NodeResolver(saved);
		Node n00150 = saved.getNodes().stream().filter(n -> n.getName().equals("n00150")).findFirst().orElseThrow();
		assertEquals("rocky9", resolver.resolve(n00150).values().getImage());
		Node n00101 = saved.getNodes().stream().filter(n -> n.getName().equals("n00101")).findFirst().orElseThrow();
		assertEquals("10.9.9.9", resolver.resolve(n00101).primaryNetDev().getIpaddr());

		view.open(model);
		UiTests.settle(display, 100);
		assertEquals("rocky9", image(view, "n00199"));
		assertNull(view.getDocument().cluster().getNodes().get(0).getImage(), "n00001 still inherits its image");
	}

	@Test
	void addNodesCountsAddressesUpAndIsUndoable() throws Exception {
		NodeTableView view = (NodeTableView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(NodeTableView.ID);
		view.open(dir.resolve("new.wulf"));
		assertTrue(view.addNodes(new AddNodesRequest("c[01-04]", "", "eth0", "10.2.0.250", "255.255.0.0", "10.3.0.1")));
		UiTests.settle(Display.getCurrent(), 100);
		assertEquals(4, view.getRows().total());
		view.sortBy(NodeColumn.NAME, true);
		assertEquals(List.of("10.2.0.250", "10.2.0.251", "10.2.0.252", "10.2.0.253"),
				view.getRows().shown().stream().map(NodeRow::ip).toList());
		assertEquals("10.3.0.4", view.getRows().get(3).ipmi());
		assertEquals("default", view.getRows().get(0).profiles(), "the default profile, as wulf node add");
		assertFalse(view.addNodes(new AddNodesRequest("c[04-05]", "", "", "", "", "")));
		assertTrue(view.getMessage().contains("c04 already exists"), view.getMessage());
		view.getDocument().undo();
		UiTests.settle(Display.getCurrent(), 100);
		assertEquals(0, view.getRows().total());
	}

	@Test
	void aMissingModelShowsTheWelcomePageUntilANewClusterIsCreated() throws Exception {
		NodeTableView view = (NodeTableView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(NodeTableView.ID);
		Path model = dir.resolve("fresh/cluster.wulf");
		view.open(model);
		assertTrue(view.isWelcomeShown());
		view.newCluster();
		assertFalse(view.isWelcomeShown());
		assertTrue(Files.exists(model));
		view.open(model);
		assertFalse(view.isWelcomeShown(), "an existing (even empty) model shows the table");
	}

	@Test
	void anUnreadableRangeFilterIsExplained() throws Exception {
		NodeTableView view = (NodeTableView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(NodeTableView.ID);
		view.open(writeCluster(dir.resolve("small.wulf")));
		view.applyFilter("n[05-01]");
		assertTrue(view.getMessage().startsWith("filter: "), view.getMessage());
		assertEquals(NODES, view.getViewer().getTable().getItemCount(), "a broken filter shows everything");
	}

	/** Waits (up to 15 s) until the debounced background validation shows problems that match. */
	private static void awaitProblems(org.wulf.ui.problems.ProblemsView problems, Display display,
			java.util.function.Predicate<List<org.wulf.core.validate.Problem>> wanted) {
		long end = System.currentTimeMillis() + 15_000;
		while (!wanted.test(problems.getProblems()) && System.currentTimeMillis() < end) {
			UiTests.settle(display, 50);
		}
		assertTrue(wanted.test(problems.getProblems()), "the problems did not change as expected ("
				+ problems.getProblems().size() + " problems after " + problems.validationCount() + " validations; errors: "
				+ problems.getProblems().stream().filter(org.wulf.core.validate.Problem::isError).limit(3).toList() + ")");
	}

	private static String image(NodeTableView view, String name) {
		for (NodeRow row : view.getRows().shown()) {
			if (row.name().equals(name)) {
				return row.image();
			}
		}
		view.applyFilter(name);
		return view.getRows().get(0).image();
	}

	private static Text findText(Table table) {
		for (org.eclipse.swt.widgets.Control child : table.getChildren()) {
			if (child instanceof Text text && text.isVisible()) {
				return text;
			}
		}
		throw new AssertionError("no cell editor open");
	}

	/** A profile "compute" gives image and netmask; each node has its own MAC and address. */
	static Path writeCluster(Path file) throws Exception {
		Cluster cluster = ModelFile.newCluster();
		cluster.setName("big");
		Profile compute = cluster.getProfiles().get(0);
		compute.setImage("compute");
		NetDev shared = F.createNetDev();
		shared.setName("default");
		shared.setNetmask("255.255.0.0");
		compute.getNetDevs().add(shared);
		for (int k = 1; k <= NODES; k++) {
			Node node = F.createNode();
			node.setName(String.format("n%05d", k));
			node.getProfiles().add(compute.getName());
			NetDev own = F.createNetDev();
			own.setName("default");
			own.setIpaddr("10.1." + (k / 250) + "." + (k % 250 + 1));
			own.setHwaddr(String.format("52:54:00:%02x:%02x:%02x", k >> 16 & 0xff, k >> 8 & 0xff, k & 0xff));
			node.getNetDevs().add(own);
			cluster.getNodes().add(node);
		}
		new ModelFile(file).save(cluster);
		return file;
	}
}
