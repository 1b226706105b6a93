package org.wulf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.image.ImageStore;
import org.wulf.model.Image;
import org.wulf.ui.explorer.ClusterExplorer;
import org.wulf.ui.internal.ClusterPerspective;
import org.wulf.ui.internal.images.ImageBuildJob;
import org.wulf.ui.nodes.NodeTableView;

/** Long work as Jobs (an image build with progress, shown in the Progress view, recorded undoably) and the About dialog. */
class JobsAndAboutTest {

	@TempDir
	Path dir;

	@Test
	void anImageBuildRunsAsAJobWithProgressAndIsRecordedUndoably() throws Exception {
		Path model = StudioEditingTest.writeLab(dir.resolve("lab.wulf"));
		Path rootfs = Files.createDirectories(dir.resolve("rootfs/etc"));
		byte[] block = new byte[64 * 1024];
		for (int i = 0; i < 40; i++) {
			Files.write(rootfs.resolve("file" + i), block);
		}
		Path storeRoot = dir.resolve("images");
		new ImageStore(storeRoot).importDirectory(dir.resolve("rootfs"), "rocky9", false);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = Display.getCurrent();
		NodeTableView table = (NodeTableView) page.showView(NodeTableView.ID);
		table.open(model);
		ClusterExplorer explorer = (ClusterExplorer) page.showView(ClusterExplorer.ID);
		UiTests.settle(display, 50);

		// the build reports its progress to the monitor
		AtomicInteger worked = new AtomicInteger();
		List<String> tasks = new ArrayList<>();
		new ImageBuildJob(display, table.getDocument(), new ImageStore(storeRoot), "rocky9").build(new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				tasks.add(name + "/" + totalWork);
			}

			@Override
			public void worked(int work) {
				worked.addAndGet(work);
			}
		});
		assertEquals(List.of("Archiving the root file system of rocky9/1000"), tasks);
		assertTrue(worked.get() >= 900 && worked.get() <= 1000, "progress reported: " + worked.get());

		// as a job from the explorer: the Progress view shows, the archive is recorded when done
		ImageBuildJob job = explorer.buildImage("rocky9", storeRoot);
		assertNotNull(page.findView(ClusterPerspective.PROGRESS_VIEW), "the Progress view is shown");
		Image image = table.getDocument().cluster().getImages().get(0);
		long end = System.currentTimeMillis() + 20_000;
		while ((job.getState() != Job.NONE || image.getArtifacts().isEmpty()) && System.currentTimeMillis() < end) {
			UiTests.settle(display, 50);
		}
		assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));
		assertEquals(1, image.getArtifacts().size());
		assertTrue(Files.size(Path.of(image.getArtifacts().get(0).getPath())) > 0);
		UiTests.screenshot("progress.png");
		table.getDocument().undo();
		assertTrue(image.getArtifacts().isEmpty(), "recording the build is undoable");
	}

	@Test
	void helpAboutNamesTheVersions() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		List<String> seen = new ArrayList<>();
		display.timerExec(300, new Runnable() {
			int tries;

			@Override
			public void run() {
				for (Shell open : display.getShells()) {
					if (open != shell && open.isVisible() && open.getText().equals("About Wulf Studio")) {
						collect(open, seen);
						UiTests.click(UiTests.find(open, org.eclipse.swt.widgets.Button.class, "OK"));
						return;
					}
				}
				if (tries++ < 50) {
					display.timerExec(100, this);
				}
			}
		});
		Menu help = null;
		for (MenuItem item : shell.getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals("Help")) {
				help = item.getMenu();
			}
		}
		assertNotNull(help, "a Help menu");
		UiTests.selectMenuItem(help, "About Wulf Studio");
		String about = String.join("\n", seen);
		assertTrue(about.contains("Wulf Studio 0.1.0"), about);
		for (String part : List.of("Java ", "SWT ", "Eclipse platform ", "EMF ")) {
			assertTrue(about.contains(part), part + " in " + about);
		}
	}

	private static void collect(org.eclipse.swt.widgets.Composite parent, List<String> texts) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				texts.add(label.getText());
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				collect(composite, texts);
			}
		}
	}
}
