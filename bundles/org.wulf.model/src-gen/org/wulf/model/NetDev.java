/**
 */
package org.wulf.model;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Net Dev</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A network device of a node or profile, keyed by its name (e.g. default); merged field by field across profiles.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.NetDev#getName <em>Name</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getType <em>Type</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getDevice <em>Device</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getHwaddr <em>Hwaddr</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getIpaddr <em>Ipaddr</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getNetmask <em>Netmask</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getGateway <em>Gateway</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getIpaddr6 <em>Ipaddr6</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getPrefixlen6 <em>Prefixlen6</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getGateway6 <em>Gateway6</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getOnboot <em>Onboot</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getPrimary <em>Primary</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getTags <em>Tags</em>}</li>
 *   <li>{@link org.wulf.model.NetDev#getExtras <em>Extras</em>}</li>
 * </ul>
 *
 * @see org.wulf.model.WulfPackage#getNetDev()
 * @model
 * @generated
 */
public interface NetDev extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.wulf.model.WulfPackage#getNetDev_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ethernet or infiniband (Warewulf also writes bond and vlan).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see org.wulf.model.WulfPackage#getNetDev_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.wulf.model.WulfPackage#getNetDev_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Hwaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hwaddr</em>' attribute.
	 * @see #setHwaddr(String)
	 * @see org.wulf.model.WulfPackage#getNetDev_Hwaddr()
	 * @model
	 * @generated
	 */
	String getHwaddr();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getHwaddr <em>Hwaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hwaddr</em>' attribute.
	 * @see #getHwaddr()
	 * @generated
	 */
	void setHwaddr(String value);

	/**
	 * Returns the value of the '<em><b>Ipaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ipaddr</em>' attribute.
	 * @see #setIpaddr(String)
	 * @see org.wulf.model.WulfPackage#getNetDev_Ipaddr()
	 * @model
	 * @generated
	 */
	String getIpaddr();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getIpaddr <em>Ipaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipaddr</em>' attribute.
	 * @see #getIpaddr()
	 * @generated
	 */
	void setIpaddr(String value);

	/**
	 * Returns the value of the '<em><b>Netmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Netmask</em>' attribute.
	 * @see #setNetmask(String)
	 * @see org.wulf.model.WulfPackage#getNetDev_Netmask()
	 * @model
	 * @generated
	 */
	String getNetmask();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getNetmask <em>Netmask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Netmask</em>' attribute.
	 * @see #getNetmask()
	 * @generated
	 */
	void setNetmask(String value);

	/**
	 * Returns the value of the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gateway</em>' attribute.
	 * @see #setGateway(String)
	 * @see org.wulf.model.WulfPackage#getNetDev_Gateway()
	 * @model
	 * @generated
	 */
	String getGateway();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getGateway <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' attribute.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(String value);

	/**
	 * Returns the value of the '<em><b>Ipaddr6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ipaddr6</em>' attribute.
	 * @see #setIpaddr6(String)
	 * @see org.wulf.model.WulfPackage#getNetDev_Ipaddr6()
	 * @model
	 * @generated
	 */
	String getIpaddr6();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getIpaddr6 <em>Ipaddr6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipaddr6</em>' attribute.
	 * @see #getIpaddr6()
	 * @generated
	 */
	void setIpaddr6(String value);

	/**
	 * Returns the value of the '<em><b>Prefixlen6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefixlen6</em>' attribute.
	 * @see #setPrefixlen6(String)
	 * @see org.wulf.model.WulfPackage#getNetDev_Prefixlen6()
	 * @model
	 * @generated
	 */
	String getPrefixlen6();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getPrefixlen6 <em>Prefixlen6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefixlen6</em>' attribute.
	 * @see #getPrefixlen6()
	 * @generated
	 */
	void setPrefixlen6(String value);

	/**
	 * Returns the value of the '<em><b>Gateway6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gateway6</em>' attribute.
	 * @see #setGateway6(String)
	 * @see org.wulf.model.WulfPackage#getNetDev_Gateway6()
	 * @model
	 * @generated
	 */
	String getGateway6();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getGateway6 <em>Gateway6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway6</em>' attribute.
	 * @see #getGateway6()
	 * @generated
	 */
	void setGateway6(String value);

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mtu</em>' attribute.
	 * @see #setMtu(Integer)
	 * @see org.wulf.model.WulfPackage#getNetDev_Mtu()
	 * @model
	 * @generated
	 */
	Integer getMtu();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtu</em>' attribute.
	 * @see #getMtu()
	 * @generated
	 */
	void setMtu(Integer value);

	/**
	 * Returns the value of the '<em><b>Onboot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Onboot</em>' attribute.
	 * @see #setOnboot(Boolean)
	 * @see org.wulf.model.WulfPackage#getNetDev_Onboot()
	 * @model
	 * @generated
	 */
	Boolean getOnboot();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getOnboot <em>Onboot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onboot</em>' attribute.
	 * @see #getOnboot()
	 * @generated
	 */
	void setOnboot(Boolean value);

	/**
	 * Returns the value of the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary</em>' attribute.
	 * @see #setPrimary(Boolean)
	 * @see org.wulf.model.WulfPackage#getNetDev_Primary()
	 * @model
	 * @generated
	 */
	Boolean getPrimary();

	/**
	 * Sets the value of the '{@link org.wulf.model.NetDev#getPrimary <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' attribute.
	 * @see #getPrimary()
	 * @generated
	 */
	void setPrimary(Boolean value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' map.
	 * @see org.wulf.model.WulfPackage#getNetDev_Tags()
	 * @model mapType="org.wulf.model.TagEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getTags();

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
	 * @see org.wulf.model.WulfPackage#getNetDev_Extras()
	 * @model mapType="org.wulf.model.YamlEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getExtras();

} // NetDev
