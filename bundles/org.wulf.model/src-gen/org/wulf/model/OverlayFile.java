/**
 */
package org.wulf.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Overlay File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.OverlayFile#getPath <em>Path</em>}</li>
 *   <li>{@link org.wulf.model.OverlayFile#getMode <em>Mode</em>}</li>
 *   <li>{@link org.wulf.model.OverlayFile#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.wulf.model.OverlayFile#getGroup <em>Group</em>}</li>
 *   <li>{@link org.wulf.model.OverlayFile#isTemplate <em>Template</em>}</li>
 *   <li>{@link org.wulf.model.OverlayFile#isDirectory <em>Directory</em>}</li>
 * </ul>
 *
 * @see org.wulf.model.WulfPackage#getOverlayFile()
 * @model
 * @generated
 */
public interface OverlayFile extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.wulf.model.WulfPackage#getOverlayFile_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.wulf.model.OverlayFile#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"420"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unix permission bits (420 is 0644).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(int)
	 * @see org.wulf.model.WulfPackage#getOverlayFile_Mode()
	 * @model default="420"
	 * @generated
	 */
	int getMode();

	/**
	 * Sets the value of the '{@link org.wulf.model.OverlayFile#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(int value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * The default value is <code>"root"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.wulf.model.WulfPackage#getOverlayFile_Owner()
	 * @model default="root"
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.wulf.model.OverlayFile#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * The default value is <code>"root"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see org.wulf.model.WulfPackage#getOverlayFile_Group()
	 * @model default="root"
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link org.wulf.model.OverlayFile#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' attribute.
	 * @see #setTemplate(boolean)
	 * @see org.wulf.model.WulfPackage#getOverlayFile_Template()
	 * @model
	 * @generated
	 */
	boolean isTemplate();

	/**
	 * Sets the value of the '{@link org.wulf.model.OverlayFile#isTemplate <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' attribute.
	 * @see #isTemplate()
	 * @generated
	 */
	void setTemplate(boolean value);

	/**
	 * Returns the value of the '<em><b>Directory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Directory</em>' attribute.
	 * @see #setDirectory(boolean)
	 * @see org.wulf.model.WulfPackage#getOverlayFile_Directory()
	 * @model
	 * @generated
	 */
	boolean isDirectory();

	/**
	 * Sets the value of the '{@link org.wulf.model.OverlayFile#isDirectory <em>Directory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Directory</em>' attribute.
	 * @see #isDirectory()
	 * @generated
	 */
	void setDirectory(boolean value);

} // OverlayFile
