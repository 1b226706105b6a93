package org.wulf.ui.profiles;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.wulf.core.range.NodeRange;
import org.wulf.model.Node;
import org.wulf.model.Profile;
import org.wulf.ui.internal.document.ActiveDocument;
import org.wulf.ui.internal.document.ClusterDocument;
import org.wulf.ui.internal.nodes.ProfileEdits;

/**
 * The profile editor: the selected profile's image, kernel arguments, overlays and comment, applied
 * as one undoable command, and the nodes the profile reaches (directly or through nested profiles).
 */
public class ProfileView extends ViewPart {

	public static final String ID = "org.wulf.ui.profile"; //$NON-NLS-1$

	private Label heading;
	private Text image;
	private Text kernelArgs;
	private Text systemOverlays;
	private Text runtimeOverlays;
	private Text comment;
	private Label affected;
	private Button apply;
	private Profile profile;
	private final ISelectionListener listener = this::selectionChanged;
	private final ClusterDocument.Listener onEdit = d -> heading.getDisplay().asyncExec(this::refresh);
	private ClusterDocument document;

	@Override
	public void createPartControl(Composite parent) {
		Composite form = new Composite(parent, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		heading = new Label(form, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		image = field(form, "Image:");
		kernelArgs = field(form, "Kernel arguments:");
		systemOverlays = field(form, "System overlays:");
		runtimeOverlays = field(form, "Runtime overlays:");
		comment = field(form, "Comment:");
		apply = new Button(form, SWT.PUSH);
		apply.setText("Apply");
		apply.addListener(SWT.Selection, e -> apply());
		affected = new Label(form, SWT.WRAP);
		affected.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, true, 2, 1));
		getSite().getPage().addSelectionListener(listener);
		show(null);
	}

	private static Text field(Composite form, String label) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Profile selected) {
			show(selected);
		}
	}

	/** Edits this profile (of the active document). */
	public void show(Profile selected) {
		if (document != null) {
			document.removeListener(onEdit);
		}
		document = ActiveDocument.get();
		profile = document != null && selected != null && selected.eContainer() == document.cluster() ? selected : null;
		if (document != null) {
			document.addListener(onEdit);
		}
		refresh();
	}

	private void refresh() {
		if (heading.isDisposed()) {
			return;
		}
		boolean editable = profile != null && profile.eContainer() != null;
		for (Text text : new Text[] { image, kernelArgs, systemOverlays, runtimeOverlays, comment }) {
			text.setEnabled(editable);
		}
		apply.setEnabled(editable);
		if (!editable) {
			heading.setText("Select a profile in the Cluster Explorer to edit it.");
			affected.setText("");
			return;
		}
		ProfileEdits.Form form = ProfileEdits.Form.of(profile);
		heading.setText("Profile " + profile.getName());
		image.setText(form.image());
		kernelArgs.setText(form.kernelArgs());
		systemOverlays.setText(form.systemOverlays());
		runtimeOverlays.setText(form.runtimeOverlays());
		comment.setText(form.comment());
		List<Node> nodes = ProfileEdits.affectedNodes(document.cluster(), profile);
		affected.setText("Affects " + nodes.size() + (nodes.size() == 1 ? " node" : " nodes")
				+ (nodes.isEmpty() ? "" : ": " + NodeRange.fold(nodes.stream().map(Node::getName).collect(Collectors.toList()))));
		heading.getParent().layout();
	}

	/** Applies the form to the profile as one undoable command; returns whether anything changed. */
	public boolean apply() {
		if (profile == null) {
			return false;
		}
		Command command = ProfileEdits.apply(document.domain(), profile, new ProfileEdits.Form(image.getText(),
				kernelArgs.getText(), systemOverlays.getText(), runtimeOverlays.getText(), comment.getText()));
		return command != null && document.execute(command);
	}

	/** For tests: the form's image field. */
	public void setImageText(String value) {
		image.setText(value);
	}

	public String getAffectedText() {
		return affected.getText();
	}

	@Override
	public void setFocus() {
		image.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(listener);
		if (document != null) {
			document.removeListener(onEdit);
		}
		super.dispose();
	}
}
