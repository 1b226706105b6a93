/**
 */
package org.wulf.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wulf.model.NetDev;
import org.wulf.model.WulfPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Net Dev</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getHwaddr <em>Hwaddr</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getIpaddr <em>Ipaddr</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getNetmask <em>Netmask</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getGateway <em>Gateway</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getIpaddr6 <em>Ipaddr6</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getPrefixlen6 <em>Prefixlen6</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getGateway6 <em>Gateway6</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getOnboot <em>Onboot</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getPrimary <em>Primary</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.wulf.model.impl.NetDevImpl#getExtras <em>Extras</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetDevImpl extends EObjectImpl implements NetDev {
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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected String device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHwaddr() <em>Hwaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHwaddr()
	 * @generated
	 * @ordered
	 */
	protected static final String HWADDR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHwaddr() <em>Hwaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHwaddr()
	 * @generated
	 * @ordered
	 */
	protected String hwaddr = HWADDR_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpaddr() <em>Ipaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpaddr()
	 * @generated
	 * @ordered
	 */
	protected static final String IPADDR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpaddr() <em>Ipaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpaddr()
	 * @generated
	 * @ordered
	 */
	protected String ipaddr = IPADDR_EDEFAULT;

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
	 * The default value of the '{@link #getGateway() <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected static final String GATEWAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGateway() <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected String gateway = GATEWAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpaddr6() <em>Ipaddr6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpaddr6()
	 * @generated
	 * @ordered
	 */
	protected static final String IPADDR6_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpaddr6() <em>Ipaddr6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpaddr6()
	 * @generated
	 * @ordered
	 */
	protected String ipaddr6 = IPADDR6_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrefixlen6() <em>Prefixlen6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefixlen6()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFIXLEN6_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrefixlen6() <em>Prefixlen6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefixlen6()
	 * @generated
	 * @ordered
	 */
	protected String prefixlen6 = PREFIXLEN6_EDEFAULT;

	/**
	 * The default value of the '{@link #getGateway6() <em>Gateway6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway6()
	 * @generated
	 * @ordered
	 */
	protected static final String GATEWAY6_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGateway6() <em>Gateway6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway6()
	 * @generated
	 * @ordered
	 */
	protected String gateway6 = GATEWAY6_EDEFAULT;

	/**
	 * The default value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MTU_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected Integer mtu = MTU_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnboot() <em>Onboot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnboot()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ONBOOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnboot() <em>Onboot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnboot()
	 * @generated
	 * @ordered
	 */
	protected Boolean onboot = ONBOOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimary()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean PRIMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimary()
	 * @generated
	 * @ordered
	 */
	protected Boolean primary = PRIMARY_EDEFAULT;

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
	protected NetDevImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WulfPackage.Literals.NET_DEV;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(String newDevice) {
		String oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHwaddr() {
		return hwaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHwaddr(String newHwaddr) {
		String oldHwaddr = hwaddr;
		hwaddr = newHwaddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__HWADDR, oldHwaddr, hwaddr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpaddr() {
		return ipaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpaddr(String newIpaddr) {
		String oldIpaddr = ipaddr;
		ipaddr = newIpaddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__IPADDR, oldIpaddr, ipaddr));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__NETMASK, oldNetmask, netmask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGateway() {
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGateway(String newGateway) {
		String oldGateway = gateway;
		gateway = newGateway;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__GATEWAY, oldGateway, gateway));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpaddr6() {
		return ipaddr6;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpaddr6(String newIpaddr6) {
		String oldIpaddr6 = ipaddr6;
		ipaddr6 = newIpaddr6;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__IPADDR6, oldIpaddr6, ipaddr6));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrefixlen6() {
		return prefixlen6;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrefixlen6(String newPrefixlen6) {
		String oldPrefixlen6 = prefixlen6;
		prefixlen6 = newPrefixlen6;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__PREFIXLEN6, oldPrefixlen6, prefixlen6));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGateway6() {
		return gateway6;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGateway6(String newGateway6) {
		String oldGateway6 = gateway6;
		gateway6 = newGateway6;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__GATEWAY6, oldGateway6, gateway6));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMtu() {
		return mtu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtu(Integer newMtu) {
		Integer oldMtu = mtu;
		mtu = newMtu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__MTU, oldMtu, mtu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getOnboot() {
		return onboot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnboot(Boolean newOnboot) {
		Boolean oldOnboot = onboot;
		onboot = newOnboot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__ONBOOT, oldOnboot, onboot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getPrimary() {
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(Boolean newPrimary) {
		Boolean oldPrimary = primary;
		primary = newPrimary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.NET_DEV__PRIMARY, oldPrimary, primary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getTags() {
		if (tags == null) {
			tags = new EcoreEMap<String,String>(WulfPackage.Literals.TAG_ENTRY, TagEntryImpl.class, this, WulfPackage.NET_DEV__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getExtras() {
		if (extras == null) {
			extras = new EcoreEMap<String,String>(WulfPackage.Literals.YAML_ENTRY, YamlEntryImpl.class, this, WulfPackage.NET_DEV__EXTRAS);
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
			case WulfPackage.NET_DEV__TAGS:
				return ((InternalEList<?>)getTags()).basicRemove(otherEnd, msgs);
			case WulfPackage.NET_DEV__EXTRAS:
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
			case WulfPackage.NET_DEV__NAME:
				return getName();
			case WulfPackage.NET_DEV__TYPE:
				return getType();
			case WulfPackage.NET_DEV__DEVICE:
				return getDevice();
			case WulfPackage.NET_DEV__HWADDR:
				return getHwaddr();
			case WulfPackage.NET_DEV__IPADDR:
				return getIpaddr();
			case WulfPackage.NET_DEV__NETMASK:
				return getNetmask();
			case WulfPackage.NET_DEV__GATEWAY:
				return getGateway();
			case WulfPackage.NET_DEV__IPADDR6:
				return getIpaddr6();
			case WulfPackage.NET_DEV__PREFIXLEN6:
				return getPrefixlen6();
			case WulfPackage.NET_DEV__GATEWAY6:
				return getGateway6();
			case WulfPackage.NET_DEV__MTU:
				return getMtu();
			case WulfPackage.NET_DEV__ONBOOT:
				return getOnboot();
			case WulfPackage.NET_DEV__PRIMARY:
				return getPrimary();
			case WulfPackage.NET_DEV__TAGS:
				if (coreType) return getTags();
				else return getTags().map();
			case WulfPackage.NET_DEV__EXTRAS:
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
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WulfPackage.NET_DEV__NAME:
				setName((String)newValue);
				return;
			case WulfPackage.NET_DEV__TYPE:
				setType((String)newValue);
				return;
			case WulfPackage.NET_DEV__DEVICE:
				setDevice((String)newValue);
				return;
			case WulfPackage.NET_DEV__HWADDR:
				setHwaddr((String)newValue);
				return;
			case WulfPackage.NET_DEV__IPADDR:
				setIpaddr((String)newValue);
				return;
			case WulfPackage.NET_DEV__NETMASK:
				setNetmask((String)newValue);
				return;
			case WulfPackage.NET_DEV__GATEWAY:
				setGateway((String)newValue);
				return;
			case WulfPackage.NET_DEV__IPADDR6:
				setIpaddr6((String)newValue);
				return;
			case WulfPackage.NET_DEV__PREFIXLEN6:
				setPrefixlen6((String)newValue);
				return;
			case WulfPackage.NET_DEV__GATEWAY6:
				setGateway6((String)newValue);
				return;
			case WulfPackage.NET_DEV__MTU:
				setMtu((Integer)newValue);
				return;
			case WulfPackage.NET_DEV__ONBOOT:
				setOnboot((Boolean)newValue);
				return;
			case WulfPackage.NET_DEV__PRIMARY:
				setPrimary((Boolean)newValue);
				return;
			case WulfPackage.NET_DEV__TAGS:
				((EStructuralFeature.Setting)getTags()).set(newValue);
				return;
			case WulfPackage.NET_DEV__EXTRAS:
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
			case WulfPackage.NET_DEV__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__HWADDR:
				setHwaddr(HWADDR_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__IPADDR:
				setIpaddr(IPADDR_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__NETMASK:
				setNetmask(NETMASK_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__GATEWAY:
				setGateway(GATEWAY_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__IPADDR6:
				setIpaddr6(IPADDR6_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__PREFIXLEN6:
				setPrefixlen6(PREFIXLEN6_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__GATEWAY6:
				setGateway6(GATEWAY6_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__MTU:
				setMtu(MTU_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__ONBOOT:
				setOnboot(ONBOOT_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__PRIMARY:
				setPrimary(PRIMARY_EDEFAULT);
				return;
			case WulfPackage.NET_DEV__TAGS:
				getTags().clear();
				return;
			case WulfPackage.NET_DEV__EXTRAS:
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
			case WulfPackage.NET_DEV__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WulfPackage.NET_DEV__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case WulfPackage.NET_DEV__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case WulfPackage.NET_DEV__HWADDR:
				return HWADDR_EDEFAULT == null ? hwaddr != null : !HWADDR_EDEFAULT.equals(hwaddr);
			case WulfPackage.NET_DEV__IPADDR:
				return IPADDR_EDEFAULT == null ? ipaddr != null : !IPADDR_EDEFAULT.equals(ipaddr);
			case WulfPackage.NET_DEV__NETMASK:
				return NETMASK_EDEFAULT == null ? netmask != null : !NETMASK_EDEFAULT.equals(netmask);
			case WulfPackage.NET_DEV__GATEWAY:
				return GATEWAY_EDEFAULT == null ? gateway != null : !GATEWAY_EDEFAULT.equals(gateway);
			case WulfPackage.NET_DEV__IPADDR6:
				return IPADDR6_EDEFAULT == null ? ipaddr6 != null : !IPADDR6_EDEFAULT.equals(ipaddr6);
			case WulfPackage.NET_DEV__PREFIXLEN6:
				return PREFIXLEN6_EDEFAULT == null ? prefixlen6 != null : !PREFIXLEN6_EDEFAULT.equals(prefixlen6);
			case WulfPackage.NET_DEV__GATEWAY6:
				return GATEWAY6_EDEFAULT == null ? gateway6 != null : !GATEWAY6_EDEFAULT.equals(gateway6);
			case WulfPackage.NET_DEV__MTU:
				return MTU_EDEFAULT == null ? mtu != null : !MTU_EDEFAULT.equals(mtu);
			case WulfPackage.NET_DEV__ONBOOT:
				return ONBOOT_EDEFAULT == null ? onboot != null : !ONBOOT_EDEFAULT.equals(onboot);
			case WulfPackage.NET_DEV__PRIMARY:
				return PRIMARY_EDEFAULT == null ? primary != null : !PRIMARY_EDEFAULT.equals(primary);
			case WulfPackage.NET_DEV__TAGS:
				return tags != null && !tags.isEmpty();
			case WulfPackage.NET_DEV__EXTRAS:
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
		result.append(", type: ");
		result.append(type);
		result.append(", device: ");
		result.append(device);
		result.append(", hwaddr: ");
		result.append(hwaddr);
		result.append(", ipaddr: ");
		result.append(ipaddr);
		result.append(", netmask: ");
		result.append(netmask);
		result.append(", gateway: ");
		result.append(gateway);
		result.append(", ipaddr6: ");
		result.append(ipaddr6);
		result.append(", prefixlen6: ");
		result.append(prefixlen6);
		result.append(", gateway6: ");
		result.append(gateway6);
		result.append(", mtu: ");
		result.append(mtu);
		result.append(", onboot: ");
		result.append(onboot);
		result.append(", primary: ");
		result.append(primary);
		result.append(')');
		return result.toString();
	}

} //NetDevImpl
