package org.wulf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.warewulf.ImportReport;
import org.wulf.ui.internal.document.WarewulfImport;
import org.wulf.ui.nodes.NodeTableView;

/** File > Import Warewulf Configuration: one undoable change; a broken file changes nothing. */
class WarewulfImportTest {

	@TempDir
	Path dir;

	@Test
	void importsNodesAsOneUndoableChange() throws Exception {
		Path conf = Files.createDirectories(dir.resolve("warewulf"));
		Files.writeString(conf.resolve("nodes.conf"), """
				nodeprofiles:
				  default:
				    image name: rocky9
				nodes:
				  n01:
				    profiles: [default]
				    network devices:
				      default:
				        hwaddr: "52:54:00:00:00:01"
				        ipaddr: 10.0.0.11
				  n02:
				    profiles: [default]
				""");
		NodeTableView view = (NodeTableView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(NodeTableView.ID);
		view.open(dir.resolve("site.wulf"));

		ImportReport report = WarewulfImport.into(view.getDocument(), conf);
		UiTests.settle(Display.getCurrent(), 100);
		assertEquals(2, report.nodes());
		assertEquals(2, view.getRows().total());
		assertEquals("rocky9", view.getRows().get(0).image());
		assertTrue(view.isDirty());
		view.getDocument().undo();
		UiTests.settle(Display.getCurrent(), 100);
		assertEquals(0, view.getRows().total());

		Files.writeString(conf.resolve("nodes.conf"), "nodes:\n  n01: [unclosed\n");
		Exception broken = assertThrows(Exception.class, () -> WarewulfImport.into(view.getDocument(), conf));
		assertTrue(broken.getMessage().contains("nodes.conf"), broken.getMessage());
		UiTests.settle(Display.getCurrent(), 100);
		assertEquals(0, view.getRows().total(), "nothing half-imported");
	}
}
