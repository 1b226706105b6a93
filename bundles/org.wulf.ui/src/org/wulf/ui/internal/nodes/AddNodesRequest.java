package org.wulf.ui.internal.nodes;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wulf.core.nodes.NodeAdder;
import org.wulf.core.nodes.SettingsEdit;
import org.wulf.core.range.NodeRange;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.WulfPackage;

/**
 * What the "Add nodes" dialog asks for, turned into one undoable command with the same rules as
 * {@code wulf node add}: a node range, addresses counted up by one per node (network device and
 * IPMI), the default profile when none is named.
 *
 * @param names     a node name or range ({@code n[0001-0064]})
 * @param profiles  comma-separated profiles, or blank for the cluster's default profile
 * @param netDev    the network device name (blank: {@code default})
 * @param firstIp   the first node's address, or blank
 * @param netmask   netmask for the device, or blank (the profile's)
 * @param firstIpmi the first node's IPMI address, or blank
 */
public record AddNodesRequest(String names, String profiles, String netDev, String firstIp, String netmask,
		String firstIpmi) {

	/**
	 * @throws IllegalArgumentException with a message for the user (a malformed range, a taken name,
	 *                                  an address that runs out)
	 */
	public Command command(EditingDomain domain, Cluster cluster) {
		if (names == null || names.isBlank()) {
			throw new IllegalArgumentException("give the names of the new nodes, e.g. n[0001-0064]");
		}
		List<String> expanded = NodeRange.expand(names.strip());
		SettingsEdit edit = new SettingsEdit();
		if (profiles != null && !profiles.isBlank()) {
			edit.setList(WulfPackage.Literals.NODE_SETTINGS__PROFILES, List.of(profiles.strip().split("\\s*,\\s*")));
		}
		edit.netName(netDev == null || netDev.isBlank() ? "default" : netDev.strip());
		if (firstIp != null && !firstIp.isBlank()) {
			edit.setNetDev(WulfPackage.Literals.NET_DEV__IPADDR, firstIp.strip());
		}
		if (netmask != null && !netmask.isBlank()) {
			edit.setNetDev(WulfPackage.Literals.NET_DEV__NETMASK, netmask.strip());
		}
		if (firstIpmi != null && !firstIpmi.isBlank()) {
			edit.setIpmi(WulfPackage.Literals.IPMI__IPADDR, firstIpmi.strip());
		}
		// the nodes are made in a scratch cluster that knows the profiles, then added by one command
		Cluster scratch = ModelFile.newCluster();
		scratch.getProfiles().clear();
		scratch.getProfiles().addAll(EcoreUtil.copyAll(cluster.getProfiles()));
		scratch.setDefaultProfile(cluster.getDefaultProfile());
		for (Node existing : cluster.getNodes()) {
			if (expanded.contains(existing.getName())) {
				throw new IllegalArgumentException("node " + existing.getName() + " already exists");
			}
		}
		List<Node> created = NodeAdder.add(scratch, expanded, edit);
		scratch.getNodes().removeAll(created);
		return AddCommand.create(domain, cluster, WulfPackage.Literals.CLUSTER__NODES, created);
	}
}
