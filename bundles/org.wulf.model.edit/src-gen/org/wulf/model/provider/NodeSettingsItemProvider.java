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

import org.wulf.model.NodeSettings;
import org.wulf.model.WulfFactory;
import org.wulf.model.WulfPackage;

import org.wulf.model.edit.provider.WulfEditPlugin;

/**
 * This is the item provider adapter for a {@link org.wulf.model.NodeSettings} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class NodeSettingsItemProvider 
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
	public NodeSettingsItemProvider(AdapterFactory adapterFactory) {
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
			addProfilesPropertyDescriptor(object);
			addCommentPropertyDescriptor(object);
			addClusterNamePropertyDescriptor(object);
			addImagePropertyDescriptor(object);
			addKernelVersionPropertyDescriptor(object);
			addKernelArgsPropertyDescriptor(object);
			addIpxeTemplatePropertyDescriptor(object);
			addInitPropertyDescriptor(object);
			addRootPropertyDescriptor(object);
			addSystemOverlaysPropertyDescriptor(object);
			addRuntimeOverlaysPropertyDescriptor(object);
			addPrimaryNetworkPropertyDescriptor(object);
			addDiscoverablePropertyDescriptor(object);
			addAssetKeyPropertyDescriptor(object);
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
				 getString("_UI_NodeSettings_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_name_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Profiles feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProfilesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_profiles_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_profiles_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__PROFILES,
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
				 getString("_UI_NodeSettings_comment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_comment_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__COMMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cluster Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClusterNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_clusterName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_clusterName_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__CLUSTER_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Image feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addImagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_image_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_image_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__IMAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kernel Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKernelVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_kernelVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_kernelVersion_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__KERNEL_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kernel Args feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKernelArgsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_kernelArgs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_kernelArgs_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__KERNEL_ARGS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ipxe Template feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIpxeTemplatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_ipxeTemplate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_ipxeTemplate_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__IPXE_TEMPLATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Init feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_init_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_init_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__INIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Root feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRootPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_root_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_root_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__ROOT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the System Overlays feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSystemOverlaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_systemOverlays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_systemOverlays_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__SYSTEM_OVERLAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Runtime Overlays feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRuntimeOverlaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_runtimeOverlays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_runtimeOverlays_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__RUNTIME_OVERLAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Primary Network feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrimaryNetworkPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_primaryNetwork_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_primaryNetwork_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__PRIMARY_NETWORK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Discoverable feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiscoverablePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_discoverable_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_discoverable_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__DISCOVERABLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Asset Key feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAssetKeyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSettings_assetKey_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSettings_assetKey_feature", "_UI_NodeSettings_type"),
				 WulfPackage.Literals.NODE_SETTINGS__ASSET_KEY,
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
			childrenFeatures.add(WulfPackage.Literals.NODE_SETTINGS__NET_DEVS);
			childrenFeatures.add(WulfPackage.Literals.NODE_SETTINGS__IPMI);
			childrenFeatures.add(WulfPackage.Literals.NODE_SETTINGS__TAGS);
			childrenFeatures.add(WulfPackage.Literals.NODE_SETTINGS__DISKS);
			childrenFeatures.add(WulfPackage.Literals.NODE_SETTINGS__FILESYSTEMS);
			childrenFeatures.add(WulfPackage.Literals.NODE_SETTINGS__RESOURCES);
			childrenFeatures.add(WulfPackage.Literals.NODE_SETTINGS__EXTRAS);
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
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((NodeSettings)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_NodeSettings_type") :
			getString("_UI_NodeSettings_type") + " " + label;
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

		switch (notification.getFeatureID(NodeSettings.class)) {
			case WulfPackage.NODE_SETTINGS__NAME:
			case WulfPackage.NODE_SETTINGS__PROFILES:
			case WulfPackage.NODE_SETTINGS__COMMENT:
			case WulfPackage.NODE_SETTINGS__CLUSTER_NAME:
			case WulfPackage.NODE_SETTINGS__IMAGE:
			case WulfPackage.NODE_SETTINGS__KERNEL_VERSION:
			case WulfPackage.NODE_SETTINGS__KERNEL_ARGS:
			case WulfPackage.NODE_SETTINGS__IPXE_TEMPLATE:
			case WulfPackage.NODE_SETTINGS__INIT:
			case WulfPackage.NODE_SETTINGS__ROOT:
			case WulfPackage.NODE_SETTINGS__SYSTEM_OVERLAYS:
			case WulfPackage.NODE_SETTINGS__RUNTIME_OVERLAYS:
			case WulfPackage.NODE_SETTINGS__PRIMARY_NETWORK:
			case WulfPackage.NODE_SETTINGS__DISCOVERABLE:
			case WulfPackage.NODE_SETTINGS__ASSET_KEY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case WulfPackage.NODE_SETTINGS__NET_DEVS:
			case WulfPackage.NODE_SETTINGS__IPMI:
			case WulfPackage.NODE_SETTINGS__TAGS:
			case WulfPackage.NODE_SETTINGS__DISKS:
			case WulfPackage.NODE_SETTINGS__FILESYSTEMS:
			case WulfPackage.NODE_SETTINGS__RESOURCES:
			case WulfPackage.NODE_SETTINGS__EXTRAS:
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
				(WulfPackage.Literals.NODE_SETTINGS__NET_DEVS,
				 WulfFactory.eINSTANCE.createNetDev()));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.NODE_SETTINGS__IPMI,
				 WulfFactory.eINSTANCE.createIpmi()));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.NODE_SETTINGS__TAGS,
				 WulfFactory.eINSTANCE.create(WulfPackage.Literals.TAG_ENTRY)));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.NODE_SETTINGS__DISKS,
				 WulfFactory.eINSTANCE.create(WulfPackage.Literals.YAML_ENTRY)));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.NODE_SETTINGS__FILESYSTEMS,
				 WulfFactory.eINSTANCE.create(WulfPackage.Literals.YAML_ENTRY)));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.NODE_SETTINGS__RESOURCES,
				 WulfFactory.eINSTANCE.create(WulfPackage.Literals.YAML_ENTRY)));

		newChildDescriptors.add
			(createChildParameter
				(WulfPackage.Literals.NODE_SETTINGS__EXTRAS,
				 WulfFactory.eINSTANCE.create(WulfPackage.Literals.YAML_ENTRY)));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == WulfPackage.Literals.NODE_SETTINGS__DISKS ||
			childFeature == WulfPackage.Literals.NODE_SETTINGS__FILESYSTEMS ||
			childFeature == WulfPackage.Literals.NODE_SETTINGS__RESOURCES ||
			childFeature == WulfPackage.Literals.NODE_SETTINGS__EXTRAS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
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
