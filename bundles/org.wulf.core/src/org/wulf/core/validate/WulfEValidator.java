package org.wulf.core.validate;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.wulf.model.Cluster;
import org.wulf.model.WulfPackage;

/**
 * The {@link ClusterValidator} as an EMF {@link EValidator}, so EMF's Diagnostician (and the
 * workbench's live validation) reports Wulf's problems. Each diagnostic's data is the model object
 * and the feature, for jumping to the cell.
 */
public final class WulfEValidator implements EValidator {

	public static final String DIAGNOSTIC_SOURCE = "org.wulf.core.validate";

	public static final WulfEValidator INSTANCE = new WulfEValidator();

	/** Registers the validator for the Wulf package in EMF's global registry (idempotent). */
	public static void register() {
		EValidator.Registry.INSTANCE.put(WulfPackage.eINSTANCE, INSTANCE);
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof Cluster cluster)) {
			return true;
		}
		boolean valid = true;
		int code = 0;
		for (Problem problem : ClusterValidator.validate(cluster)) {
			valid &= !problem.isError();
			if (diagnostics != null) {
				diagnostics.add(new BasicDiagnostic(problem.isError() ? Diagnostic.ERROR : Diagnostic.WARNING,
						DIAGNOSTIC_SOURCE, ++code, problem.subject() + ": " + problem.field() + ": " + problem.message(),
						new Object[] { problem.object(), problem.feature() }));
			}
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}
}
