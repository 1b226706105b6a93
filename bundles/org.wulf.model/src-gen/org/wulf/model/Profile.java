/**
 */
package org.wulf.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named set of settings that nodes (and other profiles) inherit.
 * <!-- end-model-doc -->
 *
 *
 * @see org.wulf.model.WulfPackage#getProfile()
 * @model
 * @generated
 */
public interface Profile extends NodeSettings {
} // Profile
