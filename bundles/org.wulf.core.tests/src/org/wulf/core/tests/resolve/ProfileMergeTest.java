package org.wulf.core.tests.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.core.tests.Models.cluster;
import static org.wulf.core.tests.Models.netDev;
import static org.wulf.core.tests.Models.node;
import static org.wulf.core.tests.Models.profile;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.core.resolve.ResolvedField;
import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;

class ProfileMergeTest {

	private final Cluster cluster = cluster();

	private EffectiveNode resolve(Node node) {
		return new NodeResolver(cluster).resolve(node);
	}

	@Test
	void laterProfileWinsForScalarsAndNodeWinsOverAll() {
		Profile p1 = profile(cluster, "p1");
		p1.setImage("rocky8");
		p1.setInit("/sbin/init");
		profile(cluster, "p2").setImage("rocky9");
		Node plain = node(cluster, "n1", "p1", "p2");
		Node own = node(cluster, "n2", "p1", "p2");
		own.setImage("debian12");

		EffectiveNode first = resolve(plain);
		assertEquals("rocky9", first.values().getImage());
		assertEquals("/sbin/init", first.values().getInit());
		assertEquals("p1", first.field("Init").provenance().label());
		assertEquals("p2", first.field("ImageName").provenance().label());

		EffectiveNode second = resolve(own);
		assertEquals("debian12", second.values().getImage());
		assertEquals("SUPERSEDED", second.field("ImageName").provenance().label());
	}

	@Test
	void nodeOnlyValueIsMarkedNodeLocal() {
		Node node = node(cluster, "n1");
		node.setRoot("tmpfs");
		ResolvedField root = resolve(node).field("Root");
		assertEquals("tmpfs", root.value());
		assertEquals("--", root.provenance().label());
		assertTrue(root.provenance().nodeLocal());
		assertFalse(root.provenance().superseded());
	}

	@Test
	void listsAppendInProfileOrderThenNodeWithCommaSources() {
		profile(cluster, "p1").getKernelArgs().addAll(List.of("quiet", "crashkernel=no"));
		profile(cluster, "p2").getKernelArgs().add("net.ifnames=1");
		Node node = node(cluster, "n1", "p1", "p2");
		node.getKernelArgs().add("console=ttyS0");

		EffectiveNode effective = resolve(node);
		assertEquals(List.of("quiet", "crashkernel=no", "net.ifnames=1", "console=ttyS0"), effective.values().getKernelArgs());
		assertEquals("p1,p2,n1", effective.field("Kernel.Args").provenance().label());
		assertEquals("quiet,crashkernel=no,net.ifnames=1,console=ttyS0", effective.field("Kernel.Args").value());
	}

	@Test
	void tildeEntryRemovesEveryInheritedListEntry() {
		Profile base = profile(cluster, "base");
		base.getSystemOverlays().addAll(List.of("wwinit", "hosts", "ifcfg"));
		Profile extra = profile(cluster, "extra");
		extra.getSystemOverlays().add("hosts");
		Node node = node(cluster, "n1", "base", "extra");
		node.getSystemOverlays().addAll(List.of("~hosts", "netplan"));

		assertEquals(List.of("wwinit", "ifcfg", "netplan"), resolve(node).values().getSystemOverlays());
	}

	@Test
	void nestedProfilesAreMergedBeforeTheProfileThatIncludesThem() {
		profile(cluster, "child").setImage("child-image");
		Profile parent = profile(cluster, "parent", "child");
		parent.setImage("parent-image");
		Node node = node(cluster, "n1", "parent");

		EffectiveNode effective = resolve(node);
		assertEquals(List.of("child", "parent"), effective.profiles());
		assertEquals("parent-image", effective.values().getImage());
		assertEquals("parent", effective.field("ImageName").provenance().label());
	}

	@Test
	void profileCyclesEndAndEachProfileIsMergedOnce() {
		profile(cluster, "a", "b").getKernelArgs().add("a");
		profile(cluster, "b", "a").getKernelArgs().add("b");
		Node node = node(cluster, "n1", "a", "b");

		EffectiveNode effective = resolve(node);
		assertEquals(List.of("b", "a"), effective.profiles());
		assertEquals(List.of("b", "a"), effective.values().getKernelArgs());
	}

	@Test
	void tildeProfileRemovesAProfileEvenWhenNested() {
		profile(cluster, "ib").setImage("ib-image");
		profile(cluster, "gpu", "ib");
		Node node = node(cluster, "n1", "gpu", "~ib");

		EffectiveNode effective = resolve(node);
		assertEquals(List.of("gpu"), effective.profiles());
		assertNull(effective.values().getImage());
	}

	@Test
	void networkDevicesMergeFieldByField() {
		Profile profile = profile(cluster, "net");
		NetDev template = netDev(profile, "default", null, null);
		template.setNetmask("255.255.0.0");
		template.setDevice("eth0");
		Node node = node(cluster, "n1", "net");
		NetDev own = netDev(node, "default", "aa:bb:cc:dd:ee:01", "10.0.1.1");
		own.setDevice("enp1s0");

		EffectiveNode effective = resolve(node);
		NetDev merged = effective.netDev("default");
		assertEquals("255.255.0.0", merged.getNetmask());
		assertEquals("10.0.1.1", merged.getIpaddr());
		assertEquals("enp1s0", merged.getDevice());
		assertEquals("net", effective.field("NetDevs[default].Netmask").provenance().label());
		assertEquals("--", effective.field("NetDevs[default].Ipaddr").provenance().label());
		assertEquals("SUPERSEDED", effective.field("NetDevs[default].Device").provenance().label());
	}

	@Test
	void tagsMergePerKeyAndUnsetRemovesOne() {
		Profile profile = profile(cluster, "p");
		profile.getTags().put("rack", "r1");
		profile.getTags().put("gpu", "none");
		profile.getTags().put("os", "el9");
		Node node = node(cluster, "n1", "p");
		node.getTags().put("gpu", "a100");
		node.getTags().put("os", "UNSET");

		EffectiveNode effective = resolve(node);
		assertEquals("r1", effective.values().getTags().get("rack"));
		assertEquals("a100", effective.values().getTags().get("gpu"));
		assertFalse(effective.values().getTags().containsKey("os"));
		assertEquals("p", effective.field("Tags[rack]").provenance().label());
		assertEquals("SUPERSEDED", effective.field("Tags[gpu]").provenance().label());
	}

	@Test
	void commentIsNotInherited() {
		profile(cluster, "p").setComment("profile comment");
		Node node = node(cluster, "n1", "p");
		assertNull(resolve(node).values().getComment());
	}

	@Test
	void unsetWordClearsWhatProfilesGive() {
		profile(cluster, "p").setKernelVersion("6.1");
		Node node = node(cluster, "n1", "p");
		node.setKernelVersion("UNDEF");

		EffectiveNode effective = resolve(node);
		assertNull(effective.values().getKernelVersion());
		assertEquals("SUPERSEDED", effective.field("Kernel.Version").provenance().label());
	}

	@Test
	void ipmiMergesFieldByField() {
		Profile profile = profile(cluster, "p");
		profile.setIpmi(WulfFactory.eINSTANCE.createIpmi());
		profile.getIpmi().setUsername("admin");
		profile.getIpmi().setInterface("lanplus");
		Node node = node(cluster, "n1", "p");
		node.setIpmi(WulfFactory.eINSTANCE.createIpmi());
		node.getIpmi().setIpaddr("10.0.2.1");

		EffectiveNode effective = resolve(node);
		assertEquals("admin", effective.values().getIpmi().getUsername());
		assertEquals("10.0.2.1", effective.values().getIpmi().getIpaddr());
		assertEquals("p", effective.field("Ipmi.UserName").provenance().label());
	}

	@Test
	void primaryNetworkIsTheNamedDeviceElseTheLexicallyFirst() {
		Node named = node(cluster, "n1");
		netDev(named, "ib0", null, "10.1.0.1");
		netDev(named, "eth", null, "10.0.0.11");
		named.setPrimaryNetwork("ib0");
		Node unnamed = node(cluster, "n2");
		netDev(unnamed, "zeta", null, "10.0.0.12");
		netDev(unnamed, "alpha", null, "10.0.0.13");

		assertEquals("ib0", resolve(named).primaryNetDev().getName());
		assertEquals("alpha", resolve(unnamed).primaryNetDev().getName());
		assertEquals("alpha", resolve(unnamed).values().getPrimaryNetwork());
		assertEquals("alpha", resolve(unnamed).field("PrimaryNetDev").value());
		assertEquals("true", resolve(unnamed).field("NetDevs[alpha].Primary").value());
		assertEquals(null, resolve(unnamed).field("NetDevs[zeta].Primary").value());
	}

	@Test
	void missingProfilesAreReported() {
		Node node = node(cluster, "n1", "nosuch");
		assertEquals(List.of("nosuch"), resolve(node).missingProfiles());
	}

	@Test
	void profilesResolveTheirOwnNestedProfiles() {
		profile(cluster, "base").setInit("/sbin/init");
		Profile gpu = profile(cluster, "gpu", "base");
		EffectiveNode effective = new NodeResolver(cluster).resolve(gpu);
		assertEquals("/sbin/init", effective.values().getInit());
		assertEquals("base", effective.field("Init").provenance().label());
	}
}
