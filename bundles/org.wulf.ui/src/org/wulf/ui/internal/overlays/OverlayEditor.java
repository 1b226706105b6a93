package org.wulf.ui.internal.overlays;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.wulf.model.Node;
import org.wulf.model.Overlay;
import org.wulf.ui.internal.editors.ModelObjectInput;

/**
 * The overlay editor: the overlay's file tree on disk (mode, owner and group shown, and changed in
 * place with chmod/chown), a text editor for its files and templates with colouring of Go-template
 * actions and its own undo/redo, and a preview pane that renders a template for a node chosen from
 * a combo (off the UI thread; other files show as they are). Files are written atomically, keeping
 * their mode, owner and group.
 */
public final class OverlayEditor extends EditorPart {

	private Overlay overlay;
	private org.wulf.overlay.OverlayStore store;
	/** The overlay's root on disk now (a distribution overlay moves to the site on its first change). */
	private Path directory;
	private TreeViewer files;
	private StyledText text;
	private StyledText preview;
	private Combo node;
	private Label status;
	private TextUndo undo;
	private Path open;
	private boolean dirty;
	private boolean loading;
	private int previewGeneration;
	private int previewShown;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ModelObjectInput objectInput) || !(objectInput.object() instanceof Overlay edited)) {
			throw new PartInitException("the overlay editor opens overlays only, not " + input);
		}
		setSite(site);
		setInput(input);
		overlay = edited;
		store = org.wulf.overlay.OverlayStore.standard(null, objectInput.document().path());
		directory = locate();
		setPartName("Overlay " + edited.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		Composite top = new Composite(body, SWT.NONE);
		top.setLayout(new GridLayout(2, false));
		top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status = new Label(top, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		org.eclipse.swt.widgets.Button newFile = new org.eclipse.swt.widgets.Button(top, SWT.PUSH);
		newFile.setText("New File…");
		newFile.setToolTipText("A new file in the overlay (a path such as etc/hosts.ww; .ww files are templates)");
		newFile.addListener(SWT.Selection, e -> {
			org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(), "New file",
					"Path of the new file inside the overlay:", "", null);
			if (ask.open() == org.eclipse.jface.window.Window.OK) {
				createFile(ask.getValue());
			}
		});
		SashForm sides = new SashForm(body, SWT.HORIZONTAL);
		sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createFileTree(sides);
		SashForm right = new SashForm(sides, SWT.VERTICAL);
		text = new StyledText(right, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		undo = new TextUndo(text);
		text.addListener(SWT.Modify, e -> {
			text.setStyleRanges(styles()); // an action may span lines: colour the whole text again
			if (!loading) {
				setDirty(true);
			}
			updatePreview();
		});
		text.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && e.keyCode == 'z') {
				undo.undo();
				e.doit = false;
			} else if ((e.stateMask & SWT.MOD1) != 0 && e.keyCode == 'y') {
				undo.redo();
				e.doit = false;
			} else if ((e.stateMask & SWT.MOD1) != 0 && e.keyCode == 's') {
				doSave(null);
				e.doit = false;
			}
		});
		org.eclipse.jface.action.Action undoAction = new org.eclipse.jface.action.Action("Undo") {
			@Override
			public void run() {
				undo.undo();
			}
		};
		org.eclipse.jface.action.Action redoAction = new org.eclipse.jface.action.Action("Redo") {
			@Override
			public void run() {
				undo.redo();
			}
		};
		getEditorSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId(), undoAction);
		getEditorSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.REDO.getId(), redoAction);
		Composite previewPane = new Composite(right, SWT.NONE);
		previewPane.setLayout(new GridLayout(2, false));
		new Label(previewPane, SWT.NONE).setText("Preview for node:");
		node = new Combo(previewPane, SWT.READ_ONLY);
		node.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ModelObjectInput input = (ModelObjectInput) getEditorInput();
		List<String> names = input.document().cluster().getNodes().stream().map(Node::getName).limit(2000).toList();
		node.setItems(names.toArray(String[]::new));
		if (!names.isEmpty()) {
			node.select(0);
		}
		node.addListener(SWT.Selection, e -> updatePreview());
		preview = new StyledText(previewPane, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		sides.setWeights(35, 65);
		right.setWeights(60, 40);
		refreshFiles();
	}

	private void createFileTree(Composite parent) {
		files = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		files.getTree().setHeaderVisible(true);
		files.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return getChildren(input);
			}

			@Override
			public Object[] getChildren(Object element) {
				Path dir = (Path) element;
				if (!Files.isDirectory(dir)) {
					return new Object[0];
				}
				try (Stream<Path> list = Files.list(dir)) {
					return list.sorted((a, b) -> Boolean.compare(!Files.isDirectory(a), !Files.isDirectory(b)) * 2
							+ Integer.signum(a.getFileName().toString().compareTo(b.getFileName().toString()))).toArray();
				} catch (IOException e) {
					return new Object[0];
				}
			}

			@Override
			public Object getParent(Object element) {
				return ((Path) element).getParent();
			}

			@Override
			public boolean hasChildren(Object element) {
				return Files.isDirectory((Path) element);
			}
		});
		column("Name", 180, p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : ""), null);
		column("Mode", 60, p -> attribute(p, a -> {
			try {
				return OverlayFiles.mode(p);
			} catch (IOException e) {
				return "?";
			}
		}), (p, v) -> store.chmod(overlay.getName(), relative(p), OverlayFiles.parseMode(p, v)));
		column("Owner", 70, p -> attribute(p, a -> a.owner().getName()), (p, v) -> store.chown(overlay.getName(), relative(p), v.strip(), null));
		column("Group", 70, p -> attribute(p, a -> a.group().getName()),
				(p, v) -> store.chown(overlay.getName(), relative(p), attribute(p, a -> a.owner().getName()), v.strip()));
		files.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof Path chosen && Files.isRegularFile(chosen)) {
				openFile(chosen);
			}
		});
	}

	private interface FileChange {
		void apply(Path file, String value) throws org.wulf.overlay.OverlayException;
	}

	private void column(String title, int width, java.util.function.Function<Path, String> label, FileChange change) {
		TreeViewerColumn column = new TreeViewerColumn(files, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return label.apply((Path) element);
			}
		});
		if (change != null) {
			column.setEditingSupport(new EditingSupport(files) {
				private final TextCellEditor editor = new TextCellEditor(files.getTree());

				@Override
				protected CellEditor getCellEditor(Object element) {
					return editor;
				}

				@Override
				protected boolean canEdit(Object element) {
					return true;
				}

				@Override
				protected Object getValue(Object element) {
					return label.apply((Path) element);
				}

				@Override
				protected void setValue(Object element, Object value) {
					change((Path) element, title, change, String.valueOf(value));
				}
			});
		}
	}

	private void change(Path file, String what, FileChange change, String value) {
		String name = relative(file);
		try {
			change.apply(file, value);
			relocate();
			status.setText(what + " of " + name + " set to " + value);
		} catch (org.wulf.overlay.OverlayException | IllegalArgumentException e) {
			status.setText("Not changed: " + e.getMessage());
		}
		if (!files.getInput().equals(directory)) {
			refreshFiles();
		} else {
			files.refresh(file);
		}
	}

	private static String attribute(Path file, java.util.function.Function<PosixFileAttributes, String> part) {
		try {
			return part.apply(OverlayFiles.attributes(file));
		} catch (IOException e) {
			return "?";
		}
	}

	/** The overlay's rootfs in the store (site first, then the distribution), or where the site would keep it. */
	private Path locate() {
		return store.find(overlay.getName()).map(org.wulf.overlay.OverlayDir::rootfs)
				.orElse(store.site().resolve(overlay.getName()));
	}

	/** After a change through the store: the overlay may have been cloned to the site. */
	private void relocate() {
		Path before = directory;
		directory = locate();
		if (open != null && !directory.equals(before)) {
			open = directory.resolve(before.relativize(open).toString());
		}
	}

	private String relative(Path file) {
		return directory.relativize(file).toString();
	}

	/** Creates an empty file (mode 0644, directories as needed) in the overlay and opens it; refuses paths that leave it. */
	public boolean createFile(String relative) {
		String clean = relative == null ? "" : relative.strip().replaceFirst("^/+", "");
		Path file = directory.resolve(clean).normalize();
		if (clean.isEmpty() || !file.startsWith(directory) || file.equals(directory)) {
			status.setText("Not created: '" + relative + "' is not a path inside the overlay " + directory);
			return false;
		}
		if (Files.exists(file)) {
			status.setText("Not created: " + directory.relativize(file) + " already exists");
			return false;
		}
		try {
			if (store.find(overlay.getName()).isEmpty()) {
				store.create(overlay.getName());
			}
			store.writeFile(overlay.getName(), clean, new byte[0], 0644, true);
		} catch (org.wulf.overlay.OverlayException e) {
			status.setText("Not created: " + e.getMessage());
			return false;
		}
		relocate();
		file = directory.resolve(clean).normalize();
		refreshFiles();
		files.setSelection(new org.eclipse.jface.viewers.StructuredSelection(file), true);
		openFile(file);
		return true;
	}

	/** Shows the files on disk again. */
	public void refreshFiles() {
		if (!Files.isDirectory(directory)) {
			status.setText("The overlay's directory " + directory + " does not exist yet: save a file to create it.");
		} else {
			status.setText("Files of overlay " + overlay.getName() + " in " + directory);
		}
		files.setInput(directory);
		files.expandAll();
	}

	/** Opens a file of the overlay in the text editor. */
	public void openFile(Path file) {
		if (file.equals(open)) {
			return;
		}
		if (dirty && open != null && org.eclipse.jface.dialogs.MessageDialog.openQuestion(getSite().getShell(), "Save changes",
				directory.relativize(open) + " has unsaved changes. Save them before opening another file?")) {
			doSave(null);
		}
		try {
			String content = Files.readString(file, StandardCharsets.UTF_8);
			open = file;
			loading = true;
			try {
				text.setText(content); // also starts the preview
			} finally {
				loading = false;
			}
			undo.reset();
			setDirty(false);
			status.setText(directory.relativize(file) + (file.toString().endsWith(".ww") ? " (template)" : ""));
		} catch (IOException e) {
			status.setText("Cannot open " + file + ": " + e.getMessage());
		}
	}

	/**
	 * Shows the open file for the node chosen in the combo: a template ({@code .ww}) is rendered by the
	 * template engine in a background job (300 ms after the last keystroke), any other file as it is.
	 */
	private void updatePreview() {
		if (preview == null || preview.isDisposed()) {
			return;
		}
		String content = text.getText();
		int generation = ++previewGeneration;
		ModelObjectInput input = (ModelObjectInput) getEditorInput();
		Node chosen = input.document().cluster().getNodes().stream().filter(n -> n.getName().equals(node.getText())).findFirst()
				.orElse(null);
		if (open == null || !open.getFileName().toString().endsWith(".ww") || chosen == null) {
			showPreview(content, false);
			return;
		}
		java.util.Map<String, Object> data = templateData(input).forNode(chosen.getName(), java.time.Instant.now());
		String templatePath = "/" + directory.relativize(open).toString().replace('\\', '/');
		data.put("Overlay", overlay.getName());
		data.put("BuildSource", open.toString());
		Path configDir = input.document().path().getParent();
		Display display = preview.getDisplay();
		org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(
				"Rendering " + templatePath + " for " + chosen.getName(), monitor -> {
					String shown;
					boolean failed = false;
					try {
						org.wulf.template.warewulf.FileSystemOverlayHost host = new org.wulf.template.warewulf.FileSystemOverlayHost(
								configDir, image -> new org.wulf.image.ImageStore(org.wulf.image.ImageStore.defaultRoot()).rootfs(image));
						shown = rendered(templatePath, new org.wulf.template.warewulf.WarewulfRenderer(host).render(templatePath, content, data));
					} catch (org.wulf.template.TemplateException e) {
						shown = e.getMessage();
						failed = true;
					} catch (RuntimeException e) {
						shown = "cannot render " + templatePath + ": " + e;
						failed = true;
					}
					String result = shown;
					boolean error = failed;
					display.asyncExec(() -> {
						if (generation == previewGeneration) {
							showPreview(result, error);
						}
					});
				});
		job.setSystem(true);
		job.schedule(300);
	}

	private org.wulf.overlay.TemplateData cachedData;
	private Object cachedFor;

	/**
	 * Warewulf's template data (the overlay bundle's), made on the UI thread from the live model and
	 * kept until the model changes (a new command on the stack, or another model object).
	 */
	private org.wulf.overlay.TemplateData templateData(ModelObjectInput input) {
		Object version = java.util.List.of(input.document().cluster(), input.document().domain().getCommandStack().getMostRecentCommand() == null
				? "" : input.document().domain().getCommandStack().getMostRecentCommand(), input.document().cluster().getNodes().size());
		if (cachedData == null || !version.equals(cachedFor)) {
			Path images = org.wulf.image.ImageStore.defaultRoot();
			cachedData = org.wulf.overlay.TemplateData.of(input.document().cluster(),
					new org.wulf.overlay.TemplateData.Settings(org.wulf.overlay.TemplateData.localHostName(), store.site(),
							org.wulf.overlay.OverlayBuilder.defaultProvisionDir(images), images, input.document().path().getParent()));
			cachedFor = version;
		}
		return cachedData;
	}

	/** Renders again with the model as it is now (after a change the preview's data does not see). */
	public void refreshPreview() {
		cachedData = null;
		updatePreview();
	}

	private void showPreview(String content, boolean error) {
		if (preview.isDisposed()) {
			return;
		}
		preview.setText(content);
		preview.setForeground(error ? preview.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		previewShown++;
	}

	/** One output file: its text; several ({@code file} actions): each under its path. */
	private static String rendered(String templatePath, org.wulf.template.warewulf.RenderResult result) {
		if (result.aborted()) {
			return "(the template called abort: no file is written for this node)";
		}
		String target = templatePath.substring(0, templatePath.length() - ".ww".length());
		if (result.files().size() == 1 && result.files().get(0).path().equals(target) && !result.files().get(0).isSymlink()) {
			return result.files().get(0).text();
		}
		StringBuilder all = new StringBuilder();
		for (org.wulf.template.warewulf.RenderedFile file : result.files()) {
			all.append("\u2500\u2500 ").append(file.path());
			if (file.isSymlink()) {
				all.append(" -> ").append(file.symlinkTarget()).append('\n');
			} else {
				all.append(" \u2500\u2500\n").append(file.text());
			}
		}
		return all.toString();
	}

	/** @return how many times the preview has been shown (tests wait for the background rendering) */
	public int previewCount() {
		return previewShown;
	}

	/** The colours of the whole text, from the template tokenizer. */
	private StyleRange[] styles() {
		Display display = text.getDisplay();
		List<StyleRange> ranges = new ArrayList<>();
		for (TemplateTokens.Token token : TemplateTokens.scan(text.getText())) {
			StyleRange range = new StyleRange(token.start(), token.length(), color(display, token.kind()), null);
			if (token.kind() == TemplateTokens.Kind.KEYWORD || token.kind() == TemplateTokens.Kind.DELIMITER) {
				range.fontStyle = SWT.BOLD;
			}
			ranges.add(range);
		}
		return ranges.toArray(StyleRange[]::new);
	}

	public static Color color(Display display, TemplateTokens.Kind kind) {
		return display.getSystemColor(switch (kind) {
		case DELIMITER, KEYWORD -> SWT.COLOR_DARK_MAGENTA;
		case STRING -> SWT.COLOR_DARK_GREEN;
		case FIELD -> SWT.COLOR_DARK_BLUE;
		case VARIABLE -> SWT.COLOR_DARK_CYAN;
		case COMMENT -> SWT.COLOR_DARK_GRAY;
		case ACTION -> SWT.COLOR_DARK_RED;
		});
	}

	private void setDirty(boolean value) {
		if (dirty != value) {
			dirty = value;
			firePropertyChange(PROP_DIRTY);
		}
	}

	/** Writes the open file through the overlay store: atomically, keeping its mode and owner (a distribution overlay is copied to the site first). */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (open == null) {
			return;
		}
		String name = relative(open);
		try {
			store.writeFile(overlay.getName(), name, text.getText().getBytes(StandardCharsets.UTF_8), 0644, false);
			boolean moved = !locate().equals(directory);
			relocate();
			if (moved) {
				refreshFiles();
			}
			setDirty(false);
			status.setText("Saved " + name + " in " + directory);
		} catch (org.wulf.overlay.OverlayException e) {
			status.setText("Not saved: " + e.getMessage());
		}
	}

	@Override
	public void doSaveAs() {
		// a file of an overlay keeps its place; new files come from the file tree
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	public TreeViewer getFiles() {
		return files;
	}

	public StyledText getText() {
		return text;
	}

	public StyledText getPreview() {
		return preview;
	}

	public TextUndo getUndo() {
		return undo;
	}

	public String getStatus() {
		return status.getText();
	}

	public Path getDirectory() {
		return directory;
	}
}
