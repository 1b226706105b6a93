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

	private static final java.util.Set<IWorkbenchPage> WATCHED = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

	/** The editor area shows only while an editor is open, so the views have the room otherwise. */
	private static void hideAreaWhenEmpty(IWorkbenchPage page) {
		if (!WATCHED.add(page)) {
			return;
		}
		page.addPartListener(new org.eclipse.ui.IPartListener2() {
			@Override
			public void partClosed(org.eclipse.ui.IWorkbenchPartReference reference) {
				if (reference instanceof org.eclipse.ui.IEditorReference && page.getEditorReferences().length == 0) {
					page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
						if (page.getEditorReferences().length == 0) {
							page.setEditorAreaVisible(false);
						}
					});
				}
			}
		});
	}

	/** @return the editor showing {@code object}, or null when nothing edits objects of its kind */
	public static IEditorPart open(IWorkbenchPage page, ClusterDocument document, EObject object) {
		String id = object instanceof NodeSettings ? SETTINGS_EDITOR : object instanceof Overlay ? OVERLAY_EDITOR : null;
		if (id == null) {
			return null;
		}
		try {
			hideAreaWhenEmpty(page);
			page.setEditorAreaVisible(true);
			return page.openEditor(new ModelObjectInput(document, object), id);
		} catch (PartInitException e) {
			ILog.of(ModelObjectEditors.class).error("cannot open an editor for " + object, e);
			return null;
		}
	}
}
