package org.wulf.ui.internal.viewers;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider that takes text and icon from the EMF item providers
 * ({@link IItemLabelProvider}), so the workbench shows a model object the way its item provider
 * says. Icons arrive as URLs (the edit bundle's GIFs) and become SWT images owned by this provider.
 */
public class ItemProviderLabelProvider extends LabelProvider {

	protected final AdapterFactory adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		if (labelProvider(element) instanceof IItemLabelProvider provider) {
			return provider.getText(element);
		}
		return element == null ? "" : element.toString(); //$NON-NLS-1$
	}

	@Override
	public Image getImage(Object element) {
		if (labelProvider(element) instanceof IItemLabelProvider provider) {
			return toSwt(provider.getImage(element));
		}
		return null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	/** An item provider image: a URL, an image descriptor, or a composed image (base icon first). */
	protected Image toSwt(Object image) {
		if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
			return toSwt(composed.getImages().get(0));
		}
		if (image instanceof URL url) {
			return images.create(ImageDescriptor.createFromURL(url));
		}
		if (image instanceof ImageDescriptor descriptor) {
			return images.create(descriptor);
		}
		if (image instanceof Image swt) {
			return swt;
		}
		return null;
	}

	private Object labelProvider(Object element) {
		return adapterFactory.adapt(element, IItemLabelProvider.class);
	}
}
