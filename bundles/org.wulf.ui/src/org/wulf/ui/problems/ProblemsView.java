package org.wulf.ui.problems;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
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
	/**
	 * Validation starts once edits pause for 300 ms (a new edit re-arms the timer): the model is copied
	 * on the UI thread (edits happen there, so the copy is consistent) and validated in a background
	 * job, so a 10,000-node model does not stall the window; a result older than the newest start is dropped.
	 */
	private final Runnable validation = this::validate;
	private int generation;
	private final ClusterDocument.Listener onEdit = d -> table.getDisplay().asyncExec(this::scheduleValidation);
	private final Consumer<ClusterDocument> onOpen = this::use;

	@Override
	public void createPartControl(Composite parent) {
		table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER);
		table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
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
		scheduleValidation();
	}

	private void scheduleValidation() {
		if (!table.isDisposed()) {
			table.getDisplay().timerExec(300, validation);
		}
	}

	private void validate() {
		if (table.isDisposed()) {
			return;
		}
		int started = ++generation;
		org.wulf.model.Cluster copy = document == null ? null : org.eclipse.emf.ecore.util.EcoreUtil.copy(document.cluster());
		org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Validating the cluster model", monitor -> {
			List<Problem> found = copy == null ? List.of() : ClusterValidator.validate(copy);
			table.getDisplay().asyncExec(() -> {
				if (started == generation) {
					show(found);
				}
			});
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(List<Problem> found) {
		if (table.isDisposed()) {
			return;
		}
		// errors first; a virtual table, so 10,000 warnings cost nothing until they are scrolled to
		problems = found.stream().sorted(java.util.Comparator.comparing(p -> !p.isError())).toList();
		shown++;
		table.clearAll();
		table.setItemCount(problems.size());
		setContentDescription(problems.isEmpty() ? "No problems"
				: problems.stream().filter(Problem::isError).count() + " errors, "
						+ problems.stream().filter(p -> !p.isError()).count() + " warnings");
	}

	private void fill(TableItem item, int index) {
		if (index < 0 || index >= problems.size()) {
			return;
		}
		Problem problem = problems.get(index);
		item.setText(new String[] { problem.isError() ? "Error" : "Warning", problem.subject(), problem.field(),
				problem.message() });
		item.setForeground(0, table.getDisplay().getSystemColor(problem.isError() ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
	}

	/** Shows the node of problem {@code index} in the node table. */
	public void reveal(int index) {
		if (index < 0 || index >= problems.size()) {
			return;
		}
		EObject object = problems.get(index).object(); // from the validated copy: the node is found by name
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

	public ClusterDocument getDocument() {
		return document;
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
		if (!table.isDisposed()) {
			table.getDisplay().timerExec(-1, validation);
		}
		ActiveDocument.removeListener(onOpen);
		if (document != null) {
			document.removeListener(onEdit);
		}
		super.dispose();
	}
}
