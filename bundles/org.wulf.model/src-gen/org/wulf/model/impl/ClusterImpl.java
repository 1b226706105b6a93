/**
 */
package org.wulf.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wulf.model.Cluster;
import org.wulf.model.DhcpMode;
import org.wulf.model.Image;
import org.wulf.model.NfsExport;
import org.wulf.model.Node;
import org.wulf.model.Overlay;
import org.wulf.model.Profile;
import org.wulf.model.WulfPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cluster</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getComment <em>Comment</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getControllerIp <em>Controller Ip</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getNetmask <em>Netmask</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getFqdn <em>Fqdn</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getProvisionInterface <em>Provision Interface</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getHttpPort <em>Http Port</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#isSecure <em>Secure</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#isDhcpEnabled <em>Dhcp Enabled</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getDhcpMode <em>Dhcp Mode</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getDhcpRangeStart <em>Dhcp Range Start</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getDhcpRangeEnd <em>Dhcp Range End</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#isTftpEnabled <em>Tftp Enabled</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getTftpRoot <em>Tftp Root</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getUpdateInterval <em>Update Interval</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#isAutobuildOverlays <em>Autobuild Overlays</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#isGrubBoot <em>Grub Boot</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getDhcpTemplate <em>Dhcp Template</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#isNfsEnabled <em>Nfs Enabled</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getIpxeFiles <em>Ipxe Files</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getSshKeyTypes <em>Ssh Key Types</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getDefaultProfile <em>Default Profile</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getNfsExports <em>Nfs Exports</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getImages <em>Images</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getOverlays <em>Overlays</em>}</li>
 *   <li>{@link org.wulf.model.impl.ClusterImpl#getExtras <em>Extras</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClusterImpl extends EObjectImpl implements Cluster {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = "cluster";

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
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getControllerIp() <em>Controller Ip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerIp()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTROLLER_IP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getControllerIp() <em>Controller Ip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerIp()
	 * @generated
	 * @ordered
	 */
	protected String controllerIp = CONTROLLER_IP_EDEFAULT;

	/**
	 * The default value of the '{@link #getNetmask() <em>Netmask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetmask()
	 * @generated
	 * @ordered
	 */
	protected static final String NETMASK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNetmask() <em>Netmask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetmask()
	 * @generated
	 * @ordered
	 */
	protected String netmask = NETMASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected static final String NETWORK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected String network = NETWORK_EDEFAULT;

	/**
	 * The default value of the '{@link #getFqdn() <em>Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFqdn()
	 * @generated
	 * @ordered
	 */
	protected static final String FQDN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFqdn() <em>Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFqdn()
	 * @generated
	 * @ordered
	 */
	protected String fqdn = FQDN_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvisionInterface() <em>Provision Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvisionInterface()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVISION_INTERFACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvisionInterface() <em>Provision Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvisionInterface()
	 * @generated
	 * @ordered
	 */
	protected String provisionInterface = PROVISION_INTERFACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHttpPort() <em>Http Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHttpPort()
	 * @generated
	 * @ordered
	 */
	protected static final int HTTP_PORT_EDEFAULT = 9873;

	/**
	 * The cached value of the '{@link #getHttpPort() <em>Http Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHttpPort()
	 * @generated
	 * @ordered
	 */
	protected int httpPort = HTTP_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #isSecure() <em>Secure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecure()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SECURE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSecure() <em>Secure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecure()
	 * @generated
	 * @ordered
	 */
	protected boolean secure = SECURE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDhcpEnabled() <em>Dhcp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDhcpEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DHCP_ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isDhcpEnabled() <em>Dhcp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDhcpEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean dhcpEnabled = DHCP_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDhcpMode() <em>Dhcp Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhcpMode()
	 * @generated
	 * @ordered
	 */
	protected static final DhcpMode DHCP_MODE_EDEFAULT = DhcpMode.SERVER;

	/**
	 * The cached value of the '{@link #getDhcpMode() <em>Dhcp Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhcpMode()
	 * @generated
	 * @ordered
	 */
	protected DhcpMode dhcpMode = DHCP_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDhcpRangeStart() <em>Dhcp Range Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhcpRangeStart()
	 * @generated
	 * @ordered
	 */
	protected static final String DHCP_RANGE_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDhcpRangeStart() <em>Dhcp Range Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhcpRangeStart()
	 * @generated
	 * @ordered
	 */
	protected String dhcpRangeStart = DHCP_RANGE_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getDhcpRangeEnd() <em>Dhcp Range End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhcpRangeEnd()
	 * @generated
	 * @ordered
	 */
	protected static final String DHCP_RANGE_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDhcpRangeEnd() <em>Dhcp Range End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhcpRangeEnd()
	 * @generated
	 * @ordered
	 */
	protected String dhcpRangeEnd = DHCP_RANGE_END_EDEFAULT;

	/**
	 * The default value of the '{@link #isTftpEnabled() <em>Tftp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTftpEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TFTP_ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isTftpEnabled() <em>Tftp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTftpEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean tftpEnabled = TFTP_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTftpRoot() <em>Tftp Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTftpRoot()
	 * @generated
	 * @ordered
	 */
	protected static final String TFTP_ROOT_EDEFAULT = "/var/lib/wulf/tftp";

	/**
	 * The cached value of the '{@link #getTftpRoot() <em>Tftp Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTftpRoot()
	 * @generated
	 * @ordered
	 */
	protected String tftpRoot = TFTP_ROOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdateInterval() <em>Update Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateInterval()
	 * @generated
	 * @ordered
	 */
	protected static final int UPDATE_INTERVAL_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getUpdateInterval() <em>Update Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateInterval()
	 * @generated
	 * @ordered
	 */
	protected int updateInterval = UPDATE_INTERVAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isAutobuildOverlays() <em>Autobuild Overlays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutobuildOverlays()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTOBUILD_OVERLAYS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAutobuildOverlays() <em>Autobuild Overlays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutobuildOverlays()
	 * @generated
	 * @ordered
	 */
	protected boolean autobuildOverlays = AUTOBUILD_OVERLAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #isGrubBoot() <em>Grub Boot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGrubBoot()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GRUB_BOOT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGrubBoot() <em>Grub Boot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGrubBoot()
	 * @generated
	 * @ordered
	 */
	protected boolean grubBoot = GRUB_BOOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDhcpTemplate() <em>Dhcp Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhcpTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String DHCP_TEMPLATE_EDEFAULT = "default";

	/**
	 * The cached value of the '{@link #getDhcpTemplate() <em>Dhcp Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhcpTemplate()
	 * @generated
	 * @ordered
	 */
	protected String dhcpTemplate = DHCP_TEMPLATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isNfsEnabled() <em>Nfs Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNfsEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NFS_ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isNfsEnabled() <em>Nfs Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNfsEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean nfsEnabled = NFS_ENABLED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIpxeFiles() <em>Ipxe Files</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpxeFiles()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> ipxeFiles;

	/**
	 * The cached value of the '{@link #getSshKeyTypes() <em>Ssh Key Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshKeyTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sshKeyTypes;

	/**
	 * The default value of the '{@link #getDefaultProfile() <em>Default Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultProfile()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFAULT_PROFILE_EDEFAULT = "default";

	/**
	 * The cached value of the '{@link #getDefaultProfile() <em>Default Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultProfile()
	 * @generated
	 * @ordered
	 */
	protected String defaultProfile = DEFAULT_PROFILE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNfsExports() <em>Nfs Exports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNfsExports()
	 * @generated
	 * @ordered
	 */
	protected EList<NfsExport> nfsExports;

	/**
	 * The cached value of the '{@link #getProfiles() <em>Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<Profile> profiles;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> nodes;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected EList<Image> images;

	/**
	 * The cached value of the '{@link #getOverlays() <em>Overlays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlays()
	 * @generated
	 * @ordered
	 */
	protected EList<Overlay> overlays;

	/**
	 * The cached value of the '{@link #getExtras() <em>Extras</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtras()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> extras;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WulfPackage.Literals.CLUSTER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getControllerIp() {
		return controllerIp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControllerIp(String newControllerIp) {
		String oldControllerIp = controllerIp;
		controllerIp = newControllerIp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__CONTROLLER_IP, oldControllerIp, controllerIp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNetmask() {
		return netmask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetmask(String newNetmask) {
		String oldNetmask = netmask;
		netmask = newNetmask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__NETMASK, oldNetmask, netmask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetwork(String newNetwork) {
		String oldNetwork = network;
		network = newNetwork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__NETWORK, oldNetwork, network));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFqdn() {
		return fqdn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFqdn(String newFqdn) {
		String oldFqdn = fqdn;
		fqdn = newFqdn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__FQDN, oldFqdn, fqdn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvisionInterface() {
		return provisionInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvisionInterface(String newProvisionInterface) {
		String oldProvisionInterface = provisionInterface;
		provisionInterface = newProvisionInterface;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__PROVISION_INTERFACE, oldProvisionInterface, provisionInterface));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHttpPort() {
		return httpPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHttpPort(int newHttpPort) {
		int oldHttpPort = httpPort;
		httpPort = newHttpPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__HTTP_PORT, oldHttpPort, httpPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSecure() {
		return secure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecure(boolean newSecure) {
		boolean oldSecure = secure;
		secure = newSecure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__SECURE, oldSecure, secure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDhcpEnabled() {
		return dhcpEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDhcpEnabled(boolean newDhcpEnabled) {
		boolean oldDhcpEnabled = dhcpEnabled;
		dhcpEnabled = newDhcpEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__DHCP_ENABLED, oldDhcpEnabled, dhcpEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DhcpMode getDhcpMode() {
		return dhcpMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDhcpMode(DhcpMode newDhcpMode) {
		DhcpMode oldDhcpMode = dhcpMode;
		dhcpMode = newDhcpMode == null ? DHCP_MODE_EDEFAULT : newDhcpMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__DHCP_MODE, oldDhcpMode, dhcpMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDhcpRangeStart() {
		return dhcpRangeStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDhcpRangeStart(String newDhcpRangeStart) {
		String oldDhcpRangeStart = dhcpRangeStart;
		dhcpRangeStart = newDhcpRangeStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__DHCP_RANGE_START, oldDhcpRangeStart, dhcpRangeStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDhcpRangeEnd() {
		return dhcpRangeEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDhcpRangeEnd(String newDhcpRangeEnd) {
		String oldDhcpRangeEnd = dhcpRangeEnd;
		dhcpRangeEnd = newDhcpRangeEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__DHCP_RANGE_END, oldDhcpRangeEnd, dhcpRangeEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTftpEnabled() {
		return tftpEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTftpEnabled(boolean newTftpEnabled) {
		boolean oldTftpEnabled = tftpEnabled;
		tftpEnabled = newTftpEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__TFTP_ENABLED, oldTftpEnabled, tftpEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTftpRoot() {
		return tftpRoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTftpRoot(String newTftpRoot) {
		String oldTftpRoot = tftpRoot;
		tftpRoot = newTftpRoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__TFTP_ROOT, oldTftpRoot, tftpRoot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUpdateInterval() {
		return updateInterval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateInterval(int newUpdateInterval) {
		int oldUpdateInterval = updateInterval;
		updateInterval = newUpdateInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__UPDATE_INTERVAL, oldUpdateInterval, updateInterval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAutobuildOverlays() {
		return autobuildOverlays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutobuildOverlays(boolean newAutobuildOverlays) {
		boolean oldAutobuildOverlays = autobuildOverlays;
		autobuildOverlays = newAutobuildOverlays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__AUTOBUILD_OVERLAYS, oldAutobuildOverlays, autobuildOverlays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGrubBoot() {
		return grubBoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrubBoot(boolean newGrubBoot) {
		boolean oldGrubBoot = grubBoot;
		grubBoot = newGrubBoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__GRUB_BOOT, oldGrubBoot, grubBoot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDhcpTemplate() {
		return dhcpTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDhcpTemplate(String newDhcpTemplate) {
		String oldDhcpTemplate = dhcpTemplate;
		dhcpTemplate = newDhcpTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__DHCP_TEMPLATE, oldDhcpTemplate, dhcpTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNfsEnabled() {
		return nfsEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNfsEnabled(boolean newNfsEnabled) {
		boolean oldNfsEnabled = nfsEnabled;
		nfsEnabled = newNfsEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__NFS_ENABLED, oldNfsEnabled, nfsEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getIpxeFiles() {
		if (ipxeFiles == null) {
			ipxeFiles = new EcoreEMap<String,String>(WulfPackage.Literals.TAG_ENTRY, TagEntryImpl.class, this, WulfPackage.CLUSTER__IPXE_FILES);
		}
		return ipxeFiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSshKeyTypes() {
		if (sshKeyTypes == null) {
			sshKeyTypes = new EDataTypeUniqueEList<String>(String.class, this, WulfPackage.CLUSTER__SSH_KEY_TYPES);
		}
		return sshKeyTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefaultProfile() {
		return defaultProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultProfile(String newDefaultProfile) {
		String oldDefaultProfile = defaultProfile;
		defaultProfile = newDefaultProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.CLUSTER__DEFAULT_PROFILE, oldDefaultProfile, defaultProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NfsExport> getNfsExports() {
		if (nfsExports == null) {
			nfsExports = new EObjectContainmentEList<NfsExport>(NfsExport.class, this, WulfPackage.CLUSTER__NFS_EXPORTS);
		}
		return nfsExports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Profile> getProfiles() {
		if (profiles == null) {
			profiles = new EObjectContainmentEList<Profile>(Profile.class, this, WulfPackage.CLUSTER__PROFILES);
		}
		return profiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<Node>(Node.class, this, WulfPackage.CLUSTER__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Image> getImages() {
		if (images == null) {
			images = new EObjectContainmentEList<Image>(Image.class, this, WulfPackage.CLUSTER__IMAGES);
		}
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Overlay> getOverlays() {
		if (overlays == null) {
			overlays = new EObjectContainmentEList<Overlay>(Overlay.class, this, WulfPackage.CLUSTER__OVERLAYS);
		}
		return overlays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getExtras() {
		if (extras == null) {
			extras = new EcoreEMap<String,String>(WulfPackage.Literals.YAML_ENTRY, YamlEntryImpl.class, this, WulfPackage.CLUSTER__EXTRAS);
		}
		return extras;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WulfPackage.CLUSTER__IPXE_FILES:
				return ((InternalEList<?>)getIpxeFiles()).basicRemove(otherEnd, msgs);
			case WulfPackage.CLUSTER__NFS_EXPORTS:
				return ((InternalEList<?>)getNfsExports()).basicRemove(otherEnd, msgs);
			case WulfPackage.CLUSTER__PROFILES:
				return ((InternalEList<?>)getProfiles()).basicRemove(otherEnd, msgs);
			case WulfPackage.CLUSTER__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case WulfPackage.CLUSTER__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
			case WulfPackage.CLUSTER__OVERLAYS:
				return ((InternalEList<?>)getOverlays()).basicRemove(otherEnd, msgs);
			case WulfPackage.CLUSTER__EXTRAS:
				return ((InternalEList<?>)getExtras()).basicRemove(otherEnd, msgs);
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
			case WulfPackage.CLUSTER__NAME:
				return getName();
			case WulfPackage.CLUSTER__COMMENT:
				return getComment();
			case WulfPackage.CLUSTER__CONTROLLER_IP:
				return getControllerIp();
			case WulfPackage.CLUSTER__NETMASK:
				return getNetmask();
			case WulfPackage.CLUSTER__NETWORK:
				return getNetwork();
			case WulfPackage.CLUSTER__FQDN:
				return getFqdn();
			case WulfPackage.CLUSTER__PROVISION_INTERFACE:
				return getProvisionInterface();
			case WulfPackage.CLUSTER__HTTP_PORT:
				return getHttpPort();
			case WulfPackage.CLUSTER__SECURE:
				return isSecure();
			case WulfPackage.CLUSTER__DHCP_ENABLED:
				return isDhcpEnabled();
			case WulfPackage.CLUSTER__DHCP_MODE:
				return getDhcpMode();
			case WulfPackage.CLUSTER__DHCP_RANGE_START:
				return getDhcpRangeStart();
			case WulfPackage.CLUSTER__DHCP_RANGE_END:
				return getDhcpRangeEnd();
			case WulfPackage.CLUSTER__TFTP_ENABLED:
				return isTftpEnabled();
			case WulfPackage.CLUSTER__TFTP_ROOT:
				return getTftpRoot();
			case WulfPackage.CLUSTER__UPDATE_INTERVAL:
				return getUpdateInterval();
			case WulfPackage.CLUSTER__AUTOBUILD_OVERLAYS:
				return isAutobuildOverlays();
			case WulfPackage.CLUSTER__GRUB_BOOT:
				return isGrubBoot();
			case WulfPackage.CLUSTER__DHCP_TEMPLATE:
				return getDhcpTemplate();
			case WulfPackage.CLUSTER__NFS_ENABLED:
				return isNfsEnabled();
			case WulfPackage.CLUSTER__IPXE_FILES:
				if (coreType) return getIpxeFiles();
				else return getIpxeFiles().map();
			case WulfPackage.CLUSTER__SSH_KEY_TYPES:
				return getSshKeyTypes();
			case WulfPackage.CLUSTER__DEFAULT_PROFILE:
				return getDefaultProfile();
			case WulfPackage.CLUSTER__NFS_EXPORTS:
				return getNfsExports();
			case WulfPackage.CLUSTER__PROFILES:
				return getProfiles();
			case WulfPackage.CLUSTER__NODES:
				return getNodes();
			case WulfPackage.CLUSTER__IMAGES:
				return getImages();
			case WulfPackage.CLUSTER__OVERLAYS:
				return getOverlays();
			case WulfPackage.CLUSTER__EXTRAS:
				if (coreType) return getExtras();
				else return getExtras().map();
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
			case WulfPackage.CLUSTER__NAME:
				setName((String)newValue);
				return;
			case WulfPackage.CLUSTER__COMMENT:
				setComment((String)newValue);
				return;
			case WulfPackage.CLUSTER__CONTROLLER_IP:
				setControllerIp((String)newValue);
				return;
			case WulfPackage.CLUSTER__NETMASK:
				setNetmask((String)newValue);
				return;
			case WulfPackage.CLUSTER__NETWORK:
				setNetwork((String)newValue);
				return;
			case WulfPackage.CLUSTER__FQDN:
				setFqdn((String)newValue);
				return;
			case WulfPackage.CLUSTER__PROVISION_INTERFACE:
				setProvisionInterface((String)newValue);
				return;
			case WulfPackage.CLUSTER__HTTP_PORT:
				setHttpPort((Integer)newValue);
				return;
			case WulfPackage.CLUSTER__SECURE:
				setSecure((Boolean)newValue);
				return;
			case WulfPackage.CLUSTER__DHCP_ENABLED:
				setDhcpEnabled((Boolean)newValue);
				return;
			case WulfPackage.CLUSTER__DHCP_MODE:
				setDhcpMode((DhcpMode)newValue);
				return;
			case WulfPackage.CLUSTER__DHCP_RANGE_START:
				setDhcpRangeStart((String)newValue);
				return;
			case WulfPackage.CLUSTER__DHCP_RANGE_END:
				setDhcpRangeEnd((String)newValue);
				return;
			case WulfPackage.CLUSTER__TFTP_ENABLED:
				setTftpEnabled((Boolean)newValue);
				return;
			case WulfPackage.CLUSTER__TFTP_ROOT:
				setTftpRoot((String)newValue);
				return;
			case WulfPackage.CLUSTER__UPDATE_INTERVAL:
				setUpdateInterval((Integer)newValue);
				return;
			case WulfPackage.CLUSTER__AUTOBUILD_OVERLAYS:
				setAutobuildOverlays((Boolean)newValue);
				return;
			case WulfPackage.CLUSTER__GRUB_BOOT:
				setGrubBoot((Boolean)newValue);
				return;
			case WulfPackage.CLUSTER__DHCP_TEMPLATE:
				setDhcpTemplate((String)newValue);
				return;
			case WulfPackage.CLUSTER__NFS_ENABLED:
				setNfsEnabled((Boolean)newValue);
				return;
			case WulfPackage.CLUSTER__IPXE_FILES:
				((EStructuralFeature.Setting)getIpxeFiles()).set(newValue);
				return;
			case WulfPackage.CLUSTER__SSH_KEY_TYPES:
				getSshKeyTypes().clear();
				getSshKeyTypes().addAll((Collection<? extends String>)newValue);
				return;
			case WulfPackage.CLUSTER__DEFAULT_PROFILE:
				setDefaultProfile((String)newValue);
				return;
			case WulfPackage.CLUSTER__NFS_EXPORTS:
				getNfsExports().clear();
				getNfsExports().addAll((Collection<? extends NfsExport>)newValue);
				return;
			case WulfPackage.CLUSTER__PROFILES:
				getProfiles().clear();
				getProfiles().addAll((Collection<? extends Profile>)newValue);
				return;
			case WulfPackage.CLUSTER__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends Node>)newValue);
				return;
			case WulfPackage.CLUSTER__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends Image>)newValue);
				return;
			case WulfPackage.CLUSTER__OVERLAYS:
				getOverlays().clear();
				getOverlays().addAll((Collection<? extends Overlay>)newValue);
				return;
			case WulfPackage.CLUSTER__EXTRAS:
				((EStructuralFeature.Setting)getExtras()).set(newValue);
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
			case WulfPackage.CLUSTER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__COMMENT:
				setComment(COMMENT_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__CONTROLLER_IP:
				setControllerIp(CONTROLLER_IP_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__NETMASK:
				setNetmask(NETMASK_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__NETWORK:
				setNetwork(NETWORK_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__FQDN:
				setFqdn(FQDN_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__PROVISION_INTERFACE:
				setProvisionInterface(PROVISION_INTERFACE_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__HTTP_PORT:
				setHttpPort(HTTP_PORT_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__SECURE:
				setSecure(SECURE_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__DHCP_ENABLED:
				setDhcpEnabled(DHCP_ENABLED_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__DHCP_MODE:
				setDhcpMode(DHCP_MODE_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__DHCP_RANGE_START:
				setDhcpRangeStart(DHCP_RANGE_START_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__DHCP_RANGE_END:
				setDhcpRangeEnd(DHCP_RANGE_END_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__TFTP_ENABLED:
				setTftpEnabled(TFTP_ENABLED_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__TFTP_ROOT:
				setTftpRoot(TFTP_ROOT_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__UPDATE_INTERVAL:
				setUpdateInterval(UPDATE_INTERVAL_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__AUTOBUILD_OVERLAYS:
				setAutobuildOverlays(AUTOBUILD_OVERLAYS_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__GRUB_BOOT:
				setGrubBoot(GRUB_BOOT_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__DHCP_TEMPLATE:
				setDhcpTemplate(DHCP_TEMPLATE_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__NFS_ENABLED:
				setNfsEnabled(NFS_ENABLED_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__IPXE_FILES:
				getIpxeFiles().clear();
				return;
			case WulfPackage.CLUSTER__SSH_KEY_TYPES:
				getSshKeyTypes().clear();
				return;
			case WulfPackage.CLUSTER__DEFAULT_PROFILE:
				setDefaultProfile(DEFAULT_PROFILE_EDEFAULT);
				return;
			case WulfPackage.CLUSTER__NFS_EXPORTS:
				getNfsExports().clear();
				return;
			case WulfPackage.CLUSTER__PROFILES:
				getProfiles().clear();
				return;
			case WulfPackage.CLUSTER__NODES:
				getNodes().clear();
				return;
			case WulfPackage.CLUSTER__IMAGES:
				getImages().clear();
				return;
			case WulfPackage.CLUSTER__OVERLAYS:
				getOverlays().clear();
				return;
			case WulfPackage.CLUSTER__EXTRAS:
				getExtras().clear();
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
			case WulfPackage.CLUSTER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WulfPackage.CLUSTER__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
			case WulfPackage.CLUSTER__CONTROLLER_IP:
				return CONTROLLER_IP_EDEFAULT == null ? controllerIp != null : !CONTROLLER_IP_EDEFAULT.equals(controllerIp);
			case WulfPackage.CLUSTER__NETMASK:
				return NETMASK_EDEFAULT == null ? netmask != null : !NETMASK_EDEFAULT.equals(netmask);
			case WulfPackage.CLUSTER__NETWORK:
				return NETWORK_EDEFAULT == null ? network != null : !NETWORK_EDEFAULT.equals(network);
			case WulfPackage.CLUSTER__FQDN:
				return FQDN_EDEFAULT == null ? fqdn != null : !FQDN_EDEFAULT.equals(fqdn);
			case WulfPackage.CLUSTER__PROVISION_INTERFACE:
				return PROVISION_INTERFACE_EDEFAULT == null ? provisionInterface != null : !PROVISION_INTERFACE_EDEFAULT.equals(provisionInterface);
			case WulfPackage.CLUSTER__HTTP_PORT:
				return httpPort != HTTP_PORT_EDEFAULT;
			case WulfPackage.CLUSTER__SECURE:
				return secure != SECURE_EDEFAULT;
			case WulfPackage.CLUSTER__DHCP_ENABLED:
				return dhcpEnabled != DHCP_ENABLED_EDEFAULT;
			case WulfPackage.CLUSTER__DHCP_MODE:
				return dhcpMode != DHCP_MODE_EDEFAULT;
			case WulfPackage.CLUSTER__DHCP_RANGE_START:
				return DHCP_RANGE_START_EDEFAULT == null ? dhcpRangeStart != null : !DHCP_RANGE_START_EDEFAULT.equals(dhcpRangeStart);
			case WulfPackage.CLUSTER__DHCP_RANGE_END:
				return DHCP_RANGE_END_EDEFAULT == null ? dhcpRangeEnd != null : !DHCP_RANGE_END_EDEFAULT.equals(dhcpRangeEnd);
			case WulfPackage.CLUSTER__TFTP_ENABLED:
				return tftpEnabled != TFTP_ENABLED_EDEFAULT;
			case WulfPackage.CLUSTER__TFTP_ROOT:
				return TFTP_ROOT_EDEFAULT == null ? tftpRoot != null : !TFTP_ROOT_EDEFAULT.equals(tftpRoot);
			case WulfPackage.CLUSTER__UPDATE_INTERVAL:
				return updateInterval != UPDATE_INTERVAL_EDEFAULT;
			case WulfPackage.CLUSTER__AUTOBUILD_OVERLAYS:
				return autobuildOverlays != AUTOBUILD_OVERLAYS_EDEFAULT;
			case WulfPackage.CLUSTER__GRUB_BOOT:
				return grubBoot != GRUB_BOOT_EDEFAULT;
			case WulfPackage.CLUSTER__DHCP_TEMPLATE:
				return DHCP_TEMPLATE_EDEFAULT == null ? dhcpTemplate != null : !DHCP_TEMPLATE_EDEFAULT.equals(dhcpTemplate);
			case WulfPackage.CLUSTER__NFS_ENABLED:
				return nfsEnabled != NFS_ENABLED_EDEFAULT;
			case WulfPackage.CLUSTER__IPXE_FILES:
				return ipxeFiles != null && !ipxeFiles.isEmpty();
			case WulfPackage.CLUSTER__SSH_KEY_TYPES:
				return sshKeyTypes != null && !sshKeyTypes.isEmpty();
			case WulfPackage.CLUSTER__DEFAULT_PROFILE:
				return DEFAULT_PROFILE_EDEFAULT == null ? defaultProfile != null : !DEFAULT_PROFILE_EDEFAULT.equals(defaultProfile);
			case WulfPackage.CLUSTER__NFS_EXPORTS:
				return nfsExports != null && !nfsExports.isEmpty();
			case WulfPackage.CLUSTER__PROFILES:
				return profiles != null && !profiles.isEmpty();
			case WulfPackage.CLUSTER__NODES:
				return nodes != null && !nodes.isEmpty();
			case WulfPackage.CLUSTER__IMAGES:
				return images != null && !images.isEmpty();
			case WulfPackage.CLUSTER__OVERLAYS:
				return overlays != null && !overlays.isEmpty();
			case WulfPackage.CLUSTER__EXTRAS:
				return extras != null && !extras.isEmpty();
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
		result.append(", comment: ");
		result.append(comment);
		result.append(", controllerIp: ");
		result.append(controllerIp);
		result.append(", netmask: ");
		result.append(netmask);
		result.append(", network: ");
		result.append(network);
		result.append(", fqdn: ");
		result.append(fqdn);
		result.append(", provisionInterface: ");
		result.append(provisionInterface);
		result.append(", httpPort: ");
		result.append(httpPort);
		result.append(", secure: ");
		result.append(secure);
		result.append(", dhcpEnabled: ");
		result.append(dhcpEnabled);
		result.append(", dhcpMode: ");
		result.append(dhcpMode);
		result.append(", dhcpRangeStart: ");
		result.append(dhcpRangeStart);
		result.append(", dhcpRangeEnd: ");
		result.append(dhcpRangeEnd);
		result.append(", tftpEnabled: ");
		result.append(tftpEnabled);
		result.append(", tftpRoot: ");
		result.append(tftpRoot);
		result.append(", updateInterval: ");
		result.append(updateInterval);
		result.append(", autobuildOverlays: ");
		result.append(autobuildOverlays);
		result.append(", grubBoot: ");
		result.append(grubBoot);
		result.append(", dhcpTemplate: ");
		result.append(dhcpTemplate);
		result.append(", nfsEnabled: ");
		result.append(nfsEnabled);
		result.append(", sshKeyTypes: ");
		result.append(sshKeyTypes);
		result.append(", defaultProfile: ");
		result.append(defaultProfile);
		result.append(')');
		return result.toString();
	}

} //ClusterImpl
