package org.wulf.ui.internal.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.wulf.ui.internal.document.ClusterDocument;

/**
 * What a form editor edits: one profile, node or overlay of a cluster document. Two inputs are equal
 * when they name the same object, so opening it twice brings the open editor to the front.
 */
public record ModelObjectInput(ClusterDocument document, EObject object) implements IEditorInput {

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(object) ? adapter.cast(object) : null;
	}

	@Override
	public boolean exists() {
		return false; // not reopened at the next start: the model file is what persists
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		Object name = object.eGet(object.eClass().getEStructuralFeature("name"));
		return object.eClass().getName() + " " + name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return getName() + " in " + document.path();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModelObjectInput input && input.object == object && input.document == document;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(object);
	}
}
