/**
 */
package org.wulf.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cluster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root object: the controller's settings (warewulf.conf in Warewulf) and the node registry (nodes.conf).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.Cluster#getName <em>Name</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getComment <em>Comment</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getControllerIp <em>Controller Ip</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getNetmask <em>Netmask</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getFqdn <em>Fqdn</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getProvisionInterface <em>Provision Interface</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getHttpPort <em>Http Port</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#isSecure <em>Secure</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#isDhcpEnabled <em>Dhcp Enabled</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getDhcpMode <em>Dhcp Mode</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getDhcpRangeStart <em>Dhcp Range Start</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getDhcpRangeEnd <em>Dhcp Range End</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#isTftpEnabled <em>Tftp Enabled</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getTftpRoot <em>Tftp Root</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getUpdateInterval <em>Update Interval</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#isAutobuildOverlays <em>Autobuild Overlays</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#isGrubBoot <em>Grub Boot</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getDhcpTemplate <em>Dhcp Template</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#isNfsEnabled <em>Nfs Enabled</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getIpxeFiles <em>Ipxe Files</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getSshKeyTypes <em>Ssh Key Types</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getDefaultProfile <em>Default Profile</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getNfsExports <em>Nfs Exports</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getImages <em>Images</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getOverlays <em>Overlays</em>}</li>
 *   <li>{@link org.wulf.model.Cluster#getExtras <em>Extras</em>}</li>
 * </ul>
 *
 * @see org.wulf.model.WulfPackage#getCluster()
 * @model
 * @generated
 */
public interface Cluster extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * The default value is <code>"cluster"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.wulf.model.WulfPackage#getCluster_Name()
	 * @model default="cluster"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.wulf.model.WulfPackage#getCluster_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Controller Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The controller's IPv4 address on the provisioning network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Controller Ip</em>' attribute.
	 * @see #setControllerIp(String)
	 * @see org.wulf.model.WulfPackage#getCluster_ControllerIp()
	 * @model
	 * @generated
	 */
	String getControllerIp();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getControllerIp <em>Controller Ip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller Ip</em>' attribute.
	 * @see #getControllerIp()
	 * @generated
	 */
	void setControllerIp(String value);

	/**
	 * Returns the value of the '<em><b>Netmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Netmask</em>' attribute.
	 * @see #setNetmask(String)
	 * @see org.wulf.model.WulfPackage#getCluster_Netmask()
	 * @model
	 * @generated
	 */
	String getNetmask();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getNetmask <em>Netmask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Netmask</em>' attribute.
	 * @see #getNetmask()
	 * @generated
	 */
	void setNetmask(String value);

	/**
	 * Returns the value of the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network</em>' attribute.
	 * @see #setNetwork(String)
	 * @see org.wulf.model.WulfPackage#getCluster_Network()
	 * @model
	 * @generated
	 */
	String getNetwork();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getNetwork <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' attribute.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(String value);

	/**
	 * Returns the value of the '<em><b>Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fqdn</em>' attribute.
	 * @see #setFqdn(String)
	 * @see org.wulf.model.WulfPackage#getCluster_Fqdn()
	 * @model
	 * @generated
	 */
	String getFqdn();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getFqdn <em>Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fqdn</em>' attribute.
	 * @see #getFqdn()
	 * @generated
	 */
	void setFqdn(String value);

	/**
	 * Returns the value of the '<em><b>Provision Interface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network interface the provisioning services bind to; they never answer on any other.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provision Interface</em>' attribute.
	 * @see #setProvisionInterface(String)
	 * @see org.wulf.model.WulfPackage#getCluster_ProvisionInterface()
	 * @model
	 * @generated
	 */
	String getProvisionInterface();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getProvisionInterface <em>Provision Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provision Interface</em>' attribute.
	 * @see #getProvisionInterface()
	 * @generated
	 */
	void setProvisionInterface(String value);

	/**
	 * Returns the value of the '<em><b>Http Port</b></em>' attribute.
	 * The default value is <code>"9873"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Http Port</em>' attribute.
	 * @see #setHttpPort(int)
	 * @see org.wulf.model.WulfPackage#getCluster_HttpPort()
	 * @model default="9873"
	 * @generated
	 */
	int getHttpPort();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getHttpPort <em>Http Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Http Port</em>' attribute.
	 * @see #getHttpPort()
	 * @generated
	 */
	void setHttpPort(int value);

	/**
	 * Returns the value of the '<em><b>Secure</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Serve runtime overlays only to requests from a privileged source port (Warewulf's secure mode).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secure</em>' attribute.
	 * @see #setSecure(boolean)
	 * @see org.wulf.model.WulfPackage#getCluster_Secure()
	 * @model default="true"
	 * @generated
	 */
	boolean isSecure();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#isSecure <em>Secure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secure</em>' attribute.
	 * @see #isSecure()
	 * @generated
	 */
	void setSecure(boolean value);

	/**
	 * Returns the value of the '<em><b>Dhcp Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dhcp Enabled</em>' attribute.
	 * @see #setDhcpEnabled(boolean)
	 * @see org.wulf.model.WulfPackage#getCluster_DhcpEnabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isDhcpEnabled();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#isDhcpEnabled <em>Dhcp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dhcp Enabled</em>' attribute.
	 * @see #isDhcpEnabled()
	 * @generated
	 */
	void setDhcpEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Dhcp Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wulf.model.DhcpMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dhcp Mode</em>' attribute.
	 * @see org.wulf.model.DhcpMode
	 * @see #setDhcpMode(DhcpMode)
	 * @see org.wulf.model.WulfPackage#getCluster_DhcpMode()
	 * @model
	 * @generated
	 */
	DhcpMode getDhcpMode();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getDhcpMode <em>Dhcp Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dhcp Mode</em>' attribute.
	 * @see org.wulf.model.DhcpMode
	 * @see #getDhcpMode()
	 * @generated
	 */
	void setDhcpMode(DhcpMode value);

	/**
	 * Returns the value of the '<em><b>Dhcp Range Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dhcp Range Start</em>' attribute.
	 * @see #setDhcpRangeStart(String)
	 * @see org.wulf.model.WulfPackage#getCluster_DhcpRangeStart()
	 * @model
	 * @generated
	 */
	String getDhcpRangeStart();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getDhcpRangeStart <em>Dhcp Range Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dhcp Range Start</em>' attribute.
	 * @see #getDhcpRangeStart()
	 * @generated
	 */
	void setDhcpRangeStart(String value);

	/**
	 * Returns the value of the '<em><b>Dhcp Range End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dhcp Range End</em>' attribute.
	 * @see #setDhcpRangeEnd(String)
	 * @see org.wulf.model.WulfPackage#getCluster_DhcpRangeEnd()
	 * @model
	 * @generated
	 */
	String getDhcpRangeEnd();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getDhcpRangeEnd <em>Dhcp Range End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dhcp Range End</em>' attribute.
	 * @see #getDhcpRangeEnd()
	 * @generated
	 */
	void setDhcpRangeEnd(String value);

	/**
	 * Returns the value of the '<em><b>Tftp Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tftp Enabled</em>' attribute.
	 * @see #setTftpEnabled(boolean)
	 * @see org.wulf.model.WulfPackage#getCluster_TftpEnabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isTftpEnabled();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#isTftpEnabled <em>Tftp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tftp Enabled</em>' attribute.
	 * @see #isTftpEnabled()
	 * @generated
	 */
	void setTftpEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Tftp Root</b></em>' attribute.
	 * The default value is <code>"/var/lib/wulf/tftp"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tftp Root</em>' attribute.
	 * @see #setTftpRoot(String)
	 * @see org.wulf.model.WulfPackage#getCluster_TftpRoot()
	 * @model default="/var/lib/wulf/tftp"
	 * @generated
	 */
	String getTftpRoot();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getTftpRoot <em>Tftp Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tftp Root</em>' attribute.
	 * @see #getTftpRoot()
	 * @generated
	 */
	void setTftpRoot(String value);

	/**
	 * Returns the value of the '<em><b>Update Interval</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Update Interval</em>' attribute.
	 * @see #setUpdateInterval(int)
	 * @see org.wulf.model.WulfPackage#getCluster_UpdateInterval()
	 * @model default="60"
	 * @generated
	 */
	int getUpdateInterval();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getUpdateInterval <em>Update Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Interval</em>' attribute.
	 * @see #getUpdateInterval()
	 * @generated
	 */
	void setUpdateInterval(int value);

	/**
	 * Returns the value of the '<em><b>Autobuild Overlays</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Autobuild Overlays</em>' attribute.
	 * @see #setAutobuildOverlays(boolean)
	 * @see org.wulf.model.WulfPackage#getCluster_AutobuildOverlays()
	 * @model default="true"
	 * @generated
	 */
	boolean isAutobuildOverlays();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#isAutobuildOverlays <em>Autobuild Overlays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Autobuild Overlays</em>' attribute.
	 * @see #isAutobuildOverlays()
	 * @generated
	 */
	void setAutobuildOverlays(boolean value);

	/**
	 * Returns the value of the '<em><b>Grub Boot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grub Boot</em>' attribute.
	 * @see #setGrubBoot(boolean)
	 * @see org.wulf.model.WulfPackage#getCluster_GrubBoot()
	 * @model
	 * @generated
	 */
	boolean isGrubBoot();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#isGrubBoot <em>Grub Boot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grub Boot</em>' attribute.
	 * @see #isGrubBoot()
	 * @generated
	 */
	void setGrubBoot(boolean value);

	/**
	 * Returns the value of the '<em><b>Dhcp Template</b></em>' attribute.
	 * The default value is <code>"default"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dhcp Template</em>' attribute.
	 * @see #setDhcpTemplate(String)
	 * @see org.wulf.model.WulfPackage#getCluster_DhcpTemplate()
	 * @model default="default"
	 * @generated
	 */
	String getDhcpTemplate();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getDhcpTemplate <em>Dhcp Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dhcp Template</em>' attribute.
	 * @see #getDhcpTemplate()
	 * @generated
	 */
	void setDhcpTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Nfs Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nfs Enabled</em>' attribute.
	 * @see #setNfsEnabled(boolean)
	 * @see org.wulf.model.WulfPackage#getCluster_NfsEnabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isNfsEnabled();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#isNfsEnabled <em>Nfs Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nfs Enabled</em>' attribute.
	 * @see #isNfsEnabled()
	 * @generated
	 */
	void setNfsEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Ipxe Files</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The iPXE binary served over TFTP per PXE client architecture (DHCP option 93 as 00:00, 00:07 ...); empty means Wulf's defaults.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ipxe Files</em>' map.
	 * @see org.wulf.model.WulfPackage#getCluster_IpxeFiles()
	 * @model mapType="org.wulf.model.TagEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getIpxeFiles();

	/**
	 * Returns the value of the '<em><b>Ssh Key Types</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssh Key Types</em>' attribute list.
	 * @see org.wulf.model.WulfPackage#getCluster_SshKeyTypes()
	 * @model
	 * @generated
	 */
	EList<String> getSshKeyTypes();

	/**
	 * Returns the value of the '<em><b>Default Profile</b></em>' attribute.
	 * The default value is <code>"default"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The profile a new node gets when none is named, if a profile of that name exists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Profile</em>' attribute.
	 * @see #setDefaultProfile(String)
	 * @see org.wulf.model.WulfPackage#getCluster_DefaultProfile()
	 * @model default="default"
	 * @generated
	 */
	String getDefaultProfile();

	/**
	 * Sets the value of the '{@link org.wulf.model.Cluster#getDefaultProfile <em>Default Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Profile</em>' attribute.
	 * @see #getDefaultProfile()
	 * @generated
	 */
	void setDefaultProfile(String value);

	/**
	 * Returns the value of the '<em><b>Nfs Exports</b></em>' containment reference list.
	 * The list contents are of type {@link org.wulf.model.NfsExport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nfs Exports</em>' containment reference list.
	 * @see org.wulf.model.WulfPackage#getCluster_NfsExports()
	 * @model containment="true"
	 * @generated
	 */
	EList<NfsExport> getNfsExports();

	/**
	 * Returns the value of the '<em><b>Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link org.wulf.model.Profile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profiles</em>' containment reference list.
	 * @see org.wulf.model.WulfPackage#getCluster_Profiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Profile> getProfiles();

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.wulf.model.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.wulf.model.WulfPackage#getCluster_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link org.wulf.model.Image}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see org.wulf.model.WulfPackage#getCluster_Images()
	 * @model containment="true"
	 * @generated
	 */
	EList<Image> getImages();

	/**
	 * Returns the value of the '<em><b>Overlays</b></em>' containment reference list.
	 * The list contents are of type {@link org.wulf.model.Overlay}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overlays</em>' containment reference list.
	 * @see org.wulf.model.WulfPackage#getCluster_Overlays()
	 * @model containment="true"
	 * @generated
	 */
	EList<Overlay> getOverlays();

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
	 * @see org.wulf.model.WulfPackage#getCluster_Extras()
	 * @model mapType="org.wulf.model.YamlEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getExtras();

} // Cluster
