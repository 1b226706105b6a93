package org.wulf.ui.internal.explorer;

import org.eclipse.emf.common.notify.Adapter;
import org.wulf.model.provider.WulfItemProviderAdapterFactory;

/**
 * The generated item providers, with the workbench's additions: a node's label carries its primary
 * IP address ({@link NodeAddressItemProvider}). Kept out of the generated edit code because the
 * address comes from the resolver in {@code org.wulf.core}, which the edit bundle does not use.
 */
public final class StudioItemProviderAdapterFactory extends WulfItemProviderAdapterFactory {

	@Override
	public Adapter createNodeAdapter() {
		if (nodeItemProvider == null) {
			nodeItemProvider = new NodeAddressItemProvider(this);
		}
		return nodeItemProvider;
	}
}
