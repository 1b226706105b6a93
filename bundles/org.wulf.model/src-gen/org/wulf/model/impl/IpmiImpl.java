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

import org.wulf.model.Ipmi;
import org.wulf.model.WulfPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ipmi</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getIpaddr <em>Ipaddr</em>}</li>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getNetmask <em>Netmask</em>}</li>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getGateway <em>Gateway</em>}</li>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getUsername <em>Username</em>}</li>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getPassword <em>Password</em>}</li>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getInterface <em>Interface</em>}</li>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getEscapeChar <em>Escape Char</em>}</li>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getWrite <em>Write</em>}</li>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.wulf.model.impl.IpmiImpl#getExtras <em>Extras</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IpmiImpl extends EObjectImpl implements Ipmi {
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
	 * The default value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected static final String USERNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected String username = USERNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPassword() <em>Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassword()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSWORD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPassword() <em>Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassword()
	 * @generated
	 * @ordered
	 */
	protected String password = PASSWORD_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterface() <em>Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterface()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERFACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterface() <em>Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterface()
	 * @generated
	 * @ordered
	 */
	protected String interface_ = INTERFACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected Integer port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEscapeChar() <em>Escape Char</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscapeChar()
	 * @generated
	 * @ordered
	 */
	protected static final String ESCAPE_CHAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEscapeChar() <em>Escape Char</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscapeChar()
	 * @generated
	 * @ordered
	 */
	protected String escapeChar = ESCAPE_CHAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getWrite() <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrite()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean WRITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWrite() <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrite()
	 * @generated
	 * @ordered
	 */
	protected Boolean write = WRITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected String template = TEMPLATE_EDEFAULT;

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
	protected IpmiImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WulfPackage.Literals.IPMI;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IPMI__IPADDR, oldIpaddr, ipaddr));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IPMI__NETMASK, oldNetmask, netmask));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IPMI__GATEWAY, oldGateway, gateway));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUsername() {
		return username;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsername(String newUsername) {
		String oldUsername = username;
		username = newUsername;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IPMI__USERNAME, oldUsername, username));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPassword() {
		return password;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassword(String newPassword) {
		String oldPassword = password;
		password = newPassword;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IPMI__PASSWORD, oldPassword, password));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterface() {
		return interface_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterface(String newInterface) {
		String oldInterface = interface_;
		interface_ = newInterface;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IPMI__INTERFACE, oldInterface, interface_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(Integer newPort) {
		Integer oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IPMI__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEscapeChar() {
		return escapeChar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscapeChar(String newEscapeChar) {
		String oldEscapeChar = escapeChar;
		escapeChar = newEscapeChar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IPMI__ESCAPE_CHAR, oldEscapeChar, escapeChar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getWrite() {
		return write;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrite(Boolean newWrite) {
		Boolean oldWrite = write;
		write = newWrite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IPMI__WRITE, oldWrite, write));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(String newTemplate) {
		String oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WulfPackage.IPMI__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getTags() {
		if (tags == null) {
			tags = new EcoreEMap<String,String>(WulfPackage.Literals.TAG_ENTRY, TagEntryImpl.class, this, WulfPackage.IPMI__TAGS);
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
			extras = new EcoreEMap<String,String>(WulfPackage.Literals.YAML_ENTRY, YamlEntryImpl.class, this, WulfPackage.IPMI__EXTRAS);
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
			case WulfPackage.IPMI__TAGS:
				return ((InternalEList<?>)getTags()).basicRemove(otherEnd, msgs);
			case WulfPackage.IPMI__EXTRAS:
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
			case WulfPackage.IPMI__IPADDR:
				return getIpaddr();
			case WulfPackage.IPMI__NETMASK:
				return getNetmask();
			case WulfPackage.IPMI__GATEWAY:
				return getGateway();
			case WulfPackage.IPMI__USERNAME:
				return getUsername();
			case WulfPackage.IPMI__PASSWORD:
				return getPassword();
			case WulfPackage.IPMI__INTERFACE:
				return getInterface();
			case WulfPackage.IPMI__PORT:
				return getPort();
			case WulfPackage.IPMI__ESCAPE_CHAR:
				return getEscapeChar();
			case WulfPackage.IPMI__WRITE:
				return getWrite();
			case WulfPackage.IPMI__TEMPLATE:
				return getTemplate();
			case WulfPackage.IPMI__TAGS:
				if (coreType) return getTags();
				else return getTags().map();
			case WulfPackage.IPMI__EXTRAS:
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
			case WulfPackage.IPMI__IPADDR:
				setIpaddr((String)newValue);
				return;
			case WulfPackage.IPMI__NETMASK:
				setNetmask((String)newValue);
				return;
			case WulfPackage.IPMI__GATEWAY:
				setGateway((String)newValue);
				return;
			case WulfPackage.IPMI__USERNAME:
				setUsername((String)newValue);
				return;
			case WulfPackage.IPMI__PASSWORD:
				setPassword((String)newValue);
				return;
			case WulfPackage.IPMI__INTERFACE:
				setInterface((String)newValue);
				return;
			case WulfPackage.IPMI__PORT:
				setPort((Integer)newValue);
				return;
			case WulfPackage.IPMI__ESCAPE_CHAR:
				setEscapeChar((String)newValue);
				return;
			case WulfPackage.IPMI__WRITE:
				setWrite((Boolean)newValue);
				return;
			case WulfPackage.IPMI__TEMPLATE:
				setTemplate((String)newValue);
				return;
			case WulfPackage.IPMI__TAGS:
				((EStructuralFeature.Setting)getTags()).set(newValue);
				return;
			case WulfPackage.IPMI__EXTRAS:
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
			case WulfPackage.IPMI__IPADDR:
				setIpaddr(IPADDR_EDEFAULT);
				return;
			case WulfPackage.IPMI__NETMASK:
				setNetmask(NETMASK_EDEFAULT);
				return;
			case WulfPackage.IPMI__GATEWAY:
				setGateway(GATEWAY_EDEFAULT);
				return;
			case WulfPackage.IPMI__USERNAME:
				setUsername(USERNAME_EDEFAULT);
				return;
			case WulfPackage.IPMI__PASSWORD:
				setPassword(PASSWORD_EDEFAULT);
				return;
			case WulfPackage.IPMI__INTERFACE:
				setInterface(INTERFACE_EDEFAULT);
				return;
			case WulfPackage.IPMI__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case WulfPackage.IPMI__ESCAPE_CHAR:
				setEscapeChar(ESCAPE_CHAR_EDEFAULT);
				return;
			case WulfPackage.IPMI__WRITE:
				setWrite(WRITE_EDEFAULT);
				return;
			case WulfPackage.IPMI__TEMPLATE:
				setTemplate(TEMPLATE_EDEFAULT);
				return;
			case WulfPackage.IPMI__TAGS:
				getTags().clear();
				return;
			case WulfPackage.IPMI__EXTRAS:
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
			case WulfPackage.IPMI__IPADDR:
				return IPADDR_EDEFAULT == null ? ipaddr != null : !IPADDR_EDEFAULT.equals(ipaddr);
			case WulfPackage.IPMI__NETMASK:
				return NETMASK_EDEFAULT == null ? netmask != null : !NETMASK_EDEFAULT.equals(netmask);
			case WulfPackage.IPMI__GATEWAY:
				return GATEWAY_EDEFAULT == null ? gateway != null : !GATEWAY_EDEFAULT.equals(gateway);
			case WulfPackage.IPMI__USERNAME:
				return USERNAME_EDEFAULT == null ? username != null : !USERNAME_EDEFAULT.equals(username);
			case WulfPackage.IPMI__PASSWORD:
				return PASSWORD_EDEFAULT == null ? password != null : !PASSWORD_EDEFAULT.equals(password);
			case WulfPackage.IPMI__INTERFACE:
				return INTERFACE_EDEFAULT == null ? interface_ != null : !INTERFACE_EDEFAULT.equals(interface_);
			case WulfPackage.IPMI__PORT:
				return PORT_EDEFAULT == null ? port != null : !PORT_EDEFAULT.equals(port);
			case WulfPackage.IPMI__ESCAPE_CHAR:
				return ESCAPE_CHAR_EDEFAULT == null ? escapeChar != null : !ESCAPE_CHAR_EDEFAULT.equals(escapeChar);
			case WulfPackage.IPMI__WRITE:
				return WRITE_EDEFAULT == null ? write != null : !WRITE_EDEFAULT.equals(write);
			case WulfPackage.IPMI__TEMPLATE:
				return TEMPLATE_EDEFAULT == null ? template != null : !TEMPLATE_EDEFAULT.equals(template);
			case WulfPackage.IPMI__TAGS:
				return tags != null && !tags.isEmpty();
			case WulfPackage.IPMI__EXTRAS:
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
		result.append(" (ipaddr: ");
		result.append(ipaddr);
		result.append(", netmask: ");
		result.append(netmask);
		result.append(", gateway: ");
		result.append(gateway);
		result.append(", username: ");
		result.append(username);
		result.append(", password: ");
		result.append(password);
		result.append(", interface: ");
		result.append(interface_);
		result.append(", port: ");
		result.append(port);
		result.append(", escapeChar: ");
		result.append(escapeChar);
		result.append(", write: ");
		result.append(write);
		result.append(", template: ");
		result.append(template);
		result.append(')');
		return result.toString();
	}

} //IpmiImpl
