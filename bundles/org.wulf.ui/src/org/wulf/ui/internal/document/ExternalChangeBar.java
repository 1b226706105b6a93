package org.wulf.ui.internal.document;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.wulf.core.store.ModelFileException;

/**
 * The info bar at the top of an editor when the model file was changed by another program while
 * there are unsaved edits: Reload (take the file, drop the edits) or Keep mine (write the edits over
 * the file). Hidden otherwise; lives in a GridLayout parent.
 */
public final class ExternalChangeBar {

	private final Composite bar;
	private final Label text;
	private final Consumer<ClusterDocument> onChange = d -> update();
	private String failure;

	public ExternalChangeBar(Composite parent, int columns) {
		bar = new Composite(parent, SWT.BORDER);
		bar.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		GridLayout layout = new GridLayout(3, false);
		layout.marginHeight = 2;
		bar.setLayout(layout);
		text = new Label(bar, SWT.WRAP);
		text.setBackground(bar.getBackground());
		text.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button("Reload", "Read the file again; your unsaved edits are dropped", this::reload);
		button("Keep mine", "Write your version over the file; the other program's change is replaced", this::keepMine);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
		ExternalChange.addListener(onChange);
		bar.addDisposeListener(e -> ExternalChange.removeListener(onChange));
		update();
	}

	private void button(String label, String tip, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(label);
		button.setToolTipText(tip);
		button.setData("action", label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Takes the file as it is on disk. */
	public void reload() {
		ClusterDocument document = ExternalChange.flagged();
		try {
			if (document != null) {
				document.reload();
			}
			failure = null;
			ExternalChange.resolved();
		} catch (ModelFileException e) {
			failure = "Cannot reload: " + e.getMessage();
			update();
		}
	}

	/** Writes the edited model over the changed file. */
	public void keepMine() {
		ClusterDocument document = ExternalChange.flagged();
		try {
			if (document != null) {
				document.saveOver();
			}
			failure = null;
			ExternalChange.resolved();
		} catch (ModelFileException e) {
			failure = "Not saved: " + e.getMessage();
			update();
		}
	}

	private void update() {
		if (bar.isDisposed()) {
			return;
		}
		ClusterDocument document = ExternalChange.flagged();
		boolean show = document != null;
		if (show) {
			text.setText((failure != null ? failure + "\n" : "") + document.path()
					+ " was changed by another program, and you have unsaved edits. Reload the file (your edits are dropped) or keep yours (written over the file)?");
		}
		bar.setVisible(show);
		((GridData) bar.getLayoutData()).exclude = !show;
		bar.getParent().layout(true, true);
	}

	public boolean isShown() {
		return bar.isVisible();
	}

	/** @return the bar's button with that label (for tests that click it) */
	public Button button(String label) {
		for (org.eclipse.swt.widgets.Control child : bar.getChildren()) {
			if (child instanceof Button button && label.equals(button.getData("action"))) {
				return button;
			}
		}
		throw new IllegalArgumentException("no button " + label);
	}
}
