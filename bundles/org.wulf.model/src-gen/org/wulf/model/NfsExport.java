/**
 */
package org.wulf.model;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Nfs Export</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.NfsExport#getPath <em>Path</em>}</li>
 *   <li>{@link org.wulf.model.NfsExport#getOptions <em>Options</em>}</li>
 *   <li>{@link org.wulf.model.NfsExport#getExtras <em>Extras</em>}</li>
 * </ul>
 *
 * @see org.wulf.model.WulfPackage#getNfsExport()
 * @model
 * @generated
 */
public interface NfsExport extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.wulf.model.WulfPackage#getNfsExport_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.wulf.model.NfsExport#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' attribute.
	 * The default value is <code>"rw,sync,no_subtree_check"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' attribute.
	 * @see #setOptions(String)
	 * @see org.wulf.model.WulfPackage#getNfsExport_Options()
	 * @model default="rw,sync,no_subtree_check"
	 * @generated
	 */
	String getOptions();

	/**
	 * Sets the value of the '{@link org.wulf.model.NfsExport#getOptions <em>Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Options</em>' attribute.
	 * @see #getOptions()
	 * @generated
	 */
	void setOptions(String value);

	/**
	 * Returns the value of the '<em><b>Extras</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keys Wulf does not model, read from a Warewulf file and written back unchanged: the key (a path such as warewulf/systemd name for nested keys) and its value as JSON.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extras</em>' map.
	 * @see org.wulf.model.WulfPackage#getNfsExport_Extras()
	 * @model mapType="org.wulf.model.YamlEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getExtras();

} // NfsExport
