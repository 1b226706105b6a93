/**
 */
package org.wulf.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A compute node; its name is its id (the hostname).
 * <!-- end-model-doc -->
 *
 *
 * @see org.wulf.model.WulfPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends NodeSettings {
} // Node
