/**
 */
package org.wulf.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wulf.model.Image;
import org.wulf.model.ImageArtifact;
import org.wulf.model.WulfPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.impl.ImageImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.wulf.model.impl.ImageImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.wulf.model.impl.ImageImpl#getKernelVersion <em>Kernel Version</em>}</li>
 *   <li>{@link org.wulf.model.impl.ImageImpl#getKernelPath <em>Kernel Path</em>}</li>
 *   <li>{@link org.wulf.model.impl.ImageImpl#getArtifacts <em>Artifacts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageImpl extends EObjectImpl implements Image {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernelVersion() <em>Kernel Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String KERNEL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKernelVersion() <em>Kernel Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelVersion()
	 * @generated
	 * @ordered
	 */
	protected String kernelVersion = KERNEL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernelPath() <em>Kernel Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelPath()
	 * @generated
	 * @ordered
	 */
	protected static final String KERNEL_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKernelPath() <em>Kernel Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelPath()
	 * @generated
	 * @ordered
	 */
	protected String kernelPath = KERNEL_PATH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArtifacts() <em>Artifacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifacts()
	 * @generated
	 * @ordered
	 */
	protected EList<ImageArtifact> artifacts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WulfPackage.Literals.IMAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IMAGE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IMAGE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKernelVersion() {
		return kernelVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernelVersion(String newKernelVersion) {
		String oldKernelVersion = kernelVersion;
		kernelVersion = newKernelVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IMAGE__KERNEL_VERSION, oldKernelVersion, kernelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKernelPath() {
		return kernelPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernelPath(String newKernelPath) {
		String oldKernelPath = kernelPath;
		kernelPath = newKernelPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IMAGE__KERNEL_PATH, oldKernelPath, kernelPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImageArtifact> getArtifacts() {
		if (artifacts == null) {
			artifacts = new EObjectContainmentEList<ImageArtifact>(ImageArtifact.class, this, WulfPackage.IMAGE__ARTIFACTS);
		}
		return artifacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WulfPackage.IMAGE__ARTIFACTS:
				return ((InternalEList<?>)getArtifacts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WulfPackage.IMAGE__NAME:
				return getName();
			case WulfPackage.IMAGE__SOURCE:
				return getSource();
			case WulfPackage.IMAGE__KERNEL_VERSION:
				return getKernelVersion();
			case WulfPackage.IMAGE__KERNEL_PATH:
				return getKernelPath();
			case WulfPackage.IMAGE__ARTIFACTS:
				return getArtifacts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WulfPackage.IMAGE__NAME:
				setName((String)newValue);
				return;
			case WulfPackage.IMAGE__SOURCE:
				setSource((String)newValue);
				return;
			case WulfPackage.IMAGE__KERNEL_VERSION:
				setKernelVersion((String)newValue);
				return;
			case WulfPackage.IMAGE__KERNEL_PATH:
				setKernelPath((String)newValue);
				return;
			case WulfPackage.IMAGE__ARTIFACTS:
				getArtifacts().clear();
				getArtifacts().addAll((Collection<? extends ImageArtifact>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WulfPackage.IMAGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WulfPackage.IMAGE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case WulfPackage.IMAGE__KERNEL_VERSION:
				setKernelVersion(KERNEL_VERSION_EDEFAULT);
				return;
			case WulfPackage.IMAGE__KERNEL_PATH:
				setKernelPath(KERNEL_PATH_EDEFAULT);
				return;
			case WulfPackage.IMAGE__ARTIFACTS:
				getArtifacts().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WulfPackage.IMAGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WulfPackage.IMAGE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case WulfPackage.IMAGE__KERNEL_VERSION:
				return KERNEL_VERSION_EDEFAULT == null ? kernelVersion != null : !KERNEL_VERSION_EDEFAULT.equals(kernelVersion);
			case WulfPackage.IMAGE__KERNEL_PATH:
				return KERNEL_PATH_EDEFAULT == null ? kernelPath != null : !KERNEL_PATH_EDEFAULT.equals(kernelPath);
			case WulfPackage.IMAGE__ARTIFACTS:
				return artifacts != null && !artifacts.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", source: ");
		result.append(source);
		result.append(", kernelVersion: ");
		result.append(kernelVersion);
		result.append(", kernelPath: ");
		result.append(kernelPath);
		result.append(')');
		return result.toString();
	}

} //ImageImpl
