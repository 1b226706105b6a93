package org.wulf.core.tests.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.core.tests.Models.cluster;
import static org.wulf.core.tests.Models.netDev;
import static org.wulf.core.tests.Models.node;
import static org.wulf.core.tests.Models.profile;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.wulf.core.validate.ClusterValidator;
import org.wulf.core.validate.Problem;
import org.wulf.core.validate.WulfEValidator;
import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.WulfFactory;
import org.wulf.model.WulfPackage;

class ClusterValidatorTest {

	private final Cluster cluster = cluster();

	private List<String> errors() {
		return ClusterValidator.validate(cluster).stream().filter(Problem::isError).map(Problem::toString)
				.collect(Collectors.toList());
	}

	private static void assertOne(List<String> problems, String expected) {
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(expected, problems.get(0));
	}

	@Test
	void aValidClusterHasNoProblems() {
		profile(cluster, "default");
		Node n1 = node(cluster, "n1", "default");
		netDev(n1, "default", "aa:bb:cc:dd:ee:01", "10.0.1.1");
		Node n2 = node(cluster, "n2", "default");
		netDev(n2, "default", "aa:bb:cc:dd:ee:02", "10.0.1.2");
		assertEquals(List.of(), ClusterValidator.validate(cluster));
	}

	@Test
	void reportsDuplicateNodeNames() {
		node(cluster, "n1");
		node(cluster, "n1");
		assertOne(errors(), "ERROR n1 Id: two nodes are named n1");
	}

	@Test
	void reportsDuplicateMacsNamingBothNodes() {
		netDev(node(cluster, "n1"), "default", "AA:BB:CC:DD:EE:01", "10.0.1.1");
		netDev(node(cluster, "n2"), "default", "aa:bb:cc:dd:ee:01", "10.0.1.2");
		assertOne(errors(), "ERROR n2 NetDevs[default].Hwaddr: duplicate MAC address aa:bb:cc:dd:ee:01: also used by n1 (NetDevs[default].Hwaddr)");
	}

	@Test
	void reportsDuplicateIpsAcrossNetworkAndIpmi() {
		netDev(node(cluster, "n1"), "default", null, "10.0.1.1");
		Node n2 = node(cluster, "n2");
		n2.setIpmi(WulfFactory.eINSTANCE.createIpmi());
		n2.getIpmi().setIpaddr("10.0.1.1");
		assertOne(errors(), "ERROR n2 Ipmi.Ipaddr: duplicate IP address 10.0.1.1: also used by n1 (NetDevs[default].Ipaddr)");
	}

	@Test
	void reportsPrimaryAddressOutsideTheClusterNetwork() {
		netDev(node(cluster, "n1"), "default", null, "192.168.1.5");
		assertOne(errors(), "ERROR n1 NetDevs[default].Ipaddr: 192.168.1.5 is outside the cluster network 10.0.0.0/16");
	}

	@Test
	void secondaryNetworksMayUseOtherSubnets() {
		Node node = node(cluster, "n1");
		netDev(node, "default", null, "10.0.1.5");
		netDev(node, "ib0", null, "172.16.0.5");
		assertEquals(List.of(), errors());
	}

	@Test
	void reportsMalformedMacAndIp() {
		Node node = node(cluster, "n1");
		netDev(node, "default", "zz:00:00:00:00:01", "10.0.1.300");
		List<String> errors = errors();
		assertEquals(2, errors.size(), errors.toString());
		assertTrue(errors.get(0).startsWith("ERROR n1 NetDevs[default].Hwaddr: \"zz:00:00:00:00:01\" is not a MAC address"), errors.get(0));
		assertTrue(errors.get(1).startsWith("ERROR n1 NetDevs[default].Ipaddr: ") && errors.get(1).contains("10.0.1.300"), errors.get(1));
	}

	@Test
	void reportsUnknownProfileAsErrorAndUnknownImageAsWarning() {
		Node node = node(cluster, "n1", "nosuch");
		node.setImage("rocky9");
		List<Problem> problems = ClusterValidator.validate(cluster);
		assertEquals(2, problems.size(), problems.toString());
		assertEquals("ERROR n1 Profiles: profile \"nosuch\" does not exist", problems.get(0).toString());
		assertEquals("WARNING n1 ImageName: image \"rocky9\" is not in the model", problems.get(1).toString());
		assertTrue(ClusterValidator.hasErrors(problems));
	}

	@Test
	void reportsUnknownOverlay() {
		Node node = node(cluster, "n1");
		node.getSystemOverlays().add("wwinit");
		assertEquals("WARNING n1 SystemOverlay: overlay \"wwinit\" is not in the model",
				ClusterValidator.validate(cluster).get(0).toString());
	}

	@Test
	void reportsTwoPrimaryNetworkDevices() {
		Node node = node(cluster, "n1");
		netDev(node, "eth0", null, "10.0.1.1").setPrimary(true);
		netDev(node, "eth1", null, "10.0.1.2").setPrimary(true);
		assertOne(errors(), "ERROR n1 NetDevs: 2 network devices are marked primary; mark only one");
	}

	@Test
	void reportsBadControllerSettings() {
		cluster.setNetmask("255.0.255.0");
		cluster.setDhcpRangeStart("10.0.9.10");
		cluster.setDhcpRangeEnd("10.0.9.1");
		List<String> errors = errors();
		assertEquals(List.of("ERROR cluster Netmask: \"255.0.255.0\" is not a netmask (e.g. 255.255.255.0)",
				"ERROR cluster DhcpRangeStart: the DHCP range starts (10.0.9.10) after it ends (10.0.9.1)"), errors);
	}

	@Test
	void problemsPointAtTheObjectAndFeature() {
		Node node = node(cluster, "n1");
		NetDev netDev = netDev(node, "default", "nope", null);
		Problem problem = ClusterValidator.validate(cluster).get(0);
		assertEquals(netDev, problem.object());
		assertEquals(WulfPackage.Literals.NET_DEV__HWADDR, problem.feature());
	}

	@Test
	void emfDiagnosticianReportsTheSameProblems() {
		WulfEValidator.register();
		node(cluster, "n1");
		node(cluster, "n1");
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(cluster);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		assertEquals("n1: Id: two nodes are named n1", diagnostic.getChildren().get(0).getMessage());
		assertFalse(diagnostic.getChildren().get(0).getData().isEmpty());
	}
}
