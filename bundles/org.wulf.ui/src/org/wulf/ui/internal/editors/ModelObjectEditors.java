package org.wulf.ui.internal.editors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.wulf.model.NodeSettings;
import org.wulf.model.Overlay;
import org.wulf.ui.internal.document.ClusterDocument;

/** Opens the form editor that fits a model object: node and profile form, overlay editor. */
public final class ModelObjectEditors {

	public static final String SETTINGS_EDITOR = "org.wulf.ui.editors.settings"; //$NON-NLS-1$
	public static final String OVERLAY_EDITOR = "org.wulf.ui.editors.overlay"; //$NON-NLS-1$

	private ModelObjectEditors() {
	}

	/** @return the editor showing {@code object}, or null when nothing edits objects of its kind */
	public static IEditorPart open(IWorkbenchPage page, ClusterDocument document, EObject object) {
		String id = object instanceof NodeSettings ? SETTINGS_EDITOR : object instanceof Overlay ? OVERLAY_EDITOR : null;
		if (id == null) {
			return null;
		}
		try {
			page.setEditorAreaVisible(true);
			return page.openEditor(new ModelObjectInput(document, object), id);
		} catch (PartInitException e) {
			ILog.of(ModelObjectEditors.class).error("cannot open an editor for " + object, e);
			return null;
		}
	}
}
