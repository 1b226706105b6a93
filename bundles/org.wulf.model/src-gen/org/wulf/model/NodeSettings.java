/**
 */
package org.wulf.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The attributes a profile and a node can both set. An unset attribute (null, or an empty list or map) inherits from the profiles; the word UNSET or UNDEF as a value clears what profiles give.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.NodeSettings#getName <em>Name</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getComment <em>Comment</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getClusterName <em>Cluster Name</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getImage <em>Image</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getKernelVersion <em>Kernel Version</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getKernelArgs <em>Kernel Args</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getIpxeTemplate <em>Ipxe Template</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getInit <em>Init</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getRoot <em>Root</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getSystemOverlays <em>System Overlays</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getRuntimeOverlays <em>Runtime Overlays</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getPrimaryNetwork <em>Primary Network</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getNetDevs <em>Net Devs</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getIpmi <em>Ipmi</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getTags <em>Tags</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getDiscoverable <em>Discoverable</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getAssetKey <em>Asset Key</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getDisks <em>Disks</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getFilesystems <em>Filesystems</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getResources <em>Resources</em>}</li>
 *   <li>{@link org.wulf.model.NodeSettings#getExtras <em>Extras</em>}</li>
 * </ul>
 *
 * @see org.wulf.model.WulfPackage#getNodeSettings()
 * @model abstract="true"
 * @generated
 */
public interface NodeSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Profiles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the profiles this node or profile inherits from, in order; ~name removes a profile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profiles</em>' attribute list.
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Profiles()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getProfiles();

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Cluster Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cluster Name</em>' attribute.
	 * @see #setClusterName(String)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_ClusterName()
	 * @model
	 * @generated
	 */
	String getClusterName();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getClusterName <em>Cluster Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster Name</em>' attribute.
	 * @see #getClusterName()
	 * @generated
	 */
	void setClusterName(String value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Image()
	 * @model
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

	/**
	 * Returns the value of the '<em><b>Kernel Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel Version</em>' attribute.
	 * @see #setKernelVersion(String)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_KernelVersion()
	 * @model
	 * @generated
	 */
	String getKernelVersion();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getKernelVersion <em>Kernel Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel Version</em>' attribute.
	 * @see #getKernelVersion()
	 * @generated
	 */
	void setKernelVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kernel Args</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel Args</em>' attribute list.
	 * @see org.wulf.model.WulfPackage#getNodeSettings_KernelArgs()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getKernelArgs();

	/**
	 * Returns the value of the '<em><b>Ipxe Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ipxe Template</em>' attribute.
	 * @see #setIpxeTemplate(String)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_IpxeTemplate()
	 * @model
	 * @generated
	 */
	String getIpxeTemplate();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getIpxeTemplate <em>Ipxe Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipxe Template</em>' attribute.
	 * @see #getIpxeTemplate()
	 * @generated
	 */
	void setIpxeTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Init</em>' attribute.
	 * @see #setInit(String)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Init()
	 * @model
	 * @generated
	 */
	String getInit();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getInit <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Init</em>' attribute.
	 * @see #getInit()
	 * @generated
	 */
	void setInit(String value);

	/**
	 * Returns the value of the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root</em>' attribute.
	 * @see #setRoot(String)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Root()
	 * @model
	 * @generated
	 */
	String getRoot();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getRoot <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' attribute.
	 * @see #getRoot()
	 * @generated
	 */
	void setRoot(String value);

	/**
	 * Returns the value of the '<em><b>System Overlays</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>System Overlays</em>' attribute list.
	 * @see org.wulf.model.WulfPackage#getNodeSettings_SystemOverlays()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getSystemOverlays();

	/**
	 * Returns the value of the '<em><b>Runtime Overlays</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runtime Overlays</em>' attribute list.
	 * @see org.wulf.model.WulfPackage#getNodeSettings_RuntimeOverlays()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getRuntimeOverlays();

	/**
	 * Returns the value of the '<em><b>Primary Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary Network</em>' attribute.
	 * @see #setPrimaryNetwork(String)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_PrimaryNetwork()
	 * @model
	 * @generated
	 */
	String getPrimaryNetwork();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getPrimaryNetwork <em>Primary Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Network</em>' attribute.
	 * @see #getPrimaryNetwork()
	 * @generated
	 */
	void setPrimaryNetwork(String value);

	/**
	 * Returns the value of the '<em><b>Net Devs</b></em>' containment reference list.
	 * The list contents are of type {@link org.wulf.model.NetDev}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Net Devs</em>' containment reference list.
	 * @see org.wulf.model.WulfPackage#getNodeSettings_NetDevs()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetDev> getNetDevs();

	/**
	 * Returns the value of the '<em><b>Ipmi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ipmi</em>' containment reference.
	 * @see #setIpmi(Ipmi)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Ipmi()
	 * @model containment="true"
	 * @generated
	 */
	Ipmi getIpmi();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getIpmi <em>Ipmi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipmi</em>' containment reference.
	 * @see #getIpmi()
	 * @generated
	 */
	void setIpmi(Ipmi value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' map.
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Tags()
	 * @model mapType="org.wulf.model.TagEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getTags();

	/**
	 * Returns the value of the '<em><b>Discoverable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discoverable</em>' attribute.
	 * @see #setDiscoverable(Boolean)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Discoverable()
	 * @model
	 * @generated
	 */
	Boolean getDiscoverable();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getDiscoverable <em>Discoverable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discoverable</em>' attribute.
	 * @see #getDiscoverable()
	 * @generated
	 */
	void setDiscoverable(Boolean value);

	/**
	 * Returns the value of the '<em><b>Asset Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asset Key</em>' attribute.
	 * @see #setAssetKey(String)
	 * @see org.wulf.model.WulfPackage#getNodeSettings_AssetKey()
	 * @model
	 * @generated
	 */
	String getAssetKey();

	/**
	 * Sets the value of the '{@link org.wulf.model.NodeSettings#getAssetKey <em>Asset Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset Key</em>' attribute.
	 * @see #getAssetKey()
	 * @generated
	 */
	void setAssetKey(String value);

	/**
	 * Returns the value of the '<em><b>Disks</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disks</em>' map.
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Disks()
	 * @model mapType="org.wulf.model.YamlEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getDisks();

	/**
	 * Returns the value of the '<em><b>Filesystems</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filesystems</em>' map.
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Filesystems()
	 * @model mapType="org.wulf.model.YamlEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getFilesystems();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' map.
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Resources()
	 * @model mapType="org.wulf.model.YamlEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getResources();

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
	 * @see org.wulf.model.WulfPackage#getNodeSettings_Extras()
	 * @model mapType="org.wulf.model.YamlEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getExtras();

} // NodeSettings
