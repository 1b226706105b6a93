package org.wulf.ui.internal.explorer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.wulf.ui.internal.viewers.ItemProviderLabelProvider;

/** Labels of the Cluster Explorer: folders by name with the workbench's folder icon, the rest from the item providers. */
public final class ExplorerLabelProvider extends ItemProviderLabelProvider {

	public ExplorerLabelProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object element) {
		if (element instanceof NodeGroup group) {
			return group.label();
		}
		return element instanceof ClusterFolder folder ? folder.label() : super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ClusterFolder || element instanceof NodeGroup) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		return super.getImage(element);
	}
}
