package org.wulf.core.tests;

import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;

/** Small builders for test clusters. */
public final class Models {

	private static final WulfFactory F = WulfFactory.eINSTANCE;

	private Models() {
	}

	public static Cluster cluster() {
		Cluster cluster = F.createCluster();
		cluster.setControllerIp("10.0.0.1");
		cluster.setNetmask("255.255.0.0");
		cluster.setNetwork("10.0.0.0");
		return cluster;
	}

	public static Profile profile(Cluster cluster, String name, String... parents) {
		Profile profile = F.createProfile();
		profile.setName(name);
		for (String parent : parents) {
			profile.getProfiles().add(parent);
		}
		cluster.getProfiles().add(profile);
		return profile;
	}

	public static Node node(Cluster cluster, String name, String... profiles) {
		Node node = F.createNode();
		node.setName(name);
		for (String profile : profiles) {
			node.getProfiles().add(profile);
		}
		cluster.getNodes().add(node);
		return node;
	}

	public static NetDev netDev(NodeSettings owner, String name, String hwaddr, String ipaddr) {
		NetDev netDev = F.createNetDev();
		netDev.setName(name);
		netDev.setHwaddr(hwaddr);
		netDev.setIpaddr(ipaddr);
		owner.getNetDevs().add(netDev);
		return netDev;
	}
}
