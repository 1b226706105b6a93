package org.wulf.ui.nodes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.wulf.core.resolve.Provenance;
import org.wulf.core.store.ModelFileException;
import org.wulf.ui.internal.StudioArguments;
import org.wulf.ui.internal.document.ClusterDocument;
import org.wulf.ui.internal.nodes.AddNodesDialog;
import org.wulf.ui.internal.nodes.AddNodesRequest;
import org.wulf.ui.internal.nodes.NodeColumn;
import org.wulf.ui.internal.nodes.NodeCsv;
import org.wulf.ui.internal.nodes.NodeEdits;
import org.wulf.ui.internal.nodes.NodeRow;
import org.wulf.ui.internal.nodes.NodeRows;

/**
 * The node table: every node of the cluster in a virtual table that stays quick at 10,000 nodes,
 * with sorting, a filter (text or node range), in-place and bulk editing through the EMF command
 * stack (undo/redo), and Save. Grey cells come from a profile; the tooltip names it.
 */
public class NodeTableView extends ViewPart implements ISaveablePart {

	public static final String ID = "org.wulf.ui.nodes"; //$NON-NLS-1$

	private final NodeRows rows = new NodeRows();
	/** Rows resolved per idle step: some milliseconds of work, so typing and scrolling stay smooth. */
	private static final int RESOLVE_STEP = 200;
	private boolean resolvingAhead;
	private ClusterDocument document;
	private TableViewer viewer;
	private Text filter;
	private Label message;
	private Action undo;
	private Action redo;
	private Action save;
	private final ClusterDocument.Listener onChange = d -> refreshAfterChange();
	private org.eclipse.swt.custom.StackLayout pages;
	private Composite welcome;
	private Composite tablePage;
	private Label welcomeText;
	private org.wulf.ui.internal.document.ExternalChangeBar changeBar;

	@Override
	public void createPartControl(Composite parent) {
		Composite stack = new Composite(parent, SWT.NONE);
		pages = new org.eclipse.swt.custom.StackLayout();
		stack.setLayout(pages);
		welcome = createWelcome(stack);
		Composite body = new Composite(stack, SWT.NONE);
		tablePage = body;
		pages.topControl = body;
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 4;
		layout.marginHeight = 4;
		body.setLayout(layout);
		changeBar = new org.wulf.ui.internal.document.ExternalChangeBar(body, 2);
		org.wulf.ui.internal.document.ExternalChange.start(parent.getDisplay());
		new Label(body, SWT.NONE).setText("Filter:");
		filter = new Text(body, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage("text in any column, or a node range such as n[0100-0199]");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addModifyListener(e -> applyFilter(filter.getText()));
		message = new Label(body, SWT.NONE);
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		viewer = new TableViewer(body, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < rows.size()) {
					viewer.replace(rows.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// the rows are this view's own
			}
		});
		for (NodeColumn column : NodeColumn.values()) {
			addColumn(column);
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
				return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.TRAVERSAL;
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		getSite().setSelectionProvider(viewer);
		createActions();
		Path model = StudioArguments.ofRunningApplication().model();
		String preferred = org.wulf.ui.internal.preferences.StudioPreferences.store()
				.getString(org.wulf.ui.internal.preferences.StudioPreferences.MODEL);
		if (!preferred.isBlank() && model.equals(org.wulf.core.store.ModelFile.defaultPath())) {
			model = Path.of(preferred); // no --model and no $WULF_MODEL: the preference names the model
		}
		open(model);
	}

	/** The empty state: no model file yet. */
	private Composite createWelcome(Composite stack) {
		Composite page = new Composite(stack, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 24;
		layout.marginHeight = 24;
		layout.verticalSpacing = 10;
		page.setLayout(layout);
		Label title = new Label(page, SWT.NONE);
		title.setText("Welcome to Wulf Studio");
		title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		welcomeText = new Label(page, SWT.WRAP);
		welcomeText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button(page, "New cluster", "An empty cluster model, saved at the path above", this::newCluster);
		button(page, "Open…", "An existing Wulf cluster model (.wulf)", () -> {
			org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(page.getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.wulf", "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				open(Path.of(chosen));
			}
		});
		button(page, "Import Warewulf configuration…", "nodes.conf and warewulf.conf of an existing site, e.g. /etc/warewulf",
				() -> {
					org.eclipse.swt.widgets.DirectoryDialog dialog = new org.eclipse.swt.widgets.DirectoryDialog(page.getShell());
					dialog.setFilterPath("/etc/warewulf");
					String chosen = dialog.open();
					if (chosen != null) {
						importWarewulf(Path.of(chosen));
					}
				});
		return page;
	}

	private static void button(Composite page, String text, String tip, Runnable action) {
		org.eclipse.swt.widgets.Button button = new org.eclipse.swt.widgets.Button(page, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		GridData data = new GridData();
		data.widthHint = 280;
		button.setLayoutData(data);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Creates the model file (an empty cluster) and shows the table. */
	public void newCluster() {
		try {
			document.save();
			showPage(false);
		} catch (ModelFileException e) {
			welcomeText.setText("Cannot create " + document.path() + ": " + e.getMessage());
		}
	}

	/** Imports a Warewulf configuration into the (new) model; the result is unsaved until Save. */
	public void importWarewulf(Path confDir) {
		try {
			org.wulf.ui.internal.document.WarewulfImport.into(document, confDir);
			showPage(false);
		} catch (Exception e) {
			welcomeText.setText("Not imported: " + e.getMessage() + "\nThe model was not changed.");
		}
	}

	/** @return whether the welcome page is shown instead of the table */
	public boolean isWelcomeShown() {
		return pages.topControl == welcome;
	}

	private void showPage(boolean showWelcome) {
		pages.topControl = showWelcome ? welcome : tablePage;
		tablePage.getParent().layout();
	}

	private void addColumn(NodeColumn column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.title());
		tableColumn.setWidth(column.width());
		tableColumn.setMoveable(true);
		tableColumn.addListener(SWT.Selection, e -> {
			boolean up = rows.sortColumn() != column || !rows.ascending();
			sortBy(column, up);
		});
		Color inherited = viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		Color overriding = viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return column.value((NodeRow) element);
			}

			@Override
			public Color getForeground(Object element) {
				Provenance source = ((NodeRow) element).provenance(column);
				if (source.superseded()) {
					return overriding;
				}
				return !source.nodeLocal() && !source.sources().isEmpty() ? inherited : null;
			}

			@Override
			public String getToolTipText(Object element) {
				Provenance source = ((NodeRow) element).provenance(column);
				return provenanceText(column, source);
			}
		});
		if (NodeEdits.editable(column)) {
			viewerColumn.setEditingSupport(new EditingSupport(viewer) {
				private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

				@Override
				protected CellEditor getCellEditor(Object element) {
					return editor;
				}

				@Override
				protected boolean canEdit(Object element) {
					return document != null;
				}

				@Override
				protected Object getValue(Object element) {
					return column.value((NodeRow) element);
				}

				@Override
				protected void setValue(Object element, Object value) {
					if (!String.valueOf(value).equals(column.value((NodeRow) element))) {
						edit(List.of((NodeRow) element), column, String.valueOf(value));
					}
				}
			});
		}
	}

	private void createActions() {
		undo = new Action("Undo") {
			@Override
			public void run() {
				document.undo();
			}
		};
		redo = new Action("Redo") {
			@Override
			public void run() {
				document.redo();
			}
		};
		save = new Action("Save") {
			@Override
			public void run() {
				doSave(null);
			}
		};
		Action bulk = new Action("Set…") {
			@Override
			public void run() {
				bulkEdit();
			}
		};
		bulk.setToolTipText("Set the image, profiles, IP or MAC of the selected nodes");
		Action add = new Action("Add nodes…") {
			@Override
			public void run() {
				AddNodesDialog dialog = new AddNodesDialog(getSite().getShell());
				if (dialog.open() == AddNodesDialog.OK) {
					addNodes(dialog.request());
				}
			}
		};
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(add);
		toolbar.add(bulk);
		toolbar.add(undo);
		toolbar.add(redo);
		toolbar.add(save);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.SAVE.getId(), save);
		Action copy = new Action("Copy") {
			@Override
			public void run() {
				copySelection();
			}
		};
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		Action paste = new Action("Paste") {
			@Override
			public void run() {
				pasteFromClipboard();
			}
		};
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		Action saveAs = new Action("Save As…") {
			@Override
			public void run() {
				doSaveAs();
			}
		};
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.SAVE_AS.getId(), saveAs);
		viewer.getTable().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == 'c' && (e.stateMask & SWT.MOD1) != 0) {
				copySelection();
			} else if (e.keyCode == 'v' && (e.stateMask & SWT.MOD1) != 0) {
				pasteFromClipboard();
			}
		});
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.add(copy);
		menu.add(new Action("Copy as YAML") {
			@Override
			public void run() {
				copySelectionAsYaml();
			}
		});
		menu.add(paste);
		menu.add(new org.eclipse.jface.action.Separator());
		menu.add(new Action("Open in Form Editor") {
			@Override
			public void run() {
				openEditor();
			}
		});
		menu.add(bulk);
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		viewer.getTable().addListener(SWT.MouseDoubleClick, e -> {
			org.eclipse.jface.viewers.ViewerCell cell = viewer.getCell(new org.eclipse.swt.graphics.Point(e.x, e.y));
			if (cell != null && !NodeEdits.editable(NodeColumn.values()[cell.getColumnIndex()])) {
				openEditor(); // the name (and other read-only cells) open the node's form; editable cells edit in place
			}
		});
		updateActions();
	}

	/** Opens a model file in the table (a missing file is a new, empty cluster). */
	public void open(Path path) {
		if (document != null) {
			document.removeListener(onChange);
		}
		try {
			document = ClusterDocument.open(path);
			document.addListener(onChange);
			filter.setText(""); // another model: an old filter would hide its nodes
			rows.filter("");
			rows.rebuild(document.cluster());
			show(null);
			boolean missing = !java.nio.file.Files.exists(document.path());
			welcomeText.setText(missing ? "There is no cluster model at " + document.path()
					+ " yet. Start a new cluster there, open another model, or import an existing Warewulf site." : "");
			showPage(missing);
			org.wulf.ui.internal.document.ActiveDocument.set(document);
			resolveWhileIdle();
		} catch (ModelFileException e) {
			document = null;
			rows.rebuild(org.wulf.core.store.ModelFile.newCluster());
			show(e.getMessage());
		}
		updateActions();
	}

	/** Shows the engine's boot stage of each node in the Status column. */
	public void showStages(java.util.Map<String, String> byNode) {
		rows.stages(byNode);
		viewer.getTable().clearAll();
	}

	/** Shows a node by name: clears the filter, selects its row and scrolls to it. */
	public void reveal(String nodeName) {
		filter.setText("");
		applyFilter("");
		for (int index = 0; index < rows.size(); index++) {
			if (rows.get(index).name().equals(nodeName)) {
				viewer.getTable().setSelection(index);
				viewer.getTable().showSelection();
				return;
			}
		}
	}

	/** Sets a value on nodes as one undoable command; a refused value is explained, nothing changes. */
	public boolean edit(List<NodeRow> targets, NodeColumn column, String value) {
		try {
			Command command = NodeEdits.set(document.domain(), targets, column, value);
			if (!document.execute(command)) {
				show(column.title() + ": the change cannot be made");
				return false;
			}
			return true;
		} catch (NodeEdits.RefusedEdit e) {
			show(column.title() + ": " + e.getMessage() + " — not changed");
			return false;
		}
	}

	/** Adds the nodes of a request as one undoable command; a problem is explained, nothing changes. */
	public boolean addNodes(AddNodesRequest request) {
		try {
			return document.execute(request.command(document.domain(), document.cluster()));
		} catch (IllegalArgumentException e) {
			show("not added: " + e.getMessage());
			return false;
		}
	}

	private void bulkEdit() {
		List<NodeRow> selected = selectedRows();
		if (selected.isEmpty()) {
			show("select the nodes to change first");
			return;
		}
		InputDialog ask = new InputDialog(getSite().getShell(), "Set for " + selected.size() + " nodes",
				"COLUMN=VALUE, COLUMN one of image, profiles, ip, mac (empty value: inherit again)", "image=", null);
		if (ask.open() != InputDialog.OK) {
			return;
		}
		String[] pair = ask.getValue().split("=", 2);
		NodeColumn column = switch (pair[0].strip().toLowerCase()) {
		case "image" -> NodeColumn.IMAGE;
		case "profiles" -> NodeColumn.PROFILES;
		case "ip" -> NodeColumn.IP;
		case "mac" -> NodeColumn.MAC;
		default -> null;
		};
		if (column == null || pair.length < 2) {
			show("'" + ask.getValue() + "': write COLUMN=VALUE with image, profiles, ip or mac");
			return;
		}
		edit(selected, column, pair[1]);
	}

	/** Where a cell's value comes from, for its tooltip: the node, which profile(s), and whether the node overrides one. */
	static String provenanceText(NodeColumn column, Provenance source) {
		if (source.isUnset()) {
			return null;
		}
		if (source.superseded()) {
			List<String> profiles = source.sources().stream().filter(s -> !s.equals("node")).toList();
			return column.title() + ": set on this node, overriding " + (profiles.isEmpty() ? "a profile" : "profile " + String.join(", ", profiles));
		}
		if (source.nodeLocal()) {
			return column.title() + ": set on this node";
		}
		return column.title() + ": from profile " + String.join(", ", source.sources());
	}

	/** Opens the first selected node in the node form editor. */
	public org.eclipse.ui.IEditorPart openEditor() {
		List<NodeRow> selected = selectedRows();
		if (selected.isEmpty() || document == null) {
			return null;
		}
		return org.wulf.ui.internal.editors.ModelObjectEditors.open(getSite().getPage(), document, selected.get(0).node());
	}

	/** Puts the selected rows on the clipboard as YAML (a list of maps keyed name, profiles, image, ip, mac, ipmi, tags). */
	public String copySelectionAsYaml() {
		String yaml = org.wulf.ui.internal.nodes.NodeClipboardText.toYaml(selectedRows());
		toClipboard(yaml);
		show("copied " + selectedRows().size() + " rows as YAML");
		return yaml;
	}

	/** Pastes CSV or YAML rows from the clipboard (see {@link #paste(String)}). */
	public boolean pasteFromClipboard() {
		org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(viewer.getTable().getDisplay());
		try {
			Object text = clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
			return paste(text == null ? "" : text.toString());
		} finally {
			clipboard.dispose();
		}
	}

	/**
	 * Creates or updates the nodes of CSV or YAML rows as one undoable command; bad text changes
	 * nothing and the message names the row and column.
	 */
	public boolean paste(String text) {
		if (document == null) {
			return false;
		}
		try {
			org.wulf.ui.internal.nodes.NodePaste.Plan plan = org.wulf.ui.internal.nodes.NodePaste.plan(document.cluster(),
					org.wulf.ui.internal.nodes.NodeClipboardText.parse(text));
			if (!document.execute(plan.command())) {
				show("paste: the change cannot be made");
				return false;
			}
			show("pasted: " + plan.added() + " nodes added, " + plan.updated() + " updated");
			return true;
		} catch (org.wulf.ui.internal.nodes.NodeClipboardText.PasteException e) {
			show("not pasted: " + e.getMessage() + " — nothing changed");
			return false;
		}
	}

	private void toClipboard(String text) {
		org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(viewer.getTable().getDisplay());
		try {
			clipboard.setContents(new Object[] { text },
					new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** Puts the selected rows on the clipboard as CSV (a header line, then one line per node). */
	public String copySelection() {
		String csv = NodeCsv.of(selectedRows());
		toClipboard(csv);
		show("copied " + selectedRows().size() + " rows as CSV");
		return csv;
	}

	/** The selected rows, by index: a virtual table has no items for rows never shown. */
	public List<NodeRow> selectedRows() {
		List<NodeRow> selected = new ArrayList<>();
		for (int index : viewer.getTable().getSelectionIndices()) {
			if (index < rows.size()) {
				selected.add(rows.get(index));
			}
		}
		return selected;
	}

	/** Sorts by a column, as a click on its header does. */
	public void sortBy(NodeColumn column, boolean ascending) {
		rows.sort(column, ascending);
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(column.ordinal()));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		refreshTable();
	}

	/** Filters as typing in the filter box does. */
	public void applyFilter(String text) {
		try {
			rows.filter(text);
			show(null);
		} catch (IllegalArgumentException e) {
			rows.filter("");
			show("filter: " + e.getMessage());
		}
		refreshTable();
	}

	private void refreshAfterChange() {
		viewer.getTable().getDisplay().asyncExec(() -> {
			if (viewer.getTable().isDisposed()) {
				return;
			}
			rows.rebuild(document.cluster());
			resolveWhileIdle();
			if (isWelcomeShown() && (document.isDirty() || rows.total() > 0)) {
				showPage(false); // something was added or imported: show it
			}
			refreshTable();
			updateActions();
			firePropertyChange(PROP_DIRTY);
		});
	}

	/**
	 * Resolves the rows not painted yet in small steps between UI events, so that opening shows the
	 * table at once and a sort or filter afterwards finds the rows ready.
	 */
	private void resolveWhileIdle() {
		if (resolvingAhead) {
			return; // the running chain picks up the new rows (rebuild restarts its cursor)
		}
		resolvingAhead = true;
		org.eclipse.swt.widgets.Display display = viewer.getTable().getDisplay();
		Runnable step = new Runnable() {
			@Override
			public void run() {
				if (viewer.getTable().isDisposed() || !rows.resolveAhead(RESOLVE_STEP)) {
					resolvingAhead = false;
					return;
				}
				display.asyncExec(this);
			}
		};
		display.asyncExec(step);
	}

	private void refreshTable() {
		viewer.getTable().clearAll();
		viewer.setItemCount(rows.size());
		viewer.refresh();
		if (message.getText().isEmpty() || message.getText().startsWith("showing")) {
			message.setText(summary());
		}
	}

	private String summary() {
		return "showing " + rows.size() + " of " + rows.total() + " nodes" + (document == null ? "" : " — " + document.path())
				+ (isDirty() ? " (unsaved changes)" : "");
	}

	private void show(String problem) {
		message.setText(problem == null ? summary() : problem);
		message.setForeground(problem == null ? null : message.getDisplay().getSystemColor(SWT.COLOR_RED));
		if (problem == null) {
			refreshTable();
		}
	}

	private void updateActions() {
		undo.setEnabled(document != null && document.canUndo());
		redo.setEnabled(document != null && document.canRedo());
		save.setEnabled(isDirty());
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			document.save();
			show(null);
		} catch (org.wulf.core.store.ModelChangedOnDiskException e) {
			// never written over: the info bar above the table offers Reload or Keep mine
			org.wulf.ui.internal.document.ExternalChange.check();
			show("not saved: " + document.path() + " was changed by another program — choose Reload or Keep mine above");
		} catch (ModelFileException e) {
			show("not saved: " + e.getMessage());
		}
	}

	/** @return the bar that offers Reload or Keep mine after an external change */
	public org.wulf.ui.internal.document.ExternalChangeBar getChangeBar() {
		return changeBar;
	}

	/** Re-reads the file, dropping unsaved edits. */
	public void reload() {
		try {
			document.reload();
		} catch (ModelFileException e) {
			show("cannot reload: " + e.getMessage());
		}
	}

	@Override
	public void doSaveAs() {
		if (document != null && org.wulf.ui.internal.document.DocumentSaving.saveAs(getSite().getShell(), document)) {
			show(null);
		}
	}

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return document != null;
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		return isDirty();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
		org.wulf.ui.internal.document.ExternalChange.check();
	}

	public ClusterDocument getDocument() {
		return document;
	}

	public NodeRows getRows() {
		return rows;
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public String getMessage() {
		return message.getText();
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeListener(onChange);
		}
		super.dispose();
	}
}
