/**
 */
package org.wulf.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Overlay</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named tree of files laid over the image for a node; .ww files are templates rendered per node.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.Overlay#getName <em>Name</em>}</li>
 *   <li>{@link org.wulf.model.Overlay#isSite <em>Site</em>}</li>
 *   <li>{@link org.wulf.model.Overlay#getFiles <em>Files</em>}</li>
 * </ul>
 *
 * @see org.wulf.model.WulfPackage#getOverlay()
 * @model
 * @generated
 */
public interface Overlay extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.wulf.model.WulfPackage#getOverlay_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.wulf.model.Overlay#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the site's own overlay, false for one shipped with Wulf.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(boolean)
	 * @see org.wulf.model.WulfPackage#getOverlay_Site()
	 * @model default="true"
	 * @generated
	 */
	boolean isSite();

	/**
	 * Sets the value of the '{@link org.wulf.model.Overlay#isSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #isSite()
	 * @generated
	 */
	void setSite(boolean value);

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link org.wulf.model.OverlayFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see org.wulf.model.WulfPackage#getOverlay_Files()
	 * @model containment="true"
	 * @generated
	 */
	EList<OverlayFile> getFiles();

} // Overlay
