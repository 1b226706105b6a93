package org.wulf.core.tests.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.core.tests.Models.cluster;
import static org.wulf.core.tests.Models.netDev;
import static org.wulf.core.tests.Models.node;
import static org.wulf.core.tests.Models.profile;

import org.junit.jupiter.api.Test;
import org.wulf.core.nodes.Discovery;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.Profile;

class DiscoveryTest {

	private final Cluster cluster = cluster();

	@Test
	void theFirstDiscoverableNodeByClusterThenNameClaimsTheMac() {
		Node b2 = node(cluster, "n2");
		b2.setClusterName("b");
		b2.setDiscoverable(true);
		Node a9 = node(cluster, "n9");
		a9.setClusterName("a");
		a9.setDiscoverable(true);
		netDev(a9, "eth0", null, "10.0.1.9");
		Node a1 = node(cluster, "n1");
		a1.setClusterName("a");

		Node claimed = Discovery.claim(cluster, "52-54-00-AA-BB-CC").orElseThrow();

		assertEquals("n9", claimed.getName());
		assertEquals("52:54:00:aa:bb:cc", claimed.getNetDevs().get(0).getHwaddr());
		assertEquals(Boolean.FALSE, claimed.getDiscoverable());
		assertEquals("n2", Discovery.claim(cluster, "52:54:00:aa:bb:cd").orElseThrow().getName());
		assertTrue(Discovery.claim(cluster, "52:54:00:aa:bb:ce").isEmpty(), "nobody is left to claim");
	}

	@Test
	void aKnownMacIsNotClaimedAgain() {
		Node known = node(cluster, "n1");
		netDev(known, "default", "52:54:00:00:00:01", "10.0.1.1");
		node(cluster, "n2").setDiscoverable(true);
		assertTrue(Discovery.claim(cluster, "52:54:00:00:00:01").isEmpty());
	}

	@Test
	void theMacGoesToThePrimaryDeviceAProfileDefines() {
		Profile profile = profile(cluster, "disco");
		profile.setDiscoverable(true);
		netDev(profile, "ib0", null, null);
		netDev(profile, "eth", null, null);
		profile.setPrimaryNetwork("eth");
		Node node = node(cluster, "n1", "disco");

		Discovery.claim(cluster, "52:54:00:00:00:09").orElseThrow();
		assertEquals("eth", node.getNetDevs().get(0).getName());
		assertEquals("52:54:00:00:00:09", node.getNetDevs().get(0).getHwaddr());
		assertEquals(Boolean.FALSE, node.getDiscoverable(), "the profile's discoverable no longer applies");
	}

	@Test
	void aMalformedMacIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> Discovery.claim(cluster, "not-a-mac"));
	}
}
