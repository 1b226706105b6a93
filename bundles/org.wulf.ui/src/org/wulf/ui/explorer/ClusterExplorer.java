package org.wulf.ui.explorer;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.wulf.core.store.ModelFile;
import org.wulf.core.store.ModelFileException;
import org.wulf.model.Cluster;
import org.wulf.ui.internal.Messages;
import org.wulf.ui.internal.StudioArguments;
import org.wulf.ui.internal.WindowTitle;
import org.wulf.ui.internal.document.ActiveDocument;
import org.wulf.ui.internal.document.ClusterDocument;
import org.wulf.ui.internal.explorer.ExplorerContentProvider;
import org.wulf.ui.internal.explorer.ExplorerInput;
import org.wulf.ui.internal.explorer.ExplorerLabelProvider;
import org.wulf.ui.internal.explorer.StudioItemProviderAdapterFactory;

/**
 * The Cluster Explorer: the cluster model as a tree (cluster, then the Profiles, Nodes, Images and
 * Overlays folders, then their objects), labelled by the EMF item providers. It opens the model file
 * named by {@code --model}, else {@link ModelFile#defaultPath()}. A model that cannot be read is not
 * a crash: the view shows the message with the file, line and column instead of the tree.
 */
public class ClusterExplorer extends ViewPart {

	public static final String ID = "org.wulf.ui.explorer"; //$NON-NLS-1$

	/** Above this many nodes the explorer opens with the folders closed, so a big cluster opens fast. */
	private static final int EXPAND_LIMIT = 500;

	private ComposedAdapterFactory adapterFactory;
	private StackLayout pages;
	private TreeViewer viewer;
	private Composite errorPage;
	private Text errorText;
	private Path modelPath;
	private Cluster cluster;
	private String loadError;
	private String statusMessage;
	private String statusError;
	private ClusterDocument followed;
	private final ClusterDocument.Listener onEdit = d -> viewer.getControl().getDisplay().asyncExec(() -> {
		if (!viewer.getControl().isDisposed() && followed == d) {
			if (d.cluster() != cluster) { // reloaded from disk: another model object
				show(d.cluster());
			} else {
				viewer.refresh();
			}
		}
	});
	private final Consumer<ClusterDocument> onOpen = this::follow;

	@Override
	public void createPartControl(Composite parent) {
		adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] {
				new StudioItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
		Composite stack = new Composite(parent, SWT.NONE);
		pages = new StackLayout();
		stack.setLayout(pages);
		viewer = new TreeViewer(stack, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ExplorerContentProvider(adapterFactory));
		viewer.setLabelProvider(new ExplorerLabelProvider(adapterFactory));
		errorPage = new Composite(stack, SWT.NONE);
		FillLayout margins = new FillLayout();
		margins.marginWidth = 8;
		margins.marginHeight = 8;
		errorPage.setLayout(margins);
		errorText = new Text(errorPage, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		pages.topControl = viewer.getControl();
		getSite().setSelectionProvider(viewer);
		setModel(StudioArguments.ofRunningApplication().model());
		ActiveDocument.addListener(onOpen);
		createEditing();
		// the window's status line gets its control after the parts are created, and a message set
		// before that is dropped: say it again once the window is up
		parent.getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				updateStatusLine();
			}
		});
	}

	/**
	 * Opens the model file {@code path} in the explorer (and names it in the window title). A file
	 * that does not exist shows a new cluster, as the CLI would create it on the first change.
	 */
	public void setModel(Path path) {
		if (followed != null) { // a file of its own: edits are only made on the shared document
			followed.removeListener(onEdit);
			followed = null;
		}
		modelPath = path.toAbsolutePath().normalize();
		BusyIndicator.showWhile(viewer.getControl().getDisplay(), this::load);
		WindowTitle.show(getSite().getWorkbenchWindow(), modelPath);
	}

	private void load() {
		try {
			show(new ModelFile(modelPath).load());
		} catch (ModelFileException e) {
			showError(e.getMessage());
		} catch (RuntimeException e) {
			// EMF can fail in ways ModelFile does not foresee; the user still gets the file and the reason
			String message = NLS.bind(Messages.Explorer_unexpectedLoadError, modelPath, e);
			ILog.of(getClass()).error(message, e);
			showError(message);
		}
	}

	private void show(Cluster loaded) {
		cluster = loaded;
		loadError = null;
		viewer.setInput(new ExplorerInput(loaded));
		// levels counted from the input: 2 shows the folders, 3 also the objects in them
		viewer.expandToLevel(loaded.getNodes().size() > EXPAND_LIMIT ? 2 : 3);
		showPage(viewer.getControl());
		statusError = null;
		statusMessage = NLS.bind(Messages.Explorer_summary, new Object[] { loaded.getProfiles().size(),
				loaded.getNodes().size(), loaded.getImages().size(), loaded.getOverlays().size(), modelPath });
		updateStatusLine();
	}

	private void showError(String message) {
		cluster = null;
		loadError = message;
		viewer.setInput(null);
		errorText.setText(NLS.bind(Messages.Explorer_loadFailed, message));
		showPage(errorPage);
		statusMessage = null;
		statusError = NLS.bind(Messages.Explorer_loadFailedStatus, modelPath);
		updateStatusLine();
	}

	private void showPage(Control page) {
		pages.topControl = page;
		page.getParent().layout();
	}

	private void updateStatusLine() {
		IStatusLineManager status = getViewSite().getActionBars().getStatusLineManager();
		status.setMessage(statusMessage);
		status.setErrorMessage(statusError);
	}

	/** @return the tree: the loaded cluster is its single root item; it is empty after a failed load */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** @return the model file shown (or that failed to load) */
	public Path getModelPath() {
		return modelPath;
	}

	/** Context menu (new, rename, duplicate, delete), grouping of the nodes, and dragging nodes onto a profile; only on the shared document. */
	private void createEditing() {
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.addDoubleClickListener(e -> {
			if (e.getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection s
					&& s.getFirstElement() instanceof org.eclipse.emf.ecore.EObject object && followed != null) {
				org.wulf.ui.internal.editors.ModelObjectEditors.open(getSite().getPage(), followed, object);
			}
		});
		org.eclipse.jface.action.IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
		for (org.wulf.ui.internal.explorer.NodeGrouping grouping : org.wulf.ui.internal.explorer.NodeGrouping.values()) {
			org.eclipse.jface.action.Action choice = new org.eclipse.jface.action.Action(grouping.label(),
					org.eclipse.jface.action.IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						setGrouping(grouping);
					}
				}
			};
			choice.setId("grouping." + grouping.name());
			choice.setChecked(grouping == org.wulf.ui.internal.explorer.NodeGrouping.FLAT);
			viewMenu.add(choice);
		}
		org.eclipse.swt.dnd.Transfer[] local = { org.eclipse.jface.util.LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(org.eclipse.swt.dnd.DND.DROP_LINK | org.eclipse.swt.dnd.DND.DROP_COPY, local,
				new org.eclipse.swt.dnd.DragSourceAdapter() {
					@Override
					public void dragStart(org.eclipse.swt.dnd.DragSourceEvent event) {
						org.eclipse.jface.util.LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
						event.doit = followed != null && !selectedNodes().isEmpty();
					}
				});
		viewer.addDropSupport(org.eclipse.swt.dnd.DND.DROP_LINK | org.eclipse.swt.dnd.DND.DROP_COPY, local,
				new org.eclipse.jface.viewers.ViewerDropAdapter(viewer) {
					@Override
					public boolean validateDrop(Object target, int operation, org.eclipse.swt.dnd.TransferData type) {
						return target instanceof org.wulf.model.Profile && followed != null;
					}

					@Override
					public boolean performDrop(Object data) {
						return dropNodes(selectedNodes(), (org.wulf.model.Profile) getCurrentTarget());
					}
				});
	}

	private void fillContextMenu(org.eclipse.jface.action.IMenuManager m) {
		if (followed == null) {
			return;
		}
		Cluster shown = followed.cluster();
		java.util.List<org.eclipse.emf.ecore.EObject> selected = selectedObjects();
		m.add(action("New Profile…", () -> create(shown, org.wulf.model.WulfPackage.Literals.CLUSTER__PROFILES, "profile")));
		m.add(action("New Node…", () -> create(shown, org.wulf.model.WulfPackage.Literals.CLUSTER__NODES, "node")));
		m.add(action("New Image…", () -> create(shown, org.wulf.model.WulfPackage.Literals.CLUSTER__IMAGES, "image")));
		m.add(action("New Overlay…", () -> create(shown, org.wulf.model.WulfPackage.Literals.CLUSTER__OVERLAYS, "overlay")));
		if (selected.isEmpty()) {
			return;
		}
		m.add(new org.eclipse.jface.action.Separator());
		if (selected.size() == 1) {
			org.eclipse.emf.ecore.EObject target = selected.get(0);
			m.add(action("Open", () -> org.wulf.ui.internal.editors.ModelObjectEditors.open(getSite().getPage(), followed, target)));
			m.add(action("Rename…", () -> {
				String name = (String) target.eGet(target.eClass().getEStructuralFeature("name"));
				org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(
						viewer.getControl().getShell(), "Rename", "New name:", name, null);
				if (ask.open() == org.eclipse.jface.window.Window.OK) {
					run(() -> org.wulf.ui.internal.explorer.ExplorerEdits.rename(followed.domain(), target, ask.getValue()));
				}
			}));
			if (target instanceof org.wulf.model.Image image) {
				m.add(action("Build Image", () -> buildImage(image.getName(), org.wulf.image.ImageStore.defaultRoot())));
			}
			m.add(action("Duplicate", () -> run(
					() -> org.wulf.ui.internal.explorer.ExplorerEdits.duplicate(followed.domain(), target))));
		}
		m.add(action("Delete", () -> run(() -> org.wulf.ui.internal.explorer.ExplorerEdits.delete(followed.domain(), selected))));
	}

	private void create(Cluster shown, org.eclipse.emf.ecore.EReference folder, String kind) {
		org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(viewer.getControl().getShell(),
				"New " + kind, "Name of the new " + kind + ":", "", null);
		if (ask.open() != org.eclipse.jface.window.Window.OK) {
			return;
		}
		org.eclipse.emf.common.command.Command[] made = new org.eclipse.emf.common.command.Command[1];
		if (run(() -> made[0] = org.wulf.ui.internal.explorer.ExplorerEdits.create(followed.domain(), shown, folder, ask.getValue()))) {
			viewer.refresh();
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(made[0].getAffectedObjects().toArray()), true);
		}
	}

	/**
	 * Builds an image of the store at {@code storeRoot} as a background job (progress in the status
	 * line and the Progress view, which is shown); the archive is recorded in the model when done.
	 */
	public org.wulf.ui.internal.images.ImageBuildJob buildImage(String image, java.nio.file.Path storeRoot) {
		org.wulf.ui.internal.images.ImageBuildJob job = new org.wulf.ui.internal.images.ImageBuildJob(
				viewer.getControl().getDisplay(), followed, new org.wulf.image.ImageStore(storeRoot), image);
		try {
			getSite().getPage().showView(org.wulf.ui.internal.ClusterPerspective.PROGRESS_VIEW, null,
					org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
		} catch (org.eclipse.ui.PartInitException e) {
			ILog.of(getClass()).warn("the Progress view cannot be shown: " + e.getMessage());
		}
		job.schedule();
		return job;
	}

	/** Shows the nodes flat, or grouped by profile list or by name range, as the view menu's choice does. */
	public void setGrouping(org.wulf.ui.internal.explorer.NodeGrouping grouping) {
		((ExplorerContentProvider) viewer.getContentProvider()).setGrouping(grouping);
		for (org.eclipse.jface.action.IContributionItem item : getViewSite().getActionBars().getMenuManager().getItems()) {
			if (item instanceof org.eclipse.jface.action.ActionContributionItem a && a.getId() != null && a.getId().startsWith("grouping.")) {
				a.getAction().setChecked(a.getId().equals("grouping." + grouping.name()));
			}
		}
		viewer.refresh();
		viewer.expandToLevel(3);
	}

	public org.wulf.ui.internal.explorer.NodeGrouping getGrouping() {
		return ((ExplorerContentProvider) viewer.getContentProvider()).grouping();
	}

	/** What a drop of nodes on a profile does: adds the profile to them, as one undoable command. */
	public boolean dropNodes(java.util.List<org.wulf.model.Node> nodes, org.wulf.model.Profile profile) {
		org.eclipse.emf.common.command.Command command = org.wulf.ui.internal.explorer.ExplorerEdits.addProfile(
				followed.domain(), nodes, profile);
		return command != null && followed.execute(command);
	}

	/** Runs an explorer edit on the shared document; a refused edit is explained in the status line. */
	public boolean run(java.util.function.Supplier<org.eclipse.emf.common.command.Command> edit) {
		try {
			return followed != null && followed.execute(edit.get());
		} catch (IllegalArgumentException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** The selected profiles, nodes, images and overlays (the objects the explorer's edits act on). */
	private java.util.List<org.eclipse.emf.ecore.EObject> selectedObjects() {
		java.util.List<org.eclipse.emf.ecore.EObject> selected = new java.util.ArrayList<>();
		for (Object element : viewer.getStructuredSelection().toList()) {
			if (element instanceof org.eclipse.emf.ecore.EObject object && object.eContainer() instanceof Cluster) {
				selected.add(object);
			}
		}
		return selected;
	}

	/** The selected nodes, and the nodes of selected groups (a group drags all its nodes). */
	private java.util.List<org.wulf.model.Node> selectedNodes() {
		java.util.Set<org.wulf.model.Node> nodes = new java.util.LinkedHashSet<>();
		for (Object element : viewer.getStructuredSelection().toList()) {
			if (element instanceof org.wulf.model.Node node) {
				nodes.add(node);
			} else if (element instanceof org.wulf.ui.internal.explorer.NodeGroup group) {
				nodes.addAll(group.nodes());
			}
		}
		return java.util.List.copyOf(nodes);
	}

	private static org.eclipse.jface.action.Action action(String text, Runnable run) {
		return new org.eclipse.jface.action.Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** @return the shared document the explorer follows, or null while it shows a file of its own */
	public ClusterDocument getFollowedDocument() {
		return followed;
	}

	/**
	 * Shows the document the workbench edits (the node table's) and refreshes on each of its edits,
	 * so the tree and the table show the same model.
	 */
	public void follow(ClusterDocument document) {
		if (viewer.getControl().isDisposed() || document == null) {
			return;
		}
		if (followed != null) {
			followed.removeListener(onEdit);
		}
		followed = document;
		document.addListener(onEdit);
		modelPath = document.path();
		show(document.cluster());
		WindowTitle.show(getSite().getWorkbenchWindow(), modelPath);
	}

	/** @return the loaded cluster, or null when the model could not be read */
	public Cluster getCluster() {
		return cluster;
	}

	/** @return why the model could not be read ({@code file:line:column: reason}), or null after a good load */
	public String getLoadError() {
		return loadError;
	}

	@Override
	public void setFocus() {
		pages.topControl.setFocus();
	}

	@Override
	public void dispose() {
		ActiveDocument.removeListener(onOpen);
		if (followed != null) {
			followed.removeListener(onEdit);
		}
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
		super.dispose();
	}
}
