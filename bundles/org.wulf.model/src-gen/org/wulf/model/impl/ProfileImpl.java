/**
 */
package org.wulf.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.wulf.model.Profile;
import org.wulf.model.WulfPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ProfileImpl extends NodeSettingsImpl implements Profile {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WulfPackage.Literals.PROFILE;
	}

} //ProfileImpl
