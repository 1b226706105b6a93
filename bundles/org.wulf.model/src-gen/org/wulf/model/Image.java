/**
 */
package org.wulf.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An OS image nodes boot: where it came from, the kernel found in it and what was built from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.Image#getName <em>Name</em>}</li>
 *   <li>{@link org.wulf.model.Image#getSource <em>Source</em>}</li>
 *   <li>{@link org.wulf.model.Image#getKernelVersion <em>Kernel Version</em>}</li>
 *   <li>{@link org.wulf.model.Image#getKernelPath <em>Kernel Path</em>}</li>
 *   <li>{@link org.wulf.model.Image#getArtifacts <em>Artifacts</em>}</li>
 * </ul>
 *
 * @see org.wulf.model.WulfPackage#getImage()
 * @model
 * @generated
 */
public interface Image extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.wulf.model.WulfPackage#getImage_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.wulf.model.Image#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.wulf.model.WulfPackage#getImage_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.wulf.model.Image#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Kernel Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel Version</em>' attribute.
	 * @see #setKernelVersion(String)
	 * @see org.wulf.model.WulfPackage#getImage_KernelVersion()
	 * @model
	 * @generated
	 */
	String getKernelVersion();

	/**
	 * Sets the value of the '{@link org.wulf.model.Image#getKernelVersion <em>Kernel Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel Version</em>' attribute.
	 * @see #getKernelVersion()
	 * @generated
	 */
	void setKernelVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kernel Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel Path</em>' attribute.
	 * @see #setKernelPath(String)
	 * @see org.wulf.model.WulfPackage#getImage_KernelPath()
	 * @model
	 * @generated
	 */
	String getKernelPath();

	/**
	 * Sets the value of the '{@link org.wulf.model.Image#getKernelPath <em>Kernel Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel Path</em>' attribute.
	 * @see #getKernelPath()
	 * @generated
	 */
	void setKernelPath(String value);

	/**
	 * Returns the value of the '<em><b>Artifacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.wulf.model.ImageArtifact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Artifacts</em>' containment reference list.
	 * @see org.wulf.model.WulfPackage#getImage_Artifacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImageArtifact> getArtifacts();

} // Image
