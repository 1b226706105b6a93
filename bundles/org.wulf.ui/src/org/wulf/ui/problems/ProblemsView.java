package org.wulf.ui.problems;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.wulf.core.validate.ClusterValidator;
import org.wulf.core.validate.Problem;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.ui.internal.document.ActiveDocument;
import org.wulf.ui.internal.document.ClusterDocument;
import org.wulf.ui.nodes.NodeTableView;

/**
 * The model's problems, validated again after every edit: severity, node or profile, field and what
 * is wrong. Double-clicking a node's problem shows that node in the node table.
 */
public class ProblemsView extends ViewPart {

	public static final String ID = "org.wulf.ui.problems"; //$NON-NLS-1$

	private Table table;
	private ClusterDocument document;
	private List<Problem> problems = List.of();
	private int shown;
	/** Validation runs 300 ms after the last edit, on a copy of the model, away from the UI thread. */
	private final Job validation = Job.create("Validating the cluster model", this::validateInBackground);
	private final ClusterDocument.Listener onEdit = d -> validation.schedule(300);
	private final Consumer<ClusterDocument> onOpen = d -> table.getDisplay().asyncExec(() -> use(d));

	@Override
	public void createPartControl(Composite parent) {
		table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Severity", "80" }, { "Node / profile", "130" }, { "Field", "200" },
				{ "Problem", "420" } }) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		table.addListener(SWT.DefaultSelection, e -> reveal(table.getSelectionIndex()));
		ActiveDocument.addListener(onOpen);
		use(ActiveDocument.get());
	}

	/** Follows a document (the one the node table opened). */
	public void use(ClusterDocument next) {
		if (table.isDisposed()) {
			return;
		}
		if (document != null) {
			document.removeListener(onEdit);
		}
		document = next;
		if (document != null) {
			document.addListener(onEdit);
		}
		validation.setSystem(true);
		validation.schedule(300);
	}

	private org.eclipse.core.runtime.IStatus validateInBackground(org.eclipse.core.runtime.IProgressMonitor monitor) {
		Cluster[] copy = new Cluster[1];
		table.getDisplay().syncExec(() -> copy[0] = document == null ? null : EcoreUtil.copy(document.cluster()));
		List<Problem> found = copy[0] == null ? List.of() : ClusterValidator.validate(copy[0]);
		table.getDisplay().asyncExec(() -> show(found));
		return org.eclipse.core.runtime.Status.OK_STATUS;
	}

	private void show(List<Problem> found) {
		if (table.isDisposed()) {
			return;
		}
		problems = found;
		shown++;
		table.removeAll();
		for (Problem problem : problems) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { problem.isError() ? "Error" : "Warning", problem.subject(), problem.field(),
					problem.message() });
			item.setForeground(0, table.getDisplay().getSystemColor(problem.isError() ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
		}
		setContentDescription(problems.isEmpty() ? "No problems"
				: problems.stream().filter(Problem::isError).count() + " errors, "
						+ problems.stream().filter(p -> !p.isError()).count() + " warnings");
	}

	/** Shows the node of problem {@code index} in the node table. */
	public void reveal(int index) {
		if (index < 0 || index >= problems.size()) {
			return;
		}
		EObject object = problems.get(index).object(); // an object of the validated copy: go by name
		while (object != null && !(object instanceof Node)) {
			object = object.eContainer();
		}
		if (object instanceof Node node) {
			try {
				IWorkbenchPage page = getSite().getPage();
				((NodeTableView) page.showView(NodeTableView.ID)).reveal(node.getName());
			} catch (PartInitException e) {
				setContentDescription("cannot show the node table: " + e.getMessage());
			}
		}
	}

	public List<Problem> getProblems() {
		return problems;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	/** @return how many validation results were shown so far (tests wait for it to grow) */
	public int validationCount() {
		return shown;
	}

	@Override
	public void dispose() {
		validation.cancel();
		ActiveDocument.removeListener(onOpen);
		if (document != null) {
			document.removeListener(onEdit);
		}
		super.dispose();
	}
}
