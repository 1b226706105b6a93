package org.wulf.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.wulf.core.warewulf.ImportReport;
import org.wulf.ui.internal.document.ActiveDocument;
import org.wulf.ui.internal.document.WarewulfImport;
import org.wulf.ui.nodes.NodeTableView;

/** Wulf Studio's menus: File (open, import Warewulf, save, quit), Edit (undo, redo, copy), Help (about). */
final class StudioActionBarAdvisor extends ActionBarAdvisor {

	private final IWorkbenchWindow window;

	StudioActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
		this.window = configurer.getWindowConfigurer().getWindow();
	}

	@Override
	protected void makeActions(IWorkbenchWindow w) {
		register(ActionFactory.SAVE.create(w));
		register(ActionFactory.SAVE_AS.create(w));
		register(ActionFactory.PASTE.create(w));
		register(ActionFactory.QUIT.create(w));
		register(ActionFactory.UNDO.create(w));
		register(ActionFactory.REDO.create(w));
		register(ActionFactory.COPY.create(w));
		register(ActionFactory.PREFERENCES.create(w));
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", "file");
		file.add(new Action("&Open Cluster Model…") {
			@Override
			public void run() {
				FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.wulf", "*" });
				String chosen = dialog.open();
				if (chosen != null) {
					nodeTable().ifPresent(view -> view.open(Path.of(chosen)));
				}
			}
		});
		file.add(new Action("&Import Warewulf Configuration…") {
			@Override
			public void run() {
				DirectoryDialog dialog = new DirectoryDialog(window.getShell());
				dialog.setMessage("The directory with nodes.conf and warewulf.conf (usually /etc/warewulf)");
				dialog.setFilterPath("/etc/warewulf");
				String chosen = dialog.open();
				if (chosen != null && ActiveDocument.get() != null) {
					try {
						ImportReport report = WarewulfImport.into(ActiveDocument.get(), Path.of(chosen));
						MessageDialog.openInformation(window.getShell(), "Warewulf configuration imported",
								"Imported " + report.profiles() + " profiles and " + report.nodes() + " nodes"
										+ (report.replaced() > 0 ? " (" + report.replaced() + " replaced)" : "") + ".\n"
										+ String.join("\n", report.notes()) + "\n\nUndo reverts the import; Save writes the model.");
					} catch (Exception e) {
						MessageDialog.openError(window.getShell(), "Not imported", e.getMessage() + "\n\nThe model was not changed.");
					}
				}
			}
		});
		file.add(new Separator());
		file.add(getAction(ActionFactory.SAVE.getId()));
		file.add(getAction(ActionFactory.SAVE_AS.getId()));
		file.add(new Separator());
		file.add(getAction(ActionFactory.QUIT.getId()));
		MenuManager edit = new MenuManager("&Edit", "edit");
		edit.add(getAction(ActionFactory.UNDO.getId()));
		edit.add(getAction(ActionFactory.REDO.getId()));
		edit.add(new Separator());
		edit.add(getAction(ActionFactory.COPY.getId()));
		edit.add(getAction(ActionFactory.PASTE.getId()));
		MenuManager windowMenu = new MenuManager("&Window", "window");
		windowMenu.add(new Action("&Progress") {
			@Override
			public void run() {
				try {
					window.getActivePage().showView(ClusterPerspective.PROGRESS_VIEW);
				} catch (PartInitException e) {
					MessageDialog.openError(window.getShell(), "Cannot show the Progress view", e.getMessage());
				}
			}
		});
		windowMenu.add(getAction(ActionFactory.PREFERENCES.getId()));
		MenuManager help = new MenuManager("&Help", "help");
		help.add(new Action("&About Wulf Studio") {
			@Override
			public void run() {
				MessageDialog.openInformation(window.getShell(), "About Wulf Studio", aboutText());
			}
		});
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	/** The versions a bug report needs. */
	static String aboutText() {
		return "Wulf Studio " + Platform.getBundle("org.wulf.ui").getVersion() + "\n"
				+ "Cluster provisioning workbench: the cluster model, node tables, and the embedded DHCP, TFTP and HTTP engine.\n\n"
				+ "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
				+ "SWT " + org.eclipse.swt.SWT.getVersion() + " on " + org.eclipse.swt.SWT.getPlatform() + "\n"
				+ "Eclipse platform " + Platform.getBundle("org.eclipse.ui.workbench").getVersion() + "\n"
				+ "EMF " + Platform.getBundle("org.eclipse.emf.ecore").getVersion() + "\n"
				+ "OS " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
	}

	private java.util.Optional<NodeTableView> nodeTable() {
		try {
			return java.util.Optional.of((NodeTableView) window.getActivePage().showView(NodeTableView.ID));
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), "Cannot show the node table", e.getMessage());
			return java.util.Optional.empty();
		}
	}
}
