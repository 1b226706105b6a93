package org.wulf.ui.internal.explorer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.WulfPackage;
import org.wulf.ui.internal.viewers.ItemProviderContentProvider;

/**
 * The Cluster Explorer's structure: the cluster of the {@link ExplorerInput} as the single root, its {@link ClusterFolder}s
 * below it, and the objects of each list below their folder. Below that the item providers decide
 * (a node shows its network devices, IPMI and tags).
 */
public final class ExplorerContentProvider extends ItemProviderContentProvider {

	private NodeGrouping grouping = NodeGrouping.FLAT;

	public ExplorerContentProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/** How the Nodes folder shows its nodes; the viewer must be refreshed after a change. */
	public void setGrouping(NodeGrouping grouping) {
		this.grouping = grouping;
	}

	public NodeGrouping grouping() {
		return grouping;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof ExplorerInput explorerInput ? new Object[] { explorerInput.cluster() } : super.getElements(input);
	}

	@Override
	public Object[] getChildren(Object element) {
		if (element instanceof Cluster cluster) {
			return ClusterFolder.of(cluster).toArray();
		}
		if (element instanceof ClusterFolder folder) {
			if (grouping != NodeGrouping.FLAT && folder.feature() == WulfPackage.Literals.CLUSTER__NODES) {
				return grouping.groups(folder.cluster()).toArray();
			}
			return folder.children().toArray();
		}
		if (element instanceof NodeGroup group) {
			return group.nodes().toArray();
		}
		return super.getChildren(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof Cluster) {
			return true;
		}
		if (element instanceof ClusterFolder folder) {
			return !folder.children().isEmpty();
		}
		if (element instanceof NodeGroup group) {
			return !group.nodes().isEmpty();
		}
		return super.hasChildren(element);
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof ClusterFolder folder) {
			return folder.cluster();
		}
		if (element instanceof NodeGroup group) {
			return new ClusterFolder(group.cluster(), WulfPackage.Literals.CLUSTER__NODES);
		}
		if (grouping != NodeGrouping.FLAT && element instanceof Node node && node.eContainer() instanceof Cluster cluster) {
			return new NodeGroup(cluster, grouping, grouping.keyOf(node), java.util.List.of()); // equal to the shown group
		}
		if (element instanceof EObject object && object.eContainer() instanceof Cluster cluster
				&& object.eContainmentFeature() instanceof EReference containment) {
			ClusterFolder folder = ClusterFolder.holding(cluster, containment);
			if (folder != null) {
				return folder;
			}
		}
		return super.getParent(element);
	}
}
