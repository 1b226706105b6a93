package org.wulf.core.tests.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.wulf.core.tests.Models.cluster;
import static org.wulf.core.tests.Models.node;
import static org.wulf.core.tests.Models.profile;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wulf.core.nodes.NodeAdder;
import org.wulf.core.nodes.SettingsEdit;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.WulfPackage;

class NodeAdderTest {

	private static final WulfPackage P = WulfPackage.eINSTANCE;

	private final Cluster cluster = cluster();

	@Test
	void incrementsNetworkAndIpmiAddressesPerNode() {
		SettingsEdit edit = new SettingsEdit().setNetDev(P.getNetDev_Ipaddr(), "10.0.1.11")
				.setNetDev(P.getNetDev_Netmask(), "255.255.0.0").setIpmi(P.getIpmi_Ipaddr(), "10.0.2.254");
		List<Node> nodes = NodeAdder.add(cluster, List.of("n01", "n02", "n03", "n04"), edit);
		assertEquals(List.of("10.0.1.11", "10.0.1.12", "10.0.1.13", "10.0.1.14"),
				nodes.stream().map(n -> n.getNetDevs().get(0).getIpaddr()).toList());
		assertEquals(List.of("10.0.2.254", "10.0.2.255", "10.0.3.0", "10.0.3.1"),
				nodes.stream().map(n -> n.getIpmi().getIpaddr()).toList());
		assertEquals("255.255.0.0", nodes.get(3).getNetDevs().get(0).getNetmask());
		assertEquals("default", nodes.get(0).getNetDevs().get(0).getName());
	}

	@Test
	void newNodesGetTheDefaultProfileOnlyWhenItExistsAndNoneIsNamed() {
		profile(cluster, "default");
		profile(cluster, "gpu");
		Node plain = NodeAdder.add(cluster, List.of("a1"), new SettingsEdit()).get(0);
		Node gpu = NodeAdder.add(cluster, List.of("g1"), new SettingsEdit().setList(P.getNodeSettings_Profiles(), List.of("gpu")))
				.get(0);
		assertEquals(List.of("default"), plain.getProfiles());
		assertEquals(List.of("gpu"), gpu.getProfiles());

		Cluster bare = cluster();
		assertEquals(List.of(), NodeAdder.add(bare, List.of("b1"), new SettingsEdit()).get(0).getProfiles());
	}

	@Test
	void anExistingNameLeavesTheClusterUnchanged() {
		node(cluster, "n02");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> NodeAdder.add(cluster, List.of("n01", "n02"), new SettingsEdit()));
		assertEquals("node n02 already exists", e.getMessage());
		assertEquals(1, cluster.getNodes().size());
	}

	@Test
	void addressesRunningPastTheEndAreRefusedBeforeAnyNodeIsAdded() {
		SettingsEdit edit = new SettingsEdit().setNetDev(P.getNetDev_Ipaddr(), "255.255.255.254");
		assertThrows(IllegalArgumentException.class, () -> NodeAdder.add(cluster, List.of("x1", "x2", "x3"), edit));
		assertEquals(0, cluster.getNodes().size());
	}

	@Test
	void badValuesAreRefusedWhenTheEditIsMade() {
		SettingsEdit edit = new SettingsEdit();
		assertThrows(IllegalArgumentException.class, () -> edit.setNetDev(P.getNetDev_Ipaddr(), "10.0.1"));
		assertThrows(IllegalArgumentException.class, () -> edit.setNetDev(P.getNetDev_Hwaddr(), "aa:bb"));
		assertThrows(IllegalArgumentException.class, () -> edit.setNetDev(P.getNetDev_Mtu(), "big"));
		assertThrows(IllegalArgumentException.class, () -> edit.set(P.getNodeSettings_Discoverable(), "maybe"));
		assertThrows(IllegalArgumentException.class, () -> edit.setNetDev(P.getNetDev_Netmask(), "255.0.255.0"));
		assertEquals(true, edit.isEmpty());
	}

	@Test
	void unsetRemovesTheOwnValueAndTagsAreAddedAndDeleted() {
		Node node = node(cluster, "n1");
		node.setImage("rocky9");
		node.getTags().put("a", "1");
		node.getTags().put("b", "2");
		new SettingsEdit().set(P.getNodeSettings_Image(), "UNSET").addTag("c", "3").deleteTag("a")
				.setNetDev(P.getNetDev_Hwaddr(), "AA-BB-CC-DD-EE-FF").applyTo(node);
		assertNull(node.getImage());
		assertEquals(List.of("b", "c"), node.getTags().keySet().stream().sorted().toList());
		assertEquals("aa:bb:cc:dd:ee:ff", node.getNetDevs().get(0).getHwaddr());
	}
}
