package org.wulf.ui.effective;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.core.resolve.ResolvedField;
import org.wulf.model.Cluster;
import org.wulf.model.NodeSettings;
import org.wulf.ui.internal.Messages;

/**
 * Shows the effective values of the node or profile selected anywhere in the workbench, with the
 * source of each (the profile, the node, or SUPERSEDED), the same resolution {@code wulf node list
 * -a} prints. Admins look here to see why a node boots what it boots.
 */
public class EffectiveValuesView extends ViewPart {

	public static final String ID = "org.wulf.ui.effective"; //$NON-NLS-1$

	private Label heading;
	private TableViewer viewer;
	private EffectiveNode shown;
	private final ISelectionListener listener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		heading = new Label(area, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		heading.setText(Messages.Effective_nothingSelected);

		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Effective_field, 220, ResolvedField::path);
		column(Messages.Effective_source, 130, field -> field.provenance().label());
		column(Messages.Effective_value, 320, ResolvedField::displayValue);

		getSite().getPage().addPostSelectionListener(listener);
		selectionChanged(null, getSite().getPage().getSelection());
	}

	private void column(String title, int width, java.util.function.Function<ResolvedField, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ResolvedField) element);
			}

			@Override
			public Color getForeground(Object element) {
				ResolvedField field = (ResolvedField) element;
				return field.value() == null || field.value().isEmpty()
						? Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND)
						: null;
			}
		});
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof NodeSettings settings
				&& settings.eContainer() instanceof Cluster cluster) {
			show(new NodeResolver(cluster).resolve(settings));
		} else if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof org.wulf.ui.internal.nodes.NodeRow row) {
			show(row.effective()); // a row of the node table: resolved once, kept with the row
		}
	}

	/** Shows the effective values of this node or profile. */
	public void show(EffectiveNode node) {
		shown = node;
		heading.setText(NLS.bind(Messages.Effective_heading, node.name(),
				node.profiles().isEmpty() ? Messages.Effective_noProfiles : String.join(", ", node.profiles())));
		List<ResolvedField> fields = new ArrayList<>(node.fields());
		viewer.setInput(fields);
		heading.getParent().layout();
	}

	/** @return the node or profile shown, or null */
	public EffectiveNode getShown() {
		return shown;
	}

	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(listener);
		super.dispose();
	}
}
