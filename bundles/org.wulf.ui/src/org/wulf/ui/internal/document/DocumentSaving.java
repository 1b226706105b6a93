package org.wulf.ui.internal.document;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.wulf.core.store.ModelChangedOnDiskException;
import org.wulf.core.store.ModelFileException;

/**
 * Save and Save As for every part that edits a document. Save never writes over a file another
 * program changed: it flags the change, and the info bar offers Reload or Keep mine.
 */
public final class DocumentSaving {

	private DocumentSaving() {
	}

	/** @return whether the model was written */
	public static boolean save(Shell shell, ClusterDocument document) {
		try {
			document.save();
			return true;
		} catch (ModelChangedOnDiskException e) {
			ExternalChange.check();
			MessageDialog.openWarning(shell, "Not saved", document.path()
					+ " was changed by another program since it was read. Choose Reload or Keep mine in the bar above the editor.");
			return false;
		} catch (ModelFileException e) {
			MessageDialog.openError(shell, "Not saved", e.getMessage());
			return false;
		}
	}

	/** Asks for a file and writes the model there; the document then edits that file. */
	public static boolean saveAs(Shell shell, ClusterDocument document) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.wulf", "*" });
		dialog.setFileName(document.path().getFileName().toString());
		dialog.setFilterPath(document.path().getParent().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen != null && saveAs(shell, document, Path.of(chosen));
	}

	public static boolean saveAs(Shell shell, ClusterDocument document, Path target) {
		try {
			document.saveAs(target);
			ActiveDocument.set(document); // the views show the new file name
			return true;
		} catch (ModelFileException e) {
			MessageDialog.openError(shell, "Not saved", e.getMessage());
			return false;
		}
	}
}
