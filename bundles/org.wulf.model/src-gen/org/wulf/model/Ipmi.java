/**
 */
package org.wulf.model;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ipmi</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The node's baseboard management controller; merged field by field across profiles.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wulf.model.Ipmi#getIpaddr <em>Ipaddr</em>}</li>
 *   <li>{@link org.wulf.model.Ipmi#getNetmask <em>Netmask</em>}</li>
 *   <li>{@link org.wulf.model.Ipmi#getGateway <em>Gateway</em>}</li>
 *   <li>{@link org.wulf.model.Ipmi#getUsername <em>Username</em>}</li>
 *   <li>{@link org.wulf.model.Ipmi#getPassword <em>Password</em>}</li>
 *   <li>{@link org.wulf.model.Ipmi#getInterface <em>Interface</em>}</li>
 *   <li>{@link org.wulf.model.Ipmi#getPort <em>Port</em>}</li>
 *   <li>{@link org.wulf.model.Ipmi#getEscapeChar <em>Escape Char</em>}</li>
 *   <li>{@link org.wulf.model.Ipmi#getWrite <em>Write</em>}</li>
 *   <li>{@link org.wulf.model.Ipmi#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.wulf.model.Ipmi#getTags <em>Tags</em>}</li>
 *   <li>{@link org.wulf.model.Ipmi#getExtras <em>Extras</em>}</li>
 * </ul>
 *
 * @see org.wulf.model.WulfPackage#getIpmi()
 * @model
 * @generated
 */
public interface Ipmi extends EObject {
	/**
	 * Returns the value of the '<em><b>Ipaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ipaddr</em>' attribute.
	 * @see #setIpaddr(String)
	 * @see org.wulf.model.WulfPackage#getIpmi_Ipaddr()
	 * @model
	 * @generated
	 */
	String getIpaddr();

	/**
	 * Sets the value of the '{@link org.wulf.model.Ipmi#getIpaddr <em>Ipaddr</em>}' attribute.
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
	 * @see org.wulf.model.WulfPackage#getIpmi_Netmask()
	 * @model
	 * @generated
	 */
	String getNetmask();

	/**
	 * Sets the value of the '{@link org.wulf.model.Ipmi#getNetmask <em>Netmask</em>}' attribute.
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
	 * @see org.wulf.model.WulfPackage#getIpmi_Gateway()
	 * @model
	 * @generated
	 */
	String getGateway();

	/**
	 * Sets the value of the '{@link org.wulf.model.Ipmi#getGateway <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' attribute.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(String value);

	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see org.wulf.model.WulfPackage#getIpmi_Username()
	 * @model
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link org.wulf.model.Ipmi#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

	/**
	 * Returns the value of the '<em><b>Password</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Password</em>' attribute.
	 * @see #setPassword(String)
	 * @see org.wulf.model.WulfPackage#getIpmi_Password()
	 * @model
	 * @generated
	 */
	String getPassword();

	/**
	 * Sets the value of the '{@link org.wulf.model.Ipmi#getPassword <em>Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password</em>' attribute.
	 * @see #getPassword()
	 * @generated
	 */
	void setPassword(String value);

	/**
	 * Returns the value of the '<em><b>Interface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ipmitool interface: lan or lanplus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interface</em>' attribute.
	 * @see #setInterface(String)
	 * @see org.wulf.model.WulfPackage#getIpmi_Interface()
	 * @model
	 * @generated
	 */
	String getInterface();

	/**
	 * Sets the value of the '{@link org.wulf.model.Ipmi#getInterface <em>Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interface</em>' attribute.
	 * @see #getInterface()
	 * @generated
	 */
	void setInterface(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(Integer)
	 * @see org.wulf.model.WulfPackage#getIpmi_Port()
	 * @model
	 * @generated
	 */
	Integer getPort();

	/**
	 * Sets the value of the '{@link org.wulf.model.Ipmi#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Integer value);

	/**
	 * Returns the value of the '<em><b>Escape Char</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The character that escapes a serial-over-LAN console session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Escape Char</em>' attribute.
	 * @see #setEscapeChar(String)
	 * @see org.wulf.model.WulfPackage#getIpmi_EscapeChar()
	 * @model
	 * @generated
	 */
	String getEscapeChar();

	/**
	 * Sets the value of the '{@link org.wulf.model.Ipmi#getEscapeChar <em>Escape Char</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escape Char</em>' attribute.
	 * @see #getEscapeChar()
	 * @generated
	 */
	void setEscapeChar(String value);

	/**
	 * Returns the value of the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Write</em>' attribute.
	 * @see #setWrite(Boolean)
	 * @see org.wulf.model.WulfPackage#getIpmi_Write()
	 * @model
	 * @generated
	 */
	Boolean getWrite();

	/**
	 * Sets the value of the '{@link org.wulf.model.Ipmi#getWrite <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write</em>' attribute.
	 * @see #getWrite()
	 * @generated
	 */
	void setWrite(Boolean value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' attribute.
	 * @see #setTemplate(String)
	 * @see org.wulf.model.WulfPackage#getIpmi_Template()
	 * @model
	 * @generated
	 */
	String getTemplate();

	/**
	 * Sets the value of the '{@link org.wulf.model.Ipmi#getTemplate <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' attribute.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' map.
	 * @see org.wulf.model.WulfPackage#getIpmi_Tags()
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
	 * @see org.wulf.model.WulfPackage#getIpmi_Extras()
	 * @model mapType="org.wulf.model.YamlEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getExtras();

} // Ipmi
