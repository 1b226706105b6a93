package org.wulf.ui.internal.explorer;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.wulf.model.Cluster;
import org.wulf.model.WulfPackage;
import org.wulf.ui.internal.Messages;

/**
 * A folder of the Cluster Explorer ("Profiles", "Nodes", ...): one containment list of the
 * cluster. Folders exist only in the explorer; two folders are equal when they show the same list,
 * so the tree keeps its expansion across refreshes.
 */
public record ClusterFolder(Cluster cluster, EReference feature) {

	/** The folders under the cluster, in the order the explorer shows them. */
	public static List<ClusterFolder> of(Cluster cluster) {
		return List.of(new ClusterFolder(cluster, WulfPackage.Literals.CLUSTER__PROFILES),
				new ClusterFolder(cluster, WulfPackage.Literals.CLUSTER__NODES),
				new ClusterFolder(cluster, WulfPackage.Literals.CLUSTER__IMAGES),
				new ClusterFolder(cluster, WulfPackage.Literals.CLUSTER__OVERLAYS));
	}

	/** @return the folder that holds objects of this containment feature, or null if none does */
	public static ClusterFolder holding(Cluster cluster, EReference containment) {
		for (ClusterFolder folder : of(cluster)) {
			if (folder.feature() == containment) {
				return folder;
			}
		}
		return null;
	}

	public List<?> children() {
		return (List<?>) cluster.eGet(feature);
	}

	public String label() {
		if (feature == WulfPackage.Literals.CLUSTER__PROFILES) {
			return Messages.Explorer_profiles;
		}
		if (feature == WulfPackage.Literals.CLUSTER__NODES) {
			return Messages.Explorer_nodes;
		}
		if (feature == WulfPackage.Literals.CLUSTER__IMAGES) {
			return Messages.Explorer_images;
		}
		if (feature == WulfPackage.Literals.CLUSTER__OVERLAYS) {
			return Messages.Explorer_overlays;
		}
		return feature.getName();
	}
}
