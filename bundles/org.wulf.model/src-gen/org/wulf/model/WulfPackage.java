/**
 */
package org.wulf.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Wulf cluster model: one controller, its profiles and nodes, and the images and overlays they boot. Node and profile share one set of settable attributes; the effective value of a node is resolved from the node and its ordered profiles by org.wulf.core.
 * <!-- end-model-doc -->
 * @see org.wulf.model.WulfFactory
 * @model kind="package"
 * @generated
 */
public interface WulfPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.wulf.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "wulf";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WulfPackage eINSTANCE = org.wulf.model.impl.WulfPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.ClusterImpl <em>Cluster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.ClusterImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getCluster()
	 * @generated
	 */
	int CLUSTER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__COMMENT = 1;

	/**
	 * The feature id for the '<em><b>Controller Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__CONTROLLER_IP = 2;

	/**
	 * The feature id for the '<em><b>Netmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NETMASK = 3;

	/**
	 * The feature id for the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NETWORK = 4;

	/**
	 * The feature id for the '<em><b>Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__FQDN = 5;

	/**
	 * The feature id for the '<em><b>Provision Interface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__PROVISION_INTERFACE = 6;

	/**
	 * The feature id for the '<em><b>Http Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__HTTP_PORT = 7;

	/**
	 * The feature id for the '<em><b>Secure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__SECURE = 8;

	/**
	 * The feature id for the '<em><b>Dhcp Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__DHCP_ENABLED = 9;

	/**
	 * The feature id for the '<em><b>Dhcp Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__DHCP_MODE = 10;

	/**
	 * The feature id for the '<em><b>Dhcp Range Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__DHCP_RANGE_START = 11;

	/**
	 * The feature id for the '<em><b>Dhcp Range End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__DHCP_RANGE_END = 12;

	/**
	 * The feature id for the '<em><b>Tftp Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__TFTP_ENABLED = 13;

	/**
	 * The feature id for the '<em><b>Tftp Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__TFTP_ROOT = 14;

	/**
	 * The feature id for the '<em><b>Update Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__UPDATE_INTERVAL = 15;

	/**
	 * The feature id for the '<em><b>Autobuild Overlays</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__AUTOBUILD_OVERLAYS = 16;

	/**
	 * The feature id for the '<em><b>Grub Boot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__GRUB_BOOT = 17;

	/**
	 * The feature id for the '<em><b>Dhcp Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__DHCP_TEMPLATE = 18;

	/**
	 * The feature id for the '<em><b>Nfs Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NFS_ENABLED = 19;

	/**
	 * The feature id for the '<em><b>Ipxe Files</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__IPXE_FILES = 20;

	/**
	 * The feature id for the '<em><b>Ssh Key Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__SSH_KEY_TYPES = 21;

	/**
	 * The feature id for the '<em><b>Default Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__DEFAULT_PROFILE = 22;

	/**
	 * The feature id for the '<em><b>Nfs Exports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NFS_EXPORTS = 23;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__PROFILES = 24;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NODES = 25;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__IMAGES = 26;

	/**
	 * The feature id for the '<em><b>Overlays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__OVERLAYS = 27;

	/**
	 * The feature id for the '<em><b>Extras</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__EXTRAS = 28;

	/**
	 * The number of structural features of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_FEATURE_COUNT = 29;

	/**
	 * The number of operations of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.NfsExportImpl <em>Nfs Export</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.NfsExportImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getNfsExport()
	 * @generated
	 */
	int NFS_EXPORT = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NFS_EXPORT__PATH = 0;

	/**
	 * The feature id for the '<em><b>Options</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NFS_EXPORT__OPTIONS = 1;

	/**
	 * The feature id for the '<em><b>Extras</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NFS_EXPORT__EXTRAS = 2;

	/**
	 * The number of structural features of the '<em>Nfs Export</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NFS_EXPORT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Nfs Export</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NFS_EXPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.NodeSettingsImpl <em>Node Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.NodeSettingsImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getNodeSettings()
	 * @generated
	 */
	int NODE_SETTINGS = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__PROFILES = 1;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__COMMENT = 2;

	/**
	 * The feature id for the '<em><b>Cluster Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__CLUSTER_NAME = 3;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__IMAGE = 4;

	/**
	 * The feature id for the '<em><b>Kernel Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__KERNEL_VERSION = 5;

	/**
	 * The feature id for the '<em><b>Kernel Args</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__KERNEL_ARGS = 6;

	/**
	 * The feature id for the '<em><b>Ipxe Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__IPXE_TEMPLATE = 7;

	/**
	 * The feature id for the '<em><b>Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__INIT = 8;

	/**
	 * The feature id for the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__ROOT = 9;

	/**
	 * The feature id for the '<em><b>System Overlays</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__SYSTEM_OVERLAYS = 10;

	/**
	 * The feature id for the '<em><b>Runtime Overlays</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__RUNTIME_OVERLAYS = 11;

	/**
	 * The feature id for the '<em><b>Primary Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__PRIMARY_NETWORK = 12;

	/**
	 * The feature id for the '<em><b>Net Devs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__NET_DEVS = 13;

	/**
	 * The feature id for the '<em><b>Ipmi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__IPMI = 14;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__TAGS = 15;

	/**
	 * The feature id for the '<em><b>Discoverable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__DISCOVERABLE = 16;

	/**
	 * The feature id for the '<em><b>Asset Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__ASSET_KEY = 17;

	/**
	 * The feature id for the '<em><b>Disks</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__DISKS = 18;

	/**
	 * The feature id for the '<em><b>Filesystems</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__FILESYSTEMS = 19;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__RESOURCES = 20;

	/**
	 * The feature id for the '<em><b>Extras</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS__EXTRAS = 21;

	/**
	 * The number of structural features of the '<em>Node Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS_FEATURE_COUNT = 22;

	/**
	 * The number of operations of the '<em>Node Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.ProfileImpl <em>Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.ProfileImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getProfile()
	 * @generated
	 */
	int PROFILE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__NAME = NODE_SETTINGS__NAME;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__PROFILES = NODE_SETTINGS__PROFILES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__COMMENT = NODE_SETTINGS__COMMENT;

	/**
	 * The feature id for the '<em><b>Cluster Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__CLUSTER_NAME = NODE_SETTINGS__CLUSTER_NAME;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__IMAGE = NODE_SETTINGS__IMAGE;

	/**
	 * The feature id for the '<em><b>Kernel Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__KERNEL_VERSION = NODE_SETTINGS__KERNEL_VERSION;

	/**
	 * The feature id for the '<em><b>Kernel Args</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__KERNEL_ARGS = NODE_SETTINGS__KERNEL_ARGS;

	/**
	 * The feature id for the '<em><b>Ipxe Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__IPXE_TEMPLATE = NODE_SETTINGS__IPXE_TEMPLATE;

	/**
	 * The feature id for the '<em><b>Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__INIT = NODE_SETTINGS__INIT;

	/**
	 * The feature id for the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__ROOT = NODE_SETTINGS__ROOT;

	/**
	 * The feature id for the '<em><b>System Overlays</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__SYSTEM_OVERLAYS = NODE_SETTINGS__SYSTEM_OVERLAYS;

	/**
	 * The feature id for the '<em><b>Runtime Overlays</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__RUNTIME_OVERLAYS = NODE_SETTINGS__RUNTIME_OVERLAYS;

	/**
	 * The feature id for the '<em><b>Primary Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__PRIMARY_NETWORK = NODE_SETTINGS__PRIMARY_NETWORK;

	/**
	 * The feature id for the '<em><b>Net Devs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__NET_DEVS = NODE_SETTINGS__NET_DEVS;

	/**
	 * The feature id for the '<em><b>Ipmi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__IPMI = NODE_SETTINGS__IPMI;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__TAGS = NODE_SETTINGS__TAGS;

	/**
	 * The feature id for the '<em><b>Discoverable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__DISCOVERABLE = NODE_SETTINGS__DISCOVERABLE;

	/**
	 * The feature id for the '<em><b>Asset Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__ASSET_KEY = NODE_SETTINGS__ASSET_KEY;

	/**
	 * The feature id for the '<em><b>Disks</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__DISKS = NODE_SETTINGS__DISKS;

	/**
	 * The feature id for the '<em><b>Filesystems</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__FILESYSTEMS = NODE_SETTINGS__FILESYSTEMS;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__RESOURCES = NODE_SETTINGS__RESOURCES;

	/**
	 * The feature id for the '<em><b>Extras</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__EXTRAS = NODE_SETTINGS__EXTRAS;

	/**
	 * The number of structural features of the '<em>Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_FEATURE_COUNT = NODE_SETTINGS_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_OPERATION_COUNT = NODE_SETTINGS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.NodeImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getNode()
	 * @generated
	 */
	int NODE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__NAME = NODE_SETTINGS__NAME;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PROFILES = NODE_SETTINGS__PROFILES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__COMMENT = NODE_SETTINGS__COMMENT;

	/**
	 * The feature id for the '<em><b>Cluster Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__CLUSTER_NAME = NODE_SETTINGS__CLUSTER_NAME;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__IMAGE = NODE_SETTINGS__IMAGE;

	/**
	 * The feature id for the '<em><b>Kernel Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__KERNEL_VERSION = NODE_SETTINGS__KERNEL_VERSION;

	/**
	 * The feature id for the '<em><b>Kernel Args</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__KERNEL_ARGS = NODE_SETTINGS__KERNEL_ARGS;

	/**
	 * The feature id for the '<em><b>Ipxe Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__IPXE_TEMPLATE = NODE_SETTINGS__IPXE_TEMPLATE;

	/**
	 * The feature id for the '<em><b>Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__INIT = NODE_SETTINGS__INIT;

	/**
	 * The feature id for the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ROOT = NODE_SETTINGS__ROOT;

	/**
	 * The feature id for the '<em><b>System Overlays</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__SYSTEM_OVERLAYS = NODE_SETTINGS__SYSTEM_OVERLAYS;

	/**
	 * The feature id for the '<em><b>Runtime Overlays</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__RUNTIME_OVERLAYS = NODE_SETTINGS__RUNTIME_OVERLAYS;

	/**
	 * The feature id for the '<em><b>Primary Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PRIMARY_NETWORK = NODE_SETTINGS__PRIMARY_NETWORK;

	/**
	 * The feature id for the '<em><b>Net Devs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__NET_DEVS = NODE_SETTINGS__NET_DEVS;

	/**
	 * The feature id for the '<em><b>Ipmi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__IPMI = NODE_SETTINGS__IPMI;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__TAGS = NODE_SETTINGS__TAGS;

	/**
	 * The feature id for the '<em><b>Discoverable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DISCOVERABLE = NODE_SETTINGS__DISCOVERABLE;

	/**
	 * The feature id for the '<em><b>Asset Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ASSET_KEY = NODE_SETTINGS__ASSET_KEY;

	/**
	 * The feature id for the '<em><b>Disks</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DISKS = NODE_SETTINGS__DISKS;

	/**
	 * The feature id for the '<em><b>Filesystems</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__FILESYSTEMS = NODE_SETTINGS__FILESYSTEMS;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__RESOURCES = NODE_SETTINGS__RESOURCES;

	/**
	 * The feature id for the '<em><b>Extras</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__EXTRAS = NODE_SETTINGS__EXTRAS;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = NODE_SETTINGS_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_OPERATION_COUNT = NODE_SETTINGS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.NetDevImpl <em>Net Dev</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.NetDevImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getNetDev()
	 * @generated
	 */
	int NET_DEV = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__DEVICE = 2;

	/**
	 * The feature id for the '<em><b>Hwaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__HWADDR = 3;

	/**
	 * The feature id for the '<em><b>Ipaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__IPADDR = 4;

	/**
	 * The feature id for the '<em><b>Netmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__NETMASK = 5;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__GATEWAY = 6;

	/**
	 * The feature id for the '<em><b>Ipaddr6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__IPADDR6 = 7;

	/**
	 * The feature id for the '<em><b>Prefixlen6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__PREFIXLEN6 = 8;

	/**
	 * The feature id for the '<em><b>Gateway6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__GATEWAY6 = 9;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__MTU = 10;

	/**
	 * The feature id for the '<em><b>Onboot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__ONBOOT = 11;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__PRIMARY = 12;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__TAGS = 13;

	/**
	 * The feature id for the '<em><b>Extras</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV__EXTRAS = 14;

	/**
	 * The number of structural features of the '<em>Net Dev</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Net Dev</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NET_DEV_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.IpmiImpl <em>Ipmi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.IpmiImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getIpmi()
	 * @generated
	 */
	int IPMI = 6;

	/**
	 * The feature id for the '<em><b>Ipaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__IPADDR = 0;

	/**
	 * The feature id for the '<em><b>Netmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__NETMASK = 1;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__GATEWAY = 2;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__USERNAME = 3;

	/**
	 * The feature id for the '<em><b>Password</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__PASSWORD = 4;

	/**
	 * The feature id for the '<em><b>Interface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__INTERFACE = 5;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__PORT = 6;

	/**
	 * The feature id for the '<em><b>Escape Char</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__ESCAPE_CHAR = 7;

	/**
	 * The feature id for the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__WRITE = 8;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__TEMPLATE = 9;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__TAGS = 10;

	/**
	 * The feature id for the '<em><b>Extras</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI__EXTRAS = 11;

	/**
	 * The number of structural features of the '<em>Ipmi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Ipmi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPMI_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.TagEntryImpl <em>Tag Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.TagEntryImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getTagEntry()
	 * @generated
	 */
	int TAG_ENTRY = 7;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Tag Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Tag Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.YamlEntryImpl <em>Yaml Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.YamlEntryImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getYamlEntry()
	 * @generated
	 */
	int YAML_ENTRY = 8;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YAML_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YAML_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Yaml Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YAML_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Yaml Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YAML_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.ImageImpl <em>Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.ImageImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getImage()
	 * @generated
	 */
	int IMAGE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Kernel Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__KERNEL_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Kernel Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__KERNEL_PATH = 3;

	/**
	 * The feature id for the '<em><b>Artifacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__ARTIFACTS = 4;

	/**
	 * The number of structural features of the '<em>Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.ImageArtifactImpl <em>Image Artifact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.ImageArtifactImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getImageArtifact()
	 * @generated
	 */
	int IMAGE_ARTIFACT = 10;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ARTIFACT__PATH = 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ARTIFACT__FORMAT = 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ARTIFACT__SIZE = 2;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ARTIFACT__SHA256 = 3;

	/**
	 * The feature id for the '<em><b>Built</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ARTIFACT__BUILT = 4;

	/**
	 * The number of structural features of the '<em>Image Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ARTIFACT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Image Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ARTIFACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.OverlayImpl <em>Overlay</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.OverlayImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getOverlay()
	 * @generated
	 */
	int OVERLAY = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY__SITE = 1;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY__FILES = 2;

	/**
	 * The number of structural features of the '<em>Overlay</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Overlay</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.impl.OverlayFileImpl <em>Overlay File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.impl.OverlayFileImpl
	 * @see org.wulf.model.impl.WulfPackageImpl#getOverlayFile()
	 * @generated
	 */
	int OVERLAY_FILE = 12;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_FILE__PATH = 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_FILE__MODE = 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_FILE__OWNER = 2;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_FILE__GROUP = 3;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_FILE__TEMPLATE = 4;

	/**
	 * The feature id for the '<em><b>Directory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_FILE__DIRECTORY = 5;

	/**
	 * The number of structural features of the '<em>Overlay File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_FILE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Overlay File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wulf.model.DhcpMode <em>Dhcp Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wulf.model.DhcpMode
	 * @see org.wulf.model.impl.WulfPackageImpl#getDhcpMode()
	 * @generated
	 */
	int DHCP_MODE = 13;


	/**
	 * Returns the meta object for class '{@link org.wulf.model.Cluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster</em>'.
	 * @see org.wulf.model.Cluster
	 * @generated
	 */
	EClass getCluster();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wulf.model.Cluster#getName()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.wulf.model.Cluster#getComment()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Comment();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getControllerIp <em>Controller Ip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller Ip</em>'.
	 * @see org.wulf.model.Cluster#getControllerIp()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_ControllerIp();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getNetmask <em>Netmask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Netmask</em>'.
	 * @see org.wulf.model.Cluster#getNetmask()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Netmask();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network</em>'.
	 * @see org.wulf.model.Cluster#getNetwork()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Network();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getFqdn <em>Fqdn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fqdn</em>'.
	 * @see org.wulf.model.Cluster#getFqdn()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Fqdn();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getProvisionInterface <em>Provision Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provision Interface</em>'.
	 * @see org.wulf.model.Cluster#getProvisionInterface()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_ProvisionInterface();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getHttpPort <em>Http Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Http Port</em>'.
	 * @see org.wulf.model.Cluster#getHttpPort()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_HttpPort();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#isSecure <em>Secure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secure</em>'.
	 * @see org.wulf.model.Cluster#isSecure()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Secure();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#isDhcpEnabled <em>Dhcp Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dhcp Enabled</em>'.
	 * @see org.wulf.model.Cluster#isDhcpEnabled()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_DhcpEnabled();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getDhcpMode <em>Dhcp Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dhcp Mode</em>'.
	 * @see org.wulf.model.Cluster#getDhcpMode()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_DhcpMode();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getDhcpRangeStart <em>Dhcp Range Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dhcp Range Start</em>'.
	 * @see org.wulf.model.Cluster#getDhcpRangeStart()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_DhcpRangeStart();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getDhcpRangeEnd <em>Dhcp Range End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dhcp Range End</em>'.
	 * @see org.wulf.model.Cluster#getDhcpRangeEnd()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_DhcpRangeEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#isTftpEnabled <em>Tftp Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tftp Enabled</em>'.
	 * @see org.wulf.model.Cluster#isTftpEnabled()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_TftpEnabled();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getTftpRoot <em>Tftp Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tftp Root</em>'.
	 * @see org.wulf.model.Cluster#getTftpRoot()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_TftpRoot();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getUpdateInterval <em>Update Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Interval</em>'.
	 * @see org.wulf.model.Cluster#getUpdateInterval()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_UpdateInterval();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#isAutobuildOverlays <em>Autobuild Overlays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Autobuild Overlays</em>'.
	 * @see org.wulf.model.Cluster#isAutobuildOverlays()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_AutobuildOverlays();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#isGrubBoot <em>Grub Boot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grub Boot</em>'.
	 * @see org.wulf.model.Cluster#isGrubBoot()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_GrubBoot();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getDhcpTemplate <em>Dhcp Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dhcp Template</em>'.
	 * @see org.wulf.model.Cluster#getDhcpTemplate()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_DhcpTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#isNfsEnabled <em>Nfs Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nfs Enabled</em>'.
	 * @see org.wulf.model.Cluster#isNfsEnabled()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_NfsEnabled();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.Cluster#getIpxeFiles <em>Ipxe Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Ipxe Files</em>'.
	 * @see org.wulf.model.Cluster#getIpxeFiles()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_IpxeFiles();

	/**
	 * Returns the meta object for the attribute list '{@link org.wulf.model.Cluster#getSshKeyTypes <em>Ssh Key Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ssh Key Types</em>'.
	 * @see org.wulf.model.Cluster#getSshKeyTypes()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_SshKeyTypes();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Cluster#getDefaultProfile <em>Default Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Profile</em>'.
	 * @see org.wulf.model.Cluster#getDefaultProfile()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_DefaultProfile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wulf.model.Cluster#getNfsExports <em>Nfs Exports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nfs Exports</em>'.
	 * @see org.wulf.model.Cluster#getNfsExports()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_NfsExports();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wulf.model.Cluster#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profiles</em>'.
	 * @see org.wulf.model.Cluster#getProfiles()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Profiles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wulf.model.Cluster#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.wulf.model.Cluster#getNodes()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wulf.model.Cluster#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see org.wulf.model.Cluster#getImages()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Images();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wulf.model.Cluster#getOverlays <em>Overlays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overlays</em>'.
	 * @see org.wulf.model.Cluster#getOverlays()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Overlays();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.Cluster#getExtras <em>Extras</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Extras</em>'.
	 * @see org.wulf.model.Cluster#getExtras()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Extras();

	/**
	 * Returns the meta object for class '{@link org.wulf.model.NfsExport <em>Nfs Export</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Nfs Export</em>'.
	 * @see org.wulf.model.NfsExport
	 * @generated
	 */
	EClass getNfsExport();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NfsExport#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.wulf.model.NfsExport#getPath()
	 * @see #getNfsExport()
	 * @generated
	 */
	EAttribute getNfsExport_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NfsExport#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Options</em>'.
	 * @see org.wulf.model.NfsExport#getOptions()
	 * @see #getNfsExport()
	 * @generated
	 */
	EAttribute getNfsExport_Options();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.NfsExport#getExtras <em>Extras</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Extras</em>'.
	 * @see org.wulf.model.NfsExport#getExtras()
	 * @see #getNfsExport()
	 * @generated
	 */
	EReference getNfsExport_Extras();

	/**
	 * Returns the meta object for class '{@link org.wulf.model.NodeSettings <em>Node Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Settings</em>'.
	 * @see org.wulf.model.NodeSettings
	 * @generated
	 */
	EClass getNodeSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NodeSettings#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wulf.model.NodeSettings#getName()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.wulf.model.NodeSettings#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Profiles</em>'.
	 * @see org.wulf.model.NodeSettings#getProfiles()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_Profiles();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NodeSettings#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.wulf.model.NodeSettings#getComment()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_Comment();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NodeSettings#getClusterName <em>Cluster Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cluster Name</em>'.
	 * @see org.wulf.model.NodeSettings#getClusterName()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_ClusterName();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NodeSettings#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image</em>'.
	 * @see org.wulf.model.NodeSettings#getImage()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_Image();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NodeSettings#getKernelVersion <em>Kernel Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel Version</em>'.
	 * @see org.wulf.model.NodeSettings#getKernelVersion()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_KernelVersion();

	/**
	 * Returns the meta object for the attribute list '{@link org.wulf.model.NodeSettings#getKernelArgs <em>Kernel Args</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Kernel Args</em>'.
	 * @see org.wulf.model.NodeSettings#getKernelArgs()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_KernelArgs();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NodeSettings#getIpxeTemplate <em>Ipxe Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipxe Template</em>'.
	 * @see org.wulf.model.NodeSettings#getIpxeTemplate()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_IpxeTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NodeSettings#getInit <em>Init</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Init</em>'.
	 * @see org.wulf.model.NodeSettings#getInit()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_Init();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NodeSettings#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root</em>'.
	 * @see org.wulf.model.NodeSettings#getRoot()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_Root();

	/**
	 * Returns the meta object for the attribute list '{@link org.wulf.model.NodeSettings#getSystemOverlays <em>System Overlays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>System Overlays</em>'.
	 * @see org.wulf.model.NodeSettings#getSystemOverlays()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_SystemOverlays();

	/**
	 * Returns the meta object for the attribute list '{@link org.wulf.model.NodeSettings#getRuntimeOverlays <em>Runtime Overlays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Runtime Overlays</em>'.
	 * @see org.wulf.model.NodeSettings#getRuntimeOverlays()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_RuntimeOverlays();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NodeSettings#getPrimaryNetwork <em>Primary Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary Network</em>'.
	 * @see org.wulf.model.NodeSettings#getPrimaryNetwork()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_PrimaryNetwork();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wulf.model.NodeSettings#getNetDevs <em>Net Devs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Net Devs</em>'.
	 * @see org.wulf.model.NodeSettings#getNetDevs()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EReference getNodeSettings_NetDevs();

	/**
	 * Returns the meta object for the containment reference '{@link org.wulf.model.NodeSettings#getIpmi <em>Ipmi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ipmi</em>'.
	 * @see org.wulf.model.NodeSettings#getIpmi()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EReference getNodeSettings_Ipmi();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.NodeSettings#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Tags</em>'.
	 * @see org.wulf.model.NodeSettings#getTags()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EReference getNodeSettings_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NodeSettings#getDiscoverable <em>Discoverable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discoverable</em>'.
	 * @see org.wulf.model.NodeSettings#getDiscoverable()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_Discoverable();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NodeSettings#getAssetKey <em>Asset Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asset Key</em>'.
	 * @see org.wulf.model.NodeSettings#getAssetKey()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EAttribute getNodeSettings_AssetKey();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.NodeSettings#getDisks <em>Disks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Disks</em>'.
	 * @see org.wulf.model.NodeSettings#getDisks()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EReference getNodeSettings_Disks();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.NodeSettings#getFilesystems <em>Filesystems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Filesystems</em>'.
	 * @see org.wulf.model.NodeSettings#getFilesystems()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EReference getNodeSettings_Filesystems();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.NodeSettings#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Resources</em>'.
	 * @see org.wulf.model.NodeSettings#getResources()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EReference getNodeSettings_Resources();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.NodeSettings#getExtras <em>Extras</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Extras</em>'.
	 * @see org.wulf.model.NodeSettings#getExtras()
	 * @see #getNodeSettings()
	 * @generated
	 */
	EReference getNodeSettings_Extras();

	/**
	 * Returns the meta object for class '{@link org.wulf.model.Profile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profile</em>'.
	 * @see org.wulf.model.Profile
	 * @generated
	 */
	EClass getProfile();

	/**
	 * Returns the meta object for class '{@link org.wulf.model.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see org.wulf.model.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for class '{@link org.wulf.model.NetDev <em>Net Dev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Net Dev</em>'.
	 * @see org.wulf.model.NetDev
	 * @generated
	 */
	EClass getNetDev();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wulf.model.NetDev#getName()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.wulf.model.NetDev#getType()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.wulf.model.NetDev#getDevice()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getHwaddr <em>Hwaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hwaddr</em>'.
	 * @see org.wulf.model.NetDev#getHwaddr()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Hwaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getIpaddr <em>Ipaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipaddr</em>'.
	 * @see org.wulf.model.NetDev#getIpaddr()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Ipaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getNetmask <em>Netmask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Netmask</em>'.
	 * @see org.wulf.model.NetDev#getNetmask()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Netmask();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway</em>'.
	 * @see org.wulf.model.NetDev#getGateway()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Gateway();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getIpaddr6 <em>Ipaddr6</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipaddr6</em>'.
	 * @see org.wulf.model.NetDev#getIpaddr6()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Ipaddr6();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getPrefixlen6 <em>Prefixlen6</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefixlen6</em>'.
	 * @see org.wulf.model.NetDev#getPrefixlen6()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Prefixlen6();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getGateway6 <em>Gateway6</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway6</em>'.
	 * @see org.wulf.model.NetDev#getGateway6()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Gateway6();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtu</em>'.
	 * @see org.wulf.model.NetDev#getMtu()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Mtu();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getOnboot <em>Onboot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onboot</em>'.
	 * @see org.wulf.model.NetDev#getOnboot()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Onboot();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.NetDev#getPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary</em>'.
	 * @see org.wulf.model.NetDev#getPrimary()
	 * @see #getNetDev()
	 * @generated
	 */
	EAttribute getNetDev_Primary();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.NetDev#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Tags</em>'.
	 * @see org.wulf.model.NetDev#getTags()
	 * @see #getNetDev()
	 * @generated
	 */
	EReference getNetDev_Tags();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.NetDev#getExtras <em>Extras</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Extras</em>'.
	 * @see org.wulf.model.NetDev#getExtras()
	 * @see #getNetDev()
	 * @generated
	 */
	EReference getNetDev_Extras();

	/**
	 * Returns the meta object for class '{@link org.wulf.model.Ipmi <em>Ipmi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ipmi</em>'.
	 * @see org.wulf.model.Ipmi
	 * @generated
	 */
	EClass getIpmi();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Ipmi#getIpaddr <em>Ipaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipaddr</em>'.
	 * @see org.wulf.model.Ipmi#getIpaddr()
	 * @see #getIpmi()
	 * @generated
	 */
	EAttribute getIpmi_Ipaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Ipmi#getNetmask <em>Netmask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Netmask</em>'.
	 * @see org.wulf.model.Ipmi#getNetmask()
	 * @see #getIpmi()
	 * @generated
	 */
	EAttribute getIpmi_Netmask();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Ipmi#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway</em>'.
	 * @see org.wulf.model.Ipmi#getGateway()
	 * @see #getIpmi()
	 * @generated
	 */
	EAttribute getIpmi_Gateway();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Ipmi#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see org.wulf.model.Ipmi#getUsername()
	 * @see #getIpmi()
	 * @generated
	 */
	EAttribute getIpmi_Username();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Ipmi#getPassword <em>Password</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password</em>'.
	 * @see org.wulf.model.Ipmi#getPassword()
	 * @see #getIpmi()
	 * @generated
	 */
	EAttribute getIpmi_Password();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Ipmi#getInterface <em>Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interface</em>'.
	 * @see org.wulf.model.Ipmi#getInterface()
	 * @see #getIpmi()
	 * @generated
	 */
	EAttribute getIpmi_Interface();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Ipmi#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.wulf.model.Ipmi#getPort()
	 * @see #getIpmi()
	 * @generated
	 */
	EAttribute getIpmi_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Ipmi#getEscapeChar <em>Escape Char</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escape Char</em>'.
	 * @see org.wulf.model.Ipmi#getEscapeChar()
	 * @see #getIpmi()
	 * @generated
	 */
	EAttribute getIpmi_EscapeChar();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Ipmi#getWrite <em>Write</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write</em>'.
	 * @see org.wulf.model.Ipmi#getWrite()
	 * @see #getIpmi()
	 * @generated
	 */
	EAttribute getIpmi_Write();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Ipmi#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.wulf.model.Ipmi#getTemplate()
	 * @see #getIpmi()
	 * @generated
	 */
	EAttribute getIpmi_Template();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.Ipmi#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Tags</em>'.
	 * @see org.wulf.model.Ipmi#getTags()
	 * @see #getIpmi()
	 * @generated
	 */
	EReference getIpmi_Tags();

	/**
	 * Returns the meta object for the map '{@link org.wulf.model.Ipmi#getExtras <em>Extras</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Extras</em>'.
	 * @see org.wulf.model.Ipmi#getExtras()
	 * @see #getIpmi()
	 * @generated
	 */
	EReference getIpmi_Extras();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Tag Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag Entry</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getTagEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getTagEntry()
	 * @generated
	 */
	EAttribute getTagEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getTagEntry()
	 * @generated
	 */
	EAttribute getTagEntry_Value();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Yaml Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Yaml Entry</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getYamlEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getYamlEntry()
	 * @generated
	 */
	EAttribute getYamlEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getYamlEntry()
	 * @generated
	 */
	EAttribute getYamlEntry_Value();

	/**
	 * Returns the meta object for class '{@link org.wulf.model.Image <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image</em>'.
	 * @see org.wulf.model.Image
	 * @generated
	 */
	EClass getImage();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Image#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wulf.model.Image#getName()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Image#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.wulf.model.Image#getSource()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Image#getKernelVersion <em>Kernel Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel Version</em>'.
	 * @see org.wulf.model.Image#getKernelVersion()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_KernelVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Image#getKernelPath <em>Kernel Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel Path</em>'.
	 * @see org.wulf.model.Image#getKernelPath()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_KernelPath();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wulf.model.Image#getArtifacts <em>Artifacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Artifacts</em>'.
	 * @see org.wulf.model.Image#getArtifacts()
	 * @see #getImage()
	 * @generated
	 */
	EReference getImage_Artifacts();

	/**
	 * Returns the meta object for class '{@link org.wulf.model.ImageArtifact <em>Image Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Artifact</em>'.
	 * @see org.wulf.model.ImageArtifact
	 * @generated
	 */
	EClass getImageArtifact();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.ImageArtifact#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.wulf.model.ImageArtifact#getPath()
	 * @see #getImageArtifact()
	 * @generated
	 */
	EAttribute getImageArtifact_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.ImageArtifact#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.wulf.model.ImageArtifact#getFormat()
	 * @see #getImageArtifact()
	 * @generated
	 */
	EAttribute getImageArtifact_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.ImageArtifact#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.wulf.model.ImageArtifact#getSize()
	 * @see #getImageArtifact()
	 * @generated
	 */
	EAttribute getImageArtifact_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.ImageArtifact#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.wulf.model.ImageArtifact#getSha256()
	 * @see #getImageArtifact()
	 * @generated
	 */
	EAttribute getImageArtifact_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.ImageArtifact#getBuilt <em>Built</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Built</em>'.
	 * @see org.wulf.model.ImageArtifact#getBuilt()
	 * @see #getImageArtifact()
	 * @generated
	 */
	EAttribute getImageArtifact_Built();

	/**
	 * Returns the meta object for class '{@link org.wulf.model.Overlay <em>Overlay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Overlay</em>'.
	 * @see org.wulf.model.Overlay
	 * @generated
	 */
	EClass getOverlay();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Overlay#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wulf.model.Overlay#getName()
	 * @see #getOverlay()
	 * @generated
	 */
	EAttribute getOverlay_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.Overlay#isSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site</em>'.
	 * @see org.wulf.model.Overlay#isSite()
	 * @see #getOverlay()
	 * @generated
	 */
	EAttribute getOverlay_Site();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wulf.model.Overlay#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see org.wulf.model.Overlay#getFiles()
	 * @see #getOverlay()
	 * @generated
	 */
	EReference getOverlay_Files();

	/**
	 * Returns the meta object for class '{@link org.wulf.model.OverlayFile <em>Overlay File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Overlay File</em>'.
	 * @see org.wulf.model.OverlayFile
	 * @generated
	 */
	EClass getOverlayFile();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.OverlayFile#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.wulf.model.OverlayFile#getPath()
	 * @see #getOverlayFile()
	 * @generated
	 */
	EAttribute getOverlayFile_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.OverlayFile#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.wulf.model.OverlayFile#getMode()
	 * @see #getOverlayFile()
	 * @generated
	 */
	EAttribute getOverlayFile_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.OverlayFile#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.wulf.model.OverlayFile#getOwner()
	 * @see #getOverlayFile()
	 * @generated
	 */
	EAttribute getOverlayFile_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.OverlayFile#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.wulf.model.OverlayFile#getGroup()
	 * @see #getOverlayFile()
	 * @generated
	 */
	EAttribute getOverlayFile_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.OverlayFile#isTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.wulf.model.OverlayFile#isTemplate()
	 * @see #getOverlayFile()
	 * @generated
	 */
	EAttribute getOverlayFile_Template();

	/**
	 * Returns the meta object for the attribute '{@link org.wulf.model.OverlayFile#isDirectory <em>Directory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Directory</em>'.
	 * @see org.wulf.model.OverlayFile#isDirectory()
	 * @see #getOverlayFile()
	 * @generated
	 */
	EAttribute getOverlayFile_Directory();

	/**
	 * Returns the meta object for enum '{@link org.wulf.model.DhcpMode <em>Dhcp Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dhcp Mode</em>'.
	 * @see org.wulf.model.DhcpMode
	 * @generated
	 */
	EEnum getDhcpMode();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	WulfFactory getWulfFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.ClusterImpl <em>Cluster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.ClusterImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getCluster()
		 * @generated
		 */
		EClass CLUSTER = eINSTANCE.getCluster();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__NAME = eINSTANCE.getCluster_Name();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__COMMENT = eINSTANCE.getCluster_Comment();

		/**
		 * The meta object literal for the '<em><b>Controller Ip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__CONTROLLER_IP = eINSTANCE.getCluster_ControllerIp();

		/**
		 * The meta object literal for the '<em><b>Netmask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__NETMASK = eINSTANCE.getCluster_Netmask();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__NETWORK = eINSTANCE.getCluster_Network();

		/**
		 * The meta object literal for the '<em><b>Fqdn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__FQDN = eINSTANCE.getCluster_Fqdn();

		/**
		 * The meta object literal for the '<em><b>Provision Interface</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__PROVISION_INTERFACE = eINSTANCE.getCluster_ProvisionInterface();

		/**
		 * The meta object literal for the '<em><b>Http Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__HTTP_PORT = eINSTANCE.getCluster_HttpPort();

		/**
		 * The meta object literal for the '<em><b>Secure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__SECURE = eINSTANCE.getCluster_Secure();

		/**
		 * The meta object literal for the '<em><b>Dhcp Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__DHCP_ENABLED = eINSTANCE.getCluster_DhcpEnabled();

		/**
		 * The meta object literal for the '<em><b>Dhcp Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__DHCP_MODE = eINSTANCE.getCluster_DhcpMode();

		/**
		 * The meta object literal for the '<em><b>Dhcp Range Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__DHCP_RANGE_START = eINSTANCE.getCluster_DhcpRangeStart();

		/**
		 * The meta object literal for the '<em><b>Dhcp Range End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__DHCP_RANGE_END = eINSTANCE.getCluster_DhcpRangeEnd();

		/**
		 * The meta object literal for the '<em><b>Tftp Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__TFTP_ENABLED = eINSTANCE.getCluster_TftpEnabled();

		/**
		 * The meta object literal for the '<em><b>Tftp Root</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__TFTP_ROOT = eINSTANCE.getCluster_TftpRoot();

		/**
		 * The meta object literal for the '<em><b>Update Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__UPDATE_INTERVAL = eINSTANCE.getCluster_UpdateInterval();

		/**
		 * The meta object literal for the '<em><b>Autobuild Overlays</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__AUTOBUILD_OVERLAYS = eINSTANCE.getCluster_AutobuildOverlays();

		/**
		 * The meta object literal for the '<em><b>Grub Boot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__GRUB_BOOT = eINSTANCE.getCluster_GrubBoot();

		/**
		 * The meta object literal for the '<em><b>Dhcp Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__DHCP_TEMPLATE = eINSTANCE.getCluster_DhcpTemplate();

		/**
		 * The meta object literal for the '<em><b>Nfs Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__NFS_ENABLED = eINSTANCE.getCluster_NfsEnabled();

		/**
		 * The meta object literal for the '<em><b>Ipxe Files</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__IPXE_FILES = eINSTANCE.getCluster_IpxeFiles();

		/**
		 * The meta object literal for the '<em><b>Ssh Key Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__SSH_KEY_TYPES = eINSTANCE.getCluster_SshKeyTypes();

		/**
		 * The meta object literal for the '<em><b>Default Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__DEFAULT_PROFILE = eINSTANCE.getCluster_DefaultProfile();

		/**
		 * The meta object literal for the '<em><b>Nfs Exports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__NFS_EXPORTS = eINSTANCE.getCluster_NfsExports();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__PROFILES = eINSTANCE.getCluster_Profiles();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__NODES = eINSTANCE.getCluster_Nodes();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__IMAGES = eINSTANCE.getCluster_Images();

		/**
		 * The meta object literal for the '<em><b>Overlays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__OVERLAYS = eINSTANCE.getCluster_Overlays();

		/**
		 * The meta object literal for the '<em><b>Extras</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__EXTRAS = eINSTANCE.getCluster_Extras();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.NfsExportImpl <em>Nfs Export</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.NfsExportImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getNfsExport()
		 * @generated
		 */
		EClass NFS_EXPORT = eINSTANCE.getNfsExport();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NFS_EXPORT__PATH = eINSTANCE.getNfsExport_Path();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NFS_EXPORT__OPTIONS = eINSTANCE.getNfsExport_Options();

		/**
		 * The meta object literal for the '<em><b>Extras</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NFS_EXPORT__EXTRAS = eINSTANCE.getNfsExport_Extras();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.NodeSettingsImpl <em>Node Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.NodeSettingsImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getNodeSettings()
		 * @generated
		 */
		EClass NODE_SETTINGS = eINSTANCE.getNodeSettings();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__NAME = eINSTANCE.getNodeSettings_Name();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__PROFILES = eINSTANCE.getNodeSettings_Profiles();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__COMMENT = eINSTANCE.getNodeSettings_Comment();

		/**
		 * The meta object literal for the '<em><b>Cluster Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__CLUSTER_NAME = eINSTANCE.getNodeSettings_ClusterName();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__IMAGE = eINSTANCE.getNodeSettings_Image();

		/**
		 * The meta object literal for the '<em><b>Kernel Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__KERNEL_VERSION = eINSTANCE.getNodeSettings_KernelVersion();

		/**
		 * The meta object literal for the '<em><b>Kernel Args</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__KERNEL_ARGS = eINSTANCE.getNodeSettings_KernelArgs();

		/**
		 * The meta object literal for the '<em><b>Ipxe Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__IPXE_TEMPLATE = eINSTANCE.getNodeSettings_IpxeTemplate();

		/**
		 * The meta object literal for the '<em><b>Init</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__INIT = eINSTANCE.getNodeSettings_Init();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__ROOT = eINSTANCE.getNodeSettings_Root();

		/**
		 * The meta object literal for the '<em><b>System Overlays</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__SYSTEM_OVERLAYS = eINSTANCE.getNodeSettings_SystemOverlays();

		/**
		 * The meta object literal for the '<em><b>Runtime Overlays</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__RUNTIME_OVERLAYS = eINSTANCE.getNodeSettings_RuntimeOverlays();

		/**
		 * The meta object literal for the '<em><b>Primary Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__PRIMARY_NETWORK = eINSTANCE.getNodeSettings_PrimaryNetwork();

		/**
		 * The meta object literal for the '<em><b>Net Devs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_SETTINGS__NET_DEVS = eINSTANCE.getNodeSettings_NetDevs();

		/**
		 * The meta object literal for the '<em><b>Ipmi</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_SETTINGS__IPMI = eINSTANCE.getNodeSettings_Ipmi();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_SETTINGS__TAGS = eINSTANCE.getNodeSettings_Tags();

		/**
		 * The meta object literal for the '<em><b>Discoverable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__DISCOVERABLE = eINSTANCE.getNodeSettings_Discoverable();

		/**
		 * The meta object literal for the '<em><b>Asset Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SETTINGS__ASSET_KEY = eINSTANCE.getNodeSettings_AssetKey();

		/**
		 * The meta object literal for the '<em><b>Disks</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_SETTINGS__DISKS = eINSTANCE.getNodeSettings_Disks();

		/**
		 * The meta object literal for the '<em><b>Filesystems</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_SETTINGS__FILESYSTEMS = eINSTANCE.getNodeSettings_Filesystems();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_SETTINGS__RESOURCES = eINSTANCE.getNodeSettings_Resources();

		/**
		 * The meta object literal for the '<em><b>Extras</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_SETTINGS__EXTRAS = eINSTANCE.getNodeSettings_Extras();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.ProfileImpl <em>Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.ProfileImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getProfile()
		 * @generated
		 */
		EClass PROFILE = eINSTANCE.getProfile();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.NodeImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.NetDevImpl <em>Net Dev</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.NetDevImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getNetDev()
		 * @generated
		 */
		EClass NET_DEV = eINSTANCE.getNetDev();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__NAME = eINSTANCE.getNetDev_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__TYPE = eINSTANCE.getNetDev_Type();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__DEVICE = eINSTANCE.getNetDev_Device();

		/**
		 * The meta object literal for the '<em><b>Hwaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__HWADDR = eINSTANCE.getNetDev_Hwaddr();

		/**
		 * The meta object literal for the '<em><b>Ipaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__IPADDR = eINSTANCE.getNetDev_Ipaddr();

		/**
		 * The meta object literal for the '<em><b>Netmask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__NETMASK = eINSTANCE.getNetDev_Netmask();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__GATEWAY = eINSTANCE.getNetDev_Gateway();

		/**
		 * The meta object literal for the '<em><b>Ipaddr6</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__IPADDR6 = eINSTANCE.getNetDev_Ipaddr6();

		/**
		 * The meta object literal for the '<em><b>Prefixlen6</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__PREFIXLEN6 = eINSTANCE.getNetDev_Prefixlen6();

		/**
		 * The meta object literal for the '<em><b>Gateway6</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__GATEWAY6 = eINSTANCE.getNetDev_Gateway6();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__MTU = eINSTANCE.getNetDev_Mtu();

		/**
		 * The meta object literal for the '<em><b>Onboot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__ONBOOT = eINSTANCE.getNetDev_Onboot();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NET_DEV__PRIMARY = eINSTANCE.getNetDev_Primary();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NET_DEV__TAGS = eINSTANCE.getNetDev_Tags();

		/**
		 * The meta object literal for the '<em><b>Extras</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NET_DEV__EXTRAS = eINSTANCE.getNetDev_Extras();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.IpmiImpl <em>Ipmi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.IpmiImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getIpmi()
		 * @generated
		 */
		EClass IPMI = eINSTANCE.getIpmi();

		/**
		 * The meta object literal for the '<em><b>Ipaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPMI__IPADDR = eINSTANCE.getIpmi_Ipaddr();

		/**
		 * The meta object literal for the '<em><b>Netmask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPMI__NETMASK = eINSTANCE.getIpmi_Netmask();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPMI__GATEWAY = eINSTANCE.getIpmi_Gateway();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPMI__USERNAME = eINSTANCE.getIpmi_Username();

		/**
		 * The meta object literal for the '<em><b>Password</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPMI__PASSWORD = eINSTANCE.getIpmi_Password();

		/**
		 * The meta object literal for the '<em><b>Interface</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPMI__INTERFACE = eINSTANCE.getIpmi_Interface();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPMI__PORT = eINSTANCE.getIpmi_Port();

		/**
		 * The meta object literal for the '<em><b>Escape Char</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPMI__ESCAPE_CHAR = eINSTANCE.getIpmi_EscapeChar();

		/**
		 * The meta object literal for the '<em><b>Write</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPMI__WRITE = eINSTANCE.getIpmi_Write();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPMI__TEMPLATE = eINSTANCE.getIpmi_Template();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IPMI__TAGS = eINSTANCE.getIpmi_Tags();

		/**
		 * The meta object literal for the '<em><b>Extras</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IPMI__EXTRAS = eINSTANCE.getIpmi_Extras();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.TagEntryImpl <em>Tag Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.TagEntryImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getTagEntry()
		 * @generated
		 */
		EClass TAG_ENTRY = eINSTANCE.getTagEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_ENTRY__KEY = eINSTANCE.getTagEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_ENTRY__VALUE = eINSTANCE.getTagEntry_Value();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.YamlEntryImpl <em>Yaml Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.YamlEntryImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getYamlEntry()
		 * @generated
		 */
		EClass YAML_ENTRY = eINSTANCE.getYamlEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute YAML_ENTRY__KEY = eINSTANCE.getYamlEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute YAML_ENTRY__VALUE = eINSTANCE.getYamlEntry_Value();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.ImageImpl <em>Image</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.ImageImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getImage()
		 * @generated
		 */
		EClass IMAGE = eINSTANCE.getImage();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__NAME = eINSTANCE.getImage_Name();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__SOURCE = eINSTANCE.getImage_Source();

		/**
		 * The meta object literal for the '<em><b>Kernel Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__KERNEL_VERSION = eINSTANCE.getImage_KernelVersion();

		/**
		 * The meta object literal for the '<em><b>Kernel Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__KERNEL_PATH = eINSTANCE.getImage_KernelPath();

		/**
		 * The meta object literal for the '<em><b>Artifacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE__ARTIFACTS = eINSTANCE.getImage_Artifacts();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.ImageArtifactImpl <em>Image Artifact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.ImageArtifactImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getImageArtifact()
		 * @generated
		 */
		EClass IMAGE_ARTIFACT = eINSTANCE.getImageArtifact();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ARTIFACT__PATH = eINSTANCE.getImageArtifact_Path();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ARTIFACT__FORMAT = eINSTANCE.getImageArtifact_Format();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ARTIFACT__SIZE = eINSTANCE.getImageArtifact_Size();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ARTIFACT__SHA256 = eINSTANCE.getImageArtifact_Sha256();

		/**
		 * The meta object literal for the '<em><b>Built</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ARTIFACT__BUILT = eINSTANCE.getImageArtifact_Built();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.OverlayImpl <em>Overlay</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.OverlayImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getOverlay()
		 * @generated
		 */
		EClass OVERLAY = eINSTANCE.getOverlay();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY__NAME = eINSTANCE.getOverlay_Name();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY__SITE = eINSTANCE.getOverlay_Site();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OVERLAY__FILES = eINSTANCE.getOverlay_Files();

		/**
		 * The meta object literal for the '{@link org.wulf.model.impl.OverlayFileImpl <em>Overlay File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.impl.OverlayFileImpl
		 * @see org.wulf.model.impl.WulfPackageImpl#getOverlayFile()
		 * @generated
		 */
		EClass OVERLAY_FILE = eINSTANCE.getOverlayFile();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_FILE__PATH = eINSTANCE.getOverlayFile_Path();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_FILE__MODE = eINSTANCE.getOverlayFile_Mode();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_FILE__OWNER = eINSTANCE.getOverlayFile_Owner();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_FILE__GROUP = eINSTANCE.getOverlayFile_Group();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_FILE__TEMPLATE = eINSTANCE.getOverlayFile_Template();

		/**
		 * The meta object literal for the '<em><b>Directory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_FILE__DIRECTORY = eINSTANCE.getOverlayFile_Directory();

		/**
		 * The meta object literal for the '{@link org.wulf.model.DhcpMode <em>Dhcp Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wulf.model.DhcpMode
		 * @see org.wulf.model.impl.WulfPackageImpl#getDhcpMode()
		 * @generated
		 */
		EEnum DHCP_MODE = eINSTANCE.getDhcpMode();

	}

} //WulfPackage
