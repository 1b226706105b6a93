package org.wulf.ui.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.wulf.core.range.NodeRange;
import org.wulf.core.validate.ClusterValidator;
import org.wulf.core.validate.Problem;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;
import org.wulf.model.Profile;
import org.wulf.model.WulfPackage;
import org.wulf.ui.internal.document.ClusterDocument;
import org.wulf.ui.internal.document.DocumentSaving;
import org.wulf.ui.internal.nodes.ProfileEdits;

/**
 * The node and profile form editor: every attribute of one node or profile (general settings, IPMI,
 * network devices, tags), each change an undoable EMF command on the shared document. A value the
 * model would not take is refused at the field, which shows why; the model's own validation marks
 * the fields it finds problems in. A profile's form also says which nodes it affects.
 */
public final class SettingsEditor extends EditorPart {

	private static final WulfPackage P = WulfPackage.eINSTANCE;
	private static final String EDITED = "edited"; //$NON-NLS-1$
	private boolean updating;

	private ClusterDocument document;
	private NodeSettings settings;
	private final Map<EAttribute, Text> fields = new LinkedHashMap<>();
	private final Map<EAttribute, Text> ipmiFields = new LinkedHashMap<>();
	private final Map<Text, ControlDecoration> decorations = new LinkedHashMap<>();
	private final Map<Text, String> refusals = new LinkedHashMap<>();
	private Label heading;
	private Label affected;
	private Label problemsLabel;
	private TableViewer netDevs;
	private TableViewer tags;
	private List<Problem> problems = List.of();
	private int validationGeneration;
	private final ClusterDocument.Listener onChange = d -> {
		if (heading != null && !heading.isDisposed()) {
			heading.getDisplay().asyncExec(this::refresh);
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ModelObjectInput objectInput) || !(objectInput.object() instanceof NodeSettings edited)) {
			throw new PartInitException("the node and profile editor opens nodes and profiles only, not " + input);
		}
		setSite(site);
		setInput(input);
		document = objectInput.document();
		settings = edited;
		setPartName(input.getName());
		document.addListener(onChange);
	}

	@Override
	public void createPartControl(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite form = new Composite(scroll, SWT.NONE);
		form.setLayout(new GridLayout(1, false));
		heading = new Label(form, SWT.WRAP);
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		affected = new Label(form, SWT.WRAP);
		affected.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		problemsLabel = new Label(form, SWT.WRAP);
		problemsLabel.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		problemsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		Composite columns = new Composite(form, SWT.NONE);
		columns.setLayout(new GridLayout(2, true));
		columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		Group general = group(columns, "General");
		for (EAttribute attribute : List.of(P.getNodeSettings_Profiles(), P.getNodeSettings_Image(), P.getNodeSettings_KernelVersion(),
				P.getNodeSettings_KernelArgs(), P.getNodeSettings_SystemOverlays(), P.getNodeSettings_RuntimeOverlays(),
				P.getNodeSettings_PrimaryNetwork(), P.getNodeSettings_ClusterName(), P.getNodeSettings_IpxeTemplate(),
				P.getNodeSettings_Init(), P.getNodeSettings_Root(), P.getNodeSettings_Comment())) {
			fields.put(attribute, field(general, attribute, false));
		}
		Group ipmi = group(columns, "IPMI");
		for (EAttribute attribute : List.of(P.getIpmi_Ipaddr(), P.getIpmi_Netmask(), P.getIpmi_Gateway(), P.getIpmi_Username(),
				P.getIpmi_Password(), P.getIpmi_Interface(), P.getIpmi_Port(), P.getIpmi_EscapeChar(), P.getIpmi_Write(),
				P.getIpmi_Template())) {
			ipmiFields.put(attribute, field(ipmi, attribute, true));
		}
		ipmi.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		netDevs = table(form, "Network devices", List.of(P.getNetDev_Name(), P.getNetDev_Device(), P.getNetDev_Hwaddr(),
				P.getNetDev_Ipaddr(), P.getNetDev_Netmask(), P.getNetDev_Gateway(), P.getNetDev_Type(), P.getNetDev_Mtu(),
				P.getNetDev_Onboot(), P.getNetDev_Primary()), () -> SettingsEdits.addNetDev(document.domain(), settings));
		tags = table(form, "Tags", List.of(P.getTagEntry_Key(), P.getTagEntry_Value()),
				() -> SettingsEdits.addTag(document.domain(), settings));

		createUndoActions();
		scroll.setContent(form);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(form.computeSize(700, SWT.DEFAULT));
		refresh();
	}

	private org.eclipse.jface.action.Action undoAction;
	private org.eclipse.jface.action.Action redoAction;

	/** Edit > Undo / Redo (and Ctrl+Z / Ctrl+Y) while the form is active: the document's command stack. */
	private void createUndoActions() {
		undoAction = new org.eclipse.jface.action.Action("Undo") {
			@Override
			public void run() {
				document.undo();
			}
		};
		redoAction = new org.eclipse.jface.action.Action("Redo") {
			@Override
			public void run() {
				document.redo();
			}
		};
		getEditorSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId(), undoAction);
		getEditorSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.REDO.getId(), redoAction);
		getEditorSite().getActionBars().updateActionBars();
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return group;
	}

	private Text field(Composite parent, EAttribute attribute, boolean ofIpmi) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(title(attribute) + ":");
		Text text = new Text(parent, SWT.BORDER | (attribute == P.getIpmi_Password() ? SWT.PASSWORD : SWT.NONE));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalIndent = 8; // room for the problem marker
		data.widthHint = 200;
		text.setLayoutData(data);
		text.setData("attribute", attribute.getName());
		ControlDecoration decoration = new ControlDecoration(text, SWT.LEFT | SWT.CENTER);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		decorations.put(text, decoration);
		text.addListener(SWT.Modify, e -> {
			if (!updating) {
				text.setData(EDITED, Boolean.TRUE); // typed by the user: committed on Enter or on leaving the field
			}
		});
		Runnable commit = () -> commit(text, attribute, ofIpmi);
		text.addListener(SWT.DefaultSelection, e -> commit.run());
		text.addListener(SWT.FocusOut, e -> commit.run());
		return text;
	}

	private void commit(Text text, EAttribute attribute, boolean ofIpmi) {
		if (text.isDisposed() || settings.eContainer() == null || text.getData(EDITED) == null) {
			return;
		}
		try {
			Command command = ofIpmi ? SettingsEdits.setIpmi(document.domain(), settings, attribute, text.getText())
					: SettingsEdits.set(document.domain(), settings, attribute, text.getText());
			refusals.remove(text);
			text.setData(EDITED, null);
			if (command != null) {
				document.execute(command);
			}
		} catch (IllegalArgumentException e) {
			refusals.put(text, e.getMessage() + " \u2014 not changed");
		}
		showMarkers();
	}

	private TableViewer table(Composite parent, String title, List<EAttribute> columns, java.util.function.Supplier<Command> add) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableViewer viewer = new TableViewer(group, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 110;
		viewer.getTable().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (EAttribute attribute : columns) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(title(attribute));
			column.getColumn().setWidth(attribute == P.getTagEntry_Value() ? 320 : 110);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return SettingsEdits.text((EObject) element, attribute);
				}
			});
			column.setEditingSupport(new EditingSupport(viewer) {
				private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

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
					return SettingsEdits.text((EObject) element, attribute);
				}

				@Override
				protected void setValue(Object element, Object value) {
					editCell((EObject) element, attribute, String.valueOf(value));
				}
			});
		}
		Composite buttons = new Composite(group, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button(buttons, "Add", () -> {
			Command command = add.get();
			document.execute(command);
			viewer.refresh();
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(command.getAffectedObjects().toArray()), true);
		});
		button(buttons, "Remove", () -> {
			List<EObject> selected = new ArrayList<>();
			viewer.getStructuredSelection().forEach(o -> selected.add((EObject) o));
			Command command = SettingsEdits.remove(document.domain(), selected);
			if (command != null) {
				document.execute(command);
			}
		});
		return viewer;
	}

	/** Sets a cell of the network device or tag table; a refused value is shown in the problems line. */
	public boolean editCell(EObject row, EAttribute attribute, String value) {
		try {
			Command command = SettingsEdits.set(document.domain(), row, attribute, value);
			refusals.remove(null);
			if (command == null) {
				return false;
			}
			return document.execute(command);
		} catch (IllegalArgumentException e) {
			refusals.put(null, e.getMessage() + " \u2014 not changed");
			showMarkers();
			return false;
		}
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData("action", text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** "kernelArgs" -> "Kernel args" */
	private static String title(EStructuralFeature feature) {
		String name = feature.getName();
		String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	/** Shows the model as it is now: fields (except the one being typed in), tables, affected nodes. */
	private void refresh() {
		if (heading == null || heading.isDisposed()) {
			return;
		}
		if (settings.eContainer() != null && settings.eContainer() != document.cluster()) {
			rebind(); // the document was reloaded from disk: edit the same node or profile of the new model
		}
		boolean attached = settings.eContainer() instanceof Cluster;
		String kind = settings instanceof Profile ? "Profile " : "Node ";
		heading.setText(kind + settings.getName() + (attached ? "" : " (deleted \u2014 undo brings it back)"));
		setPartName(kind.strip() + " " + settings.getName());
		for (Map.Entry<EAttribute, Text> field : fields.entrySet()) {
			show(field.getValue(), SettingsEdits.text(settings, field.getKey()), attached);
		}
		for (Map.Entry<EAttribute, Text> field : ipmiFields.entrySet()) {
			show(field.getValue(), SettingsEdits.text(settings.getIpmi(), field.getKey()), attached);
		}
		netDevs.setInput(settings.getNetDevs().toArray());
		tags.setInput(settings.getTags().toArray());
		netDevs.getTable().setEnabled(attached);
		tags.getTable().setEnabled(attached);
		if (settings instanceof Profile profile && attached) {
			List<Node> nodes = ProfileEdits.affectedNodes((Cluster) settings.eContainer(), profile);
			affected.setText("Affects " + nodes.size() + (nodes.size() == 1 ? " node" : " nodes") + (nodes.isEmpty() ? ""
					: ": " + NodeRange.fold(nodes.stream().map(Node::getName).collect(Collectors.toList()))));
		} else {
			affected.setText(settings instanceof Node node ? "Profiles merged in order: "
					+ (node.getProfiles().isEmpty() ? "none" : String.join(", ", node.getProfiles())) : "");
		}
		firePropertyChange(PROP_DIRTY);
		undoAction.setEnabled(document.canUndo());
		redoAction.setEnabled(document.canRedo());
		scheduleValidation();
		heading.getParent().layout(true, true);
	}

	private void rebind() {
		List<? extends NodeSettings> same = settings instanceof Profile ? document.cluster().getProfiles() : document.cluster().getNodes();
		for (NodeSettings candidate : same) {
			if (candidate.getName() != null && candidate.getName().equals(settings.getName())) {
				settings = candidate;
				return;
			}
		}
	}

	/** Shows the model's value, unless the user has typed something not yet committed (or refused). */
	private void show(Text text, String value, boolean enabled) {
		text.setEnabled(enabled);
		if (text.getData(EDITED) == null && !text.getText().equals(value)) {
			updating = true;
			try {
				text.setText(value);
			} finally {
				updating = false;
			}
		}
	}

	/** Validates a copy of the model in the background, 300 ms after the last change, then marks the fields. */
	private void scheduleValidation() {
		int generation = ++validationGeneration;
		Cluster copy = settings.eContainer() instanceof Cluster cluster ? EcoreUtil.copy(cluster) : null;
		String name = settings.getName();
		boolean profile = settings instanceof Profile;
		if (copy == null) {
			return;
		}
		Job job = Job.create("Validating " + name, monitor -> {
			List<Problem> found = ClusterValidator.validate(copy).stream()
					.filter(p -> name.equals(p.subject()) && (p.object() instanceof Profile) == profile || isPartOf(p.object(), name, profile)
							|| p.message().matches(".*\\b" + java.util.regex.Pattern.quote(name) + "\\b.*"))
					.toList();
			heading.getDisplay().asyncExec(() -> {
				if (!heading.isDisposed() && generation == validationGeneration) {
					problems = found;
					showMarkers();
				}
			});
		});
		job.setSystem(true);
		job.schedule(300);
	}

	private static boolean isPartOf(EObject object, String name, boolean profile) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof NodeSettings s && name.equals(s.getName()) && (s instanceof Profile) == profile) {
				return true;
			}
		}
		return false;
	}

	private void showMarkers() {
		List<String> lines = new ArrayList<>();
		for (Map.Entry<Text, ControlDecoration> entry : decorations.entrySet()) {
			Text text = entry.getKey();
			String attribute = (String) text.getData("attribute");
			String refused = refusals.get(text);
			String found = problems.stream().filter(p -> settings.getName().equals(p.subject()))
					.filter(p -> p.feature() != null && p.feature().getName().equals(attribute)
					&& (p.object() instanceof NodeSettings) == fields.containsValue(text)).map(Problem::message).findFirst().orElse(null);
			String message = refused != null ? refused : found;
			if (message == null) {
				entry.getValue().hide();
			} else {
				entry.getValue().setDescriptionText(message);
				entry.getValue().show();
			}
		}
		if (refusals.get(null) != null) {
			lines.add(refusals.get(null));
		}
		refusals.entrySet().stream().filter(e -> e.getKey() != null).forEach(e -> lines.add(e.getValue()));
		problems.forEach(p -> lines.add((p.isError() ? "Error: " : "Warning: ") + p.subject() + " " + p.field() + ": " + p.message()));
		problemsLabel.setText(String.join("\n", lines));
		problemsLabel.getParent().layout(true, true);
	}

	/** @return the field editing an attribute of the node or profile, or of its IPMI settings */
	public Text field(EAttribute attribute) {
		return fields.containsKey(attribute) ? fields.get(attribute) : ipmiFields.get(attribute);
	}

	/** @return whether the field shows a problem marker */
	public boolean isMarked(EAttribute attribute) {
		return decorations.get(field(attribute)).isVisible();
	}

	public String getProblemsText() {
		return problemsLabel.getText();
	}

	public String getAffectedText() {
		return affected.getText();
	}

	public TableViewer getNetDevTable() {
		return netDevs;
	}

	public TableViewer getTagTable() {
		return tags;
	}

	public NodeSettings getSettings() {
		return settings;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		DocumentSaving.save(getSite().getShell(), document);
	}

	@Override
	public void doSaveAs() {
		DocumentSaving.saveAs(getSite().getShell(), document);
	}

	@Override
	public boolean isDirty() {
		return document.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void setFocus() {
		fields.get(P.getNodeSettings_Image()).setFocus();
	}

	@Override
	public void dispose() {
		document.removeListener(onChange);
		super.dispose();
	}
}
