package org.wulf.core.validate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One thing wrong with a cluster model, said so a user can act on it: which node or profile, which
 * field, and what is wrong. It also points at the model object and feature, so the workbench can
 * jump to the cell.
 *
 * @param subject the node or profile name, or {@code cluster} for controller settings
 * @param field   the field path as {@code node list -a} names it (e.g. {@code NetDevs[default].Hwaddr})
 */
public record Problem(Severity severity, String subject, String field, String message, EObject object,
		EStructuralFeature feature) {

	public enum Severity {
		ERROR, WARNING
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return severity + " " + subject + " " + field + ": " + message;
	}
}
