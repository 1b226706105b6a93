package org.wulf.core.tests.configure;

import static org.wulf.core.tests.Models.netDev;
import static org.wulf.core.tests.Models.node;
import static org.wulf.core.tests.Models.profile;

import org.wulf.core.tests.Models;
import org.wulf.model.Cluster;
import org.wulf.model.DhcpMode;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;

/**
 * The cluster the configure tests render: controller 10.0.0.1 on 10.0.0.0/16; profile
 * {@code default} gives every node's eth0 its netmask and type and the IPMI netmask; n01 has a
 * second Ethernet device, n02 an InfiniBand one, n03 an address outside the network, n10 no MAC.
 */
final class LabCluster {

	private LabCluster() {
	}

	static Cluster build() {
		Cluster cluster = Models.cluster();
		cluster.setName("lab");
		cluster.setDhcpMode(DhcpMode.EXTERNAL);
		cluster.setDhcpRangeStart("10.0.100.1");
		cluster.setDhcpRangeEnd("10.0.100.250");

		Profile profile = profile(cluster, "default");
		NetDev template = netDev(profile, "eth0", null, null);
		template.setNetmask("255.255.0.0");
		template.setType("ethernet");
		ipmi(profile, null).setNetmask("255.255.0.0");

		Node n01 = node(cluster, "n01", "default");
		netDev(n01, "eth0", "52:54:00:00:00:01", "10.0.1.1");
		netDev(n01, "eth1", "52:54:00:00:01:01", "10.0.3.1");
		ipmi(n01, "10.0.2.1");

		Node n02 = node(cluster, "n02", "default");
		netDev(n02, "eth0", "52-54-00-00-00-02", "10.0.1.2");
		netDev(n02, "ib0", "00:00:00:00:fe:80:00:00:00:00:00:00:00:02:c9:03:00:00:00:02", "10.1.0.2").setType("infiniband");
		ipmi(n02, "10.0.2.2");

		// first in the model on purpose: files list nodes in natural name order (n02, n03, n10)
		Node n10 = node(cluster, "n10", "default");
		netDev(n10, "eth0", null, "10.0.1.10");
		cluster.getNodes().move(0, n10);

		Node n03 = node(cluster, "n03", "default");
		netDev(n03, "eth0", "52:54:00:00:00:03", "192.168.5.3");
		return cluster;
	}

	static Ipmi ipmi(NodeSettings owner, String ipaddr) {
		Ipmi ipmi = WulfFactory.eINSTANCE.createIpmi();
		ipmi.setIpaddr(ipaddr);
		owner.setIpmi(ipmi);
		return ipmi;
	}
}
