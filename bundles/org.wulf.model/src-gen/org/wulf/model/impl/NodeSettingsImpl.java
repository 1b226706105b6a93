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

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.NodeSettings;
import org.wulf.model.WulfPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getComment <em>Comment</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getClusterName <em>Cluster Name</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getImage <em>Image</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getKernelVersion <em>Kernel Version</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getKernelArgs <em>Kernel Args</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getIpxeTemplate <em>Ipxe Template</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getInit <em>Init</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getRoot <em>Root</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getSystemOverlays <em>System Overlays</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getRuntimeOverlays <em>Runtime Overlays</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getPrimaryNetwork <em>Primary Network</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getNetDevs <em>Net Devs</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getIpmi <em>Ipmi</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getDiscoverable <em>Discoverable</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getAssetKey <em>Asset Key</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getDisks <em>Disks</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getFilesystems <em>Filesystems</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link org.wulf.model.impl.NodeSettingsImpl#getExtras <em>Extras</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class NodeSettingsImpl extends EObjectImpl implements NodeSettings {
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
	 * The cached value of the '{@link #getProfiles() <em>Profiles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> profiles;

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
	 * The default value of the '{@link #getClusterName() <em>Cluster Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterName()
	 * @generated
	 * @ordered
	 */
	protected static final String CLUSTER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClusterName() <em>Cluster Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterName()
	 * @generated
	 * @ordered
	 */
	protected String clusterName = CLUSTER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected String image = IMAGE_EDEFAULT;

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
	 * The cached value of the '{@link #getKernelArgs() <em>Kernel Args</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelArgs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> kernelArgs;

	/**
	 * The default value of the '{@link #getIpxeTemplate() <em>Ipxe Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpxeTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String IPXE_TEMPLATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpxeTemplate() <em>Ipxe Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpxeTemplate()
	 * @generated
	 * @ordered
	 */
	protected String ipxeTemplate = IPXE_TEMPLATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInit() <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInit()
	 * @generated
	 * @ordered
	 */
	protected static final String INIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInit() <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInit()
	 * @generated
	 * @ordered
	 */
	protected String init = INIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected String root = ROOT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSystemOverlays() <em>System Overlays</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemOverlays()
	 * @generated
	 * @ordered
	 */
	protected EList<String> systemOverlays;

	/**
	 * The cached value of the '{@link #getRuntimeOverlays() <em>Runtime Overlays</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimeOverlays()
	 * @generated
	 * @ordered
	 */
	protected EList<String> runtimeOverlays;

	/**
	 * The default value of the '{@link #getPrimaryNetwork() <em>Primary Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryNetwork()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIMARY_NETWORK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrimaryNetwork() <em>Primary Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryNetwork()
	 * @generated
	 * @ordered
	 */
	protected String primaryNetwork = PRIMARY_NETWORK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNetDevs() <em>Net Devs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetDevs()
	 * @generated
	 * @ordered
	 */
	protected EList<NetDev> netDevs;

	/**
	 * The cached value of the '{@link #getIpmi() <em>Ipmi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpmi()
	 * @generated
	 * @ordered
	 */
	protected Ipmi ipmi;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> tags;

	/**
	 * The default value of the '{@link #getDiscoverable() <em>Discoverable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscoverable()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean DISCOVERABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscoverable() <em>Discoverable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscoverable()
	 * @generated
	 * @ordered
	 */
	protected Boolean discoverable = DISCOVERABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssetKey() <em>Asset Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssetKey()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSET_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssetKey() <em>Asset Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssetKey()
	 * @generated
	 * @ordered
	 */
	protected String assetKey = ASSET_KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisks() <em>Disks</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisks()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> disks;

	/**
	 * The cached value of the '{@link #getFilesystems() <em>Filesystems</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilesystems()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> filesystems;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> resources;

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
	protected NodeSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WulfPackage.Literals.NODE_SETTINGS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getProfiles() {
		if (profiles == null) {
			profiles = new EDataTypeEList<String>(String.class, this, WulfPackage.NODE_SETTINGS__PROFILES);
		}
		return profiles;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClusterName() {
		return clusterName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClusterName(String newClusterName) {
		String oldClusterName = clusterName;
		clusterName = newClusterName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__CLUSTER_NAME, oldClusterName, clusterName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(String newImage) {
		String oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__IMAGE, oldImage, image));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__KERNEL_VERSION, oldKernelVersion, kernelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKernelArgs() {
		if (kernelArgs == null) {
			kernelArgs = new EDataTypeEList<String>(String.class, this, WulfPackage.NODE_SETTINGS__KERNEL_ARGS);
		}
		return kernelArgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpxeTemplate() {
		return ipxeTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpxeTemplate(String newIpxeTemplate) {
		String oldIpxeTemplate = ipxeTemplate;
		ipxeTemplate = newIpxeTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__IPXE_TEMPLATE, oldIpxeTemplate, ipxeTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInit() {
		return init;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInit(String newInit) {
		String oldInit = init;
		init = newInit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__INIT, oldInit, init));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRoot() {
		return root;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoot(String newRoot) {
		String oldRoot = root;
		root = newRoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__ROOT, oldRoot, root));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSystemOverlays() {
		if (systemOverlays == null) {
			systemOverlays = new EDataTypeEList<String>(String.class, this, WulfPackage.NODE_SETTINGS__SYSTEM_OVERLAYS);
		}
		return systemOverlays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRuntimeOverlays() {
		if (runtimeOverlays == null) {
			runtimeOverlays = new EDataTypeEList<String>(String.class, this, WulfPackage.NODE_SETTINGS__RUNTIME_OVERLAYS);
		}
		return runtimeOverlays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrimaryNetwork() {
		return primaryNetwork;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryNetwork(String newPrimaryNetwork) {
		String oldPrimaryNetwork = primaryNetwork;
		primaryNetwork = newPrimaryNetwork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__PRIMARY_NETWORK, oldPrimaryNetwork, primaryNetwork));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetDev> getNetDevs() {
		if (netDevs == null) {
			netDevs = new EObjectContainmentEList<NetDev>(NetDev.class, this, WulfPackage.NODE_SETTINGS__NET_DEVS);
		}
		return netDevs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ipmi getIpmi() {
		return ipmi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIpmi(Ipmi newIpmi, NotificationChain msgs) {
		Ipmi oldIpmi = ipmi;
		ipmi = newIpmi;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__IPMI, oldIpmi, newIpmi);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpmi(Ipmi newIpmi) {
		if (newIpmi != ipmi) {
			NotificationChain msgs = null;
			if (ipmi != null)
				msgs = ((InternalEObject)ipmi).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WulfPackage.NODE_SETTINGS__IPMI, null, msgs);
			if (newIpmi != null)
				msgs = ((InternalEObject)newIpmi).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WulfPackage.NODE_SETTINGS__IPMI, null, msgs);
			msgs = basicSetIpmi(newIpmi, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__IPMI, newIpmi, newIpmi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getTags() {
		if (tags == null) {
			tags = new EcoreEMap<String,String>(WulfPackage.Literals.TAG_ENTRY, TagEntryImpl.class, this, WulfPackage.NODE_SETTINGS__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getDiscoverable() {
		return discoverable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscoverable(Boolean newDiscoverable) {
		Boolean oldDiscoverable = discoverable;
		discoverable = newDiscoverable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__DISCOVERABLE, oldDiscoverable, discoverable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssetKey() {
		return assetKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssetKey(String newAssetKey) {
		String oldAssetKey = assetKey;
		assetKey = newAssetKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NODE_SETTINGS__ASSET_KEY, oldAssetKey, assetKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getDisks() {
		if (disks == null) {
			disks = new EcoreEMap<String,String>(WulfPackage.Literals.YAML_ENTRY, YamlEntryImpl.class, this, WulfPackage.NODE_SETTINGS__DISKS);
		}
		return disks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getFilesystems() {
		if (filesystems == null) {
			filesystems = new EcoreEMap<String,String>(WulfPackage.Literals.YAML_ENTRY, YamlEntryImpl.class, this, WulfPackage.NODE_SETTINGS__FILESYSTEMS);
		}
		return filesystems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getResources() {
		if (resources == null) {
			resources = new EcoreEMap<String,String>(WulfPackage.Literals.YAML_ENTRY, YamlEntryImpl.class, this, WulfPackage.NODE_SETTINGS__RESOURCES);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getExtras() {
		if (extras == null) {
			extras = new EcoreEMap<String,String>(WulfPackage.Literals.YAML_ENTRY, YamlEntryImpl.class, this, WulfPackage.NODE_SETTINGS__EXTRAS);
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
			case WulfPackage.NODE_SETTINGS__NET_DEVS:
				return ((InternalEList<?>)getNetDevs()).basicRemove(otherEnd, msgs);
			case WulfPackage.NODE_SETTINGS__IPMI:
				return basicSetIpmi(null, msgs);
			case WulfPackage.NODE_SETTINGS__TAGS:
				return ((InternalEList<?>)getTags()).basicRemove(otherEnd, msgs);
			case WulfPackage.NODE_SETTINGS__DISKS:
				return ((InternalEList<?>)getDisks()).basicRemove(otherEnd, msgs);
			case WulfPackage.NODE_SETTINGS__FILESYSTEMS:
				return ((InternalEList<?>)getFilesystems()).basicRemove(otherEnd, msgs);
			case WulfPackage.NODE_SETTINGS__RESOURCES:
				return ((InternalEList<?>)getResources()).basicRemove(otherEnd, msgs);
			case WulfPackage.NODE_SETTINGS__EXTRAS:
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
			case WulfPackage.NODE_SETTINGS__NAME:
				return getName();
			case WulfPackage.NODE_SETTINGS__PROFILES:
				return getProfiles();
			case WulfPackage.NODE_SETTINGS__COMMENT:
				return getComment();
			case WulfPackage.NODE_SETTINGS__CLUSTER_NAME:
				return getClusterName();
			case WulfPackage.NODE_SETTINGS__IMAGE:
				return getImage();
			case WulfPackage.NODE_SETTINGS__KERNEL_VERSION:
				return getKernelVersion();
			case WulfPackage.NODE_SETTINGS__KERNEL_ARGS:
				return getKernelArgs();
			case WulfPackage.NODE_SETTINGS__IPXE_TEMPLATE:
				return getIpxeTemplate();
			case WulfPackage.NODE_SETTINGS__INIT:
				return getInit();
			case WulfPackage.NODE_SETTINGS__ROOT:
				return getRoot();
			case WulfPackage.NODE_SETTINGS__SYSTEM_OVERLAYS:
				return getSystemOverlays();
			case WulfPackage.NODE_SETTINGS__RUNTIME_OVERLAYS:
				return getRuntimeOverlays();
			case WulfPackage.NODE_SETTINGS__PRIMARY_NETWORK:
				return getPrimaryNetwork();
			case WulfPackage.NODE_SETTINGS__NET_DEVS:
				return getNetDevs();
			case WulfPackage.NODE_SETTINGS__IPMI:
				return getIpmi();
			case WulfPackage.NODE_SETTINGS__TAGS:
				if (coreType) return getTags();
				else return getTags().map();
			case WulfPackage.NODE_SETTINGS__DISCOVERABLE:
				return getDiscoverable();
			case WulfPackage.NODE_SETTINGS__ASSET_KEY:
				return getAssetKey();
			case WulfPackage.NODE_SETTINGS__DISKS:
				if (coreType) return getDisks();
				else return getDisks().map();
			case WulfPackage.NODE_SETTINGS__FILESYSTEMS:
				if (coreType) return getFilesystems();
				else return getFilesystems().map();
			case WulfPackage.NODE_SETTINGS__RESOURCES:
				if (coreType) return getResources();
				else return getResources().map();
			case WulfPackage.NODE_SETTINGS__EXTRAS:
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
			case WulfPackage.NODE_SETTINGS__NAME:
				setName((String)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__PROFILES:
				getProfiles().clear();
				getProfiles().addAll((Collection<? extends String>)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__COMMENT:
				setComment((String)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__CLUSTER_NAME:
				setClusterName((String)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__IMAGE:
				setImage((String)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__KERNEL_VERSION:
				setKernelVersion((String)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__KERNEL_ARGS:
				getKernelArgs().clear();
				getKernelArgs().addAll((Collection<? extends String>)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__IPXE_TEMPLATE:
				setIpxeTemplate((String)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__INIT:
				setInit((String)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__ROOT:
				setRoot((String)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__SYSTEM_OVERLAYS:
				getSystemOverlays().clear();
				getSystemOverlays().addAll((Collection<? extends String>)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__RUNTIME_OVERLAYS:
				getRuntimeOverlays().clear();
				getRuntimeOverlays().addAll((Collection<? extends String>)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__PRIMARY_NETWORK:
				setPrimaryNetwork((String)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__NET_DEVS:
				getNetDevs().clear();
				getNetDevs().addAll((Collection<? extends NetDev>)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__IPMI:
				setIpmi((Ipmi)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__TAGS:
				((EStructuralFeature.Setting)getTags()).set(newValue);
				return;
			case WulfPackage.NODE_SETTINGS__DISCOVERABLE:
				setDiscoverable((Boolean)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__ASSET_KEY:
				setAssetKey((String)newValue);
				return;
			case WulfPackage.NODE_SETTINGS__DISKS:
				((EStructuralFeature.Setting)getDisks()).set(newValue);
				return;
			case WulfPackage.NODE_SETTINGS__FILESYSTEMS:
				((EStructuralFeature.Setting)getFilesystems()).set(newValue);
				return;
			case WulfPackage.NODE_SETTINGS__RESOURCES:
				((EStructuralFeature.Setting)getResources()).set(newValue);
				return;
			case WulfPackage.NODE_SETTINGS__EXTRAS:
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
			case WulfPackage.NODE_SETTINGS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WulfPackage.NODE_SETTINGS__PROFILES:
				getProfiles().clear();
				return;
			case WulfPackage.NODE_SETTINGS__COMMENT:
				setComment(COMMENT_EDEFAULT);
				return;
			case WulfPackage.NODE_SETTINGS__CLUSTER_NAME:
				setClusterName(CLUSTER_NAME_EDEFAULT);
				return;
			case WulfPackage.NODE_SETTINGS__IMAGE:
				setImage(IMAGE_EDEFAULT);
				return;
			case WulfPackage.NODE_SETTINGS__KERNEL_VERSION:
				setKernelVersion(KERNEL_VERSION_EDEFAULT);
				return;
			case WulfPackage.NODE_SETTINGS__KERNEL_ARGS:
				getKernelArgs().clear();
				return;
			case WulfPackage.NODE_SETTINGS__IPXE_TEMPLATE:
				setIpxeTemplate(IPXE_TEMPLATE_EDEFAULT);
				return;
			case WulfPackage.NODE_SETTINGS__INIT:
				setInit(INIT_EDEFAULT);
				return;
			case WulfPackage.NODE_SETTINGS__ROOT:
				setRoot(ROOT_EDEFAULT);
				return;
			case WulfPackage.NODE_SETTINGS__SYSTEM_OVERLAYS:
				getSystemOverlays().clear();
				return;
			case WulfPackage.NODE_SETTINGS__RUNTIME_OVERLAYS:
				getRuntimeOverlays().clear();
				return;
			case WulfPackage.NODE_SETTINGS__PRIMARY_NETWORK:
				setPrimaryNetwork(PRIMARY_NETWORK_EDEFAULT);
				return;
			case WulfPackage.NODE_SETTINGS__NET_DEVS:
				getNetDevs().clear();
				return;
			case WulfPackage.NODE_SETTINGS__IPMI:
				setIpmi((Ipmi)null);
				return;
			case WulfPackage.NODE_SETTINGS__TAGS:
				getTags().clear();
				return;
			case WulfPackage.NODE_SETTINGS__DISCOVERABLE:
				setDiscoverable(DISCOVERABLE_EDEFAULT);
				return;
			case WulfPackage.NODE_SETTINGS__ASSET_KEY:
				setAssetKey(ASSET_KEY_EDEFAULT);
				return;
			case WulfPackage.NODE_SETTINGS__DISKS:
				getDisks().clear();
				return;
			case WulfPackage.NODE_SETTINGS__FILESYSTEMS:
				getFilesystems().clear();
				return;
			case WulfPackage.NODE_SETTINGS__RESOURCES:
				getResources().clear();
				return;
			case WulfPackage.NODE_SETTINGS__EXTRAS:
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
			case WulfPackage.NODE_SETTINGS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WulfPackage.NODE_SETTINGS__PROFILES:
				return profiles != null && !profiles.isEmpty();
			case WulfPackage.NODE_SETTINGS__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
			case WulfPackage.NODE_SETTINGS__CLUSTER_NAME:
				return CLUSTER_NAME_EDEFAULT == null ? clusterName != null : !CLUSTER_NAME_EDEFAULT.equals(clusterName);
			case WulfPackage.NODE_SETTINGS__IMAGE:
				return IMAGE_EDEFAULT == null ? image != null : !IMAGE_EDEFAULT.equals(image);
			case WulfPackage.NODE_SETTINGS__KERNEL_VERSION:
				return KERNEL_VERSION_EDEFAULT == null ? kernelVersion != null : !KERNEL_VERSION_EDEFAULT.equals(kernelVersion);
			case WulfPackage.NODE_SETTINGS__KERNEL_ARGS:
				return kernelArgs != null && !kernelArgs.isEmpty();
			case WulfPackage.NODE_SETTINGS__IPXE_TEMPLATE:
				return IPXE_TEMPLATE_EDEFAULT == null ? ipxeTemplate != null : !IPXE_TEMPLATE_EDEFAULT.equals(ipxeTemplate);
			case WulfPackage.NODE_SETTINGS__INIT:
				return INIT_EDEFAULT == null ? init != null : !INIT_EDEFAULT.equals(init);
			case WulfPackage.NODE_SETTINGS__ROOT:
				return ROOT_EDEFAULT == null ? root != null : !ROOT_EDEFAULT.equals(root);
			case WulfPackage.NODE_SETTINGS__SYSTEM_OVERLAYS:
				return systemOverlays != null && !systemOverlays.isEmpty();
			case WulfPackage.NODE_SETTINGS__RUNTIME_OVERLAYS:
				return runtimeOverlays != null && !runtimeOverlays.isEmpty();
			case WulfPackage.NODE_SETTINGS__PRIMARY_NETWORK:
				return PRIMARY_NETWORK_EDEFAULT == null ? primaryNetwork != null : !PRIMARY_NETWORK_EDEFAULT.equals(primaryNetwork);
			case WulfPackage.NODE_SETTINGS__NET_DEVS:
				return netDevs != null && !netDevs.isEmpty();
			case WulfPackage.NODE_SETTINGS__IPMI:
				return ipmi != null;
			case WulfPackage.NODE_SETTINGS__TAGS:
				return tags != null && !tags.isEmpty();
			case WulfPackage.NODE_SETTINGS__DISCOVERABLE:
				return DISCOVERABLE_EDEFAULT == null ? discoverable != null : !DISCOVERABLE_EDEFAULT.equals(discoverable);
			case WulfPackage.NODE_SETTINGS__ASSET_KEY:
				return ASSET_KEY_EDEFAULT == null ? assetKey != null : !ASSET_KEY_EDEFAULT.equals(assetKey);
			case WulfPackage.NODE_SETTINGS__DISKS:
				return disks != null && !disks.isEmpty();
			case WulfPackage.NODE_SETTINGS__FILESYSTEMS:
				return filesystems != null && !filesystems.isEmpty();
			case WulfPackage.NODE_SETTINGS__RESOURCES:
				return resources != null && !resources.isEmpty();
			case WulfPackage.NODE_SETTINGS__EXTRAS:
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
		result.append(", profiles: ");
		result.append(profiles);
		result.append(", comment: ");
		result.append(comment);
		result.append(", clusterName: ");
		result.append(clusterName);
		result.append(", image: ");
		result.append(image);
		result.append(", kernelVersion: ");
		result.append(kernelVersion);
		result.append(", kernelArgs: ");
		result.append(kernelArgs);
		result.append(", ipxeTemplate: ");
		result.append(ipxeTemplate);
		result.append(", init: ");
		result.append(init);
		result.append(", root: ");
		result.append(root);
		result.append(", systemOverlays: ");
		result.append(systemOverlays);
		result.append(", runtimeOverlays: ");
		result.append(runtimeOverlays);
		result.append(", primaryNetwork: ");
		result.append(primaryNetwork);
		result.append(", discoverable: ");
		result.append(discoverable);
		result.append(", assetKey: ");
		result.append(assetKey);
		result.append(')');
		return result.toString();
	}

} //NodeSettingsImpl
