/**
 */
package org.wulf.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.wulf.model.Cluster;
import org.wulf.model.WulfFactory;
import org.wulf.model.WulfPackage;

import org.wulf.model.edit.provider.WulfEditPlugin;

/**
 * This is the item provider adapter for a {@link org.wulf.model.Cluster} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ClusterItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClusterItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addCommentPropertyDescriptor(object);
			addControllerIpPropertyDescriptor(object);
			addNetmaskPropertyDescriptor(object);
			addNetworkPropertyDescriptor(object);
			addFqdnPropertyDescriptor(object);
			addProvisionInterfacePropertyDescriptor(object);
			addHttpPortPropertyDescriptor(object);
			addSecurePropertyDescriptor(object);
			addDhcpEnabledPropertyDescriptor(object);
			addDhcpModePropertyDescriptor(object);
			addDhcpRangeStartPropertyDescriptor(object);
			addDhcpRangeEndPropertyDescriptor(object);
			addTftpEnabledPropertyDescriptor(object);
			addTftpRootPropertyDescriptor(object);
			addUpdateIntervalPropertyDescriptor(object);
			addAutobuildOverlaysPropertyDescriptor(object);
			addGrubBootPropertyDescriptor(object);
			addDhcpTemplatePropertyDescriptor(object);
			addNfsEnabledPropertyDescriptor(object);
			addSshKeyTypesPropertyDescriptor(object);
			addDefaultProfilePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_name_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Comment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_comment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_comment_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__COMMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Controller Ip feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addControllerIpPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_controllerIp_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_controllerIp_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__CONTROLLER_IP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Netmask feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNetmaskPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_netmask_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_netmask_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__NETMASK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Network feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNetworkPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_network_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_network_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__NETWORK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fqdn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFqdnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_fqdn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_fqdn_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__FQDN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Provision Interface feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProvisionInterfacePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_provisionInterface_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_provisionInterface_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__PROVISION_INTERFACE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Http Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHttpPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_httpPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_httpPort_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__HTTP_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Secure feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSecurePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_secure_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_secure_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__SECURE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dhcp Enabled feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDhcpEnabledPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_dhcpEnabled_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_dhcpEnabled_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__DHCP_ENABLED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dhcp Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDhcpModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_dhcpMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_dhcpMode_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__DHCP_MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dhcp Range Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDhcpRangeStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_dhcpRangeStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_dhcpRangeStart_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__DHCP_RANGE_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dhcp Range End feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDhcpRangeEndPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_dhcpRangeEnd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_dhcpRangeEnd_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__DHCP_RANGE_END,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tftp Enabled feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTftpEnabledPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_tftpEnabled_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_tftpEnabled_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__TFTP_ENABLED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tftp Root feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTftpRootPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_tftpRoot_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_tftpRoot_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__TFTP_ROOT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Update Interval feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpdateIntervalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_updateInterval_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_updateInterval_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__UPDATE_INTERVAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Autobuild Overlays feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAutobuildOverlaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_autobuildOverlays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_autobuildOverlays_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__AUTOBUILD_OVERLAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Grub Boot feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGrubBootPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_grubBoot_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_grubBoot_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__GRUB_BOOT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dhcp Template feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDhcpTemplatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_dhcpTemplate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_dhcpTemplate_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__DHCP_TEMPLATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Nfs Enabled feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNfsEnabledPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_nfsEnabled_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_nfsEnabled_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__NFS_ENABLED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ssh Key Types feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSshKeyTypesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_sshKeyTypes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_sshKeyTypes_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__SSH_KEY_TYPES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Default Profile feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDefaultProfilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_defaultProfile_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_defaultProfile_feature", "_UI_Cluster_type"),
				 WulfPackage.Literals.CLUSTER__DEFAULT_PROFILE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(WulfPackage.Literals.CLUSTER__IPXE_FILES);
			childrenFeatures.add(WulfPackage.Literals.CLUSTER__NFS_EXPORTS);
			childrenFeatures.add(WulfPackage.Literals.CLUSTER__PROFILES);
			childrenFeatures.add(WulfPackage.Literals.CLUSTER__NODES);
			childrenFeatures.add(WulfPackage.Literals.CLUSTER__IMAGES);
			childrenFeatures.add(WulfPackage.Literals.CLUSTER__OVERLAYS);
			childrenFeatures.add(WulfPackage.Literals.CLUSTER__EXTRAS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Cluster.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Cluster"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Cluster)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Cluster_type") :
			getString("_UI_Cluster_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Cluster.class)) {
			case WulfPackage.CLUSTER__NAME:
			case WulfPackage.CLUSTER__COMMENT:
			case WulfPackage.CLUSTER__CONTROLLER_IP:
			case WulfPackage.CLUSTER__NETMASK:
			case WulfPackage.CLUSTER__NETWORK:
			case WulfPackage.CLUSTER__FQDN:
			case WulfPackage.CLUSTER__PROVISION_INTERFACE:
			case WulfPackage.CLUSTER__HTTP_PORT:
			case WulfPackage.CLUSTER__SECURE:
			case WulfPackage.CLUSTER__DHCP_ENABLED:
			case WulfPackage.CLUSTER__DHCP_MODE:
			case WulfPackage.CLUSTER__DHCP_RANGE_START:
			case WulfPackage.CLUSTER__DHCP_RANGE_END:
			case WulfPackage.CLUSTER__TFTP_ENABLED:
			case WulfPackage.CLUSTER__TFTP_ROOT:
			case WulfPackage.CLUSTER__UPDATE_INTERVAL:
			case WulfPackage.CLUSTER__AUTOBUILD_OVERLAYS:
			case WulfPackage.CLUSTER__GRUB_BOOT:
			case WulfPackage.CLUSTER__DHCP_TEMPLATE:
			case WulfPackage.CLUSTER__NFS_ENABLED:
			case WulfPackage.CLUSTER__SSH_KEY_TYPES:
			case WulfPackage.CLUSTER__DEFAULT_PROFILE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case WulfPackage.CLUSTER__IPXE_FILES:
			case WulfPackage.CLUSTER__NFS_EXPORTS:
			case WulfPackage.CLUSTER__PROFILES:
			case WulfPackage.CLUSTER__NODES:
			case WulfPackage.CLUSTER__IMAGES:
			case WulfPackage.CLUSTER__OVERLAYS:
			case WulfPackage.CLUSTER__EXTRAS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.CLUSTER__IPXE_FILES,
				 WulfFactory.eINSTANCE.create(WulfPackage.Literals.TAG_ENTRY)));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.CLUSTER__NFS_EXPORTS,
				 WulfFactory.eINSTANCE.createNfsExport()));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.CLUSTER__PROFILES,
				 WulfFactory.eINSTANCE.createProfile()));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.CLUSTER__NODES,
				 WulfFactory.eINSTANCE.createNode()));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.CLUSTER__IMAGES,
				 WulfFactory.eINSTANCE.createImage()));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.CLUSTER__OVERLAYS,
				 WulfFactory.eINSTANCE.createOverlay()));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.CLUSTER__EXTRAS,
				 WulfFactory.eINSTANCE.create(WulfPackage.Literals.YAML_ENTRY)));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return WulfEditPlugin.INSTANCE;
	}

}
