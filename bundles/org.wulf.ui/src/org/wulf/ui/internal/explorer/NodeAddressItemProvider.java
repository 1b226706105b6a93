package org.wulf.ui.internal.explorer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.provider.NodeItemProvider;
import org.wulf.ui.internal.Messages;

/**
 * A node's label with the IP address of its primary network device, e.g. "Node n01 (10.0.1.11)".
 * The primary device is the one Warewulf's rule picks on the effective node (marked primary, else
 * the one the primary network names, else the first by name), so an address or a primary flag
 * inherited from a profile counts too.
 */
final class NodeAddressItemProvider extends NodeItemProvider {

	NodeAddressItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		String label = super.getText(object);
		String address = primaryAddress((Node) object);
		return address == null ? label : NLS.bind(Messages.Explorer_nodeWithAddress, label, address);
	}

	private static String primaryAddress(Node node) {
		if (!(node.eContainer() instanceof Cluster cluster)) {
			return null;
		}
		NetDev primary = new NodeResolver(cluster).resolve(node).primaryNetDev();
		String address = primary == null ? null : primary.getIpaddr();
		return address == null || address.isBlank() ? null : address;
	}
}
