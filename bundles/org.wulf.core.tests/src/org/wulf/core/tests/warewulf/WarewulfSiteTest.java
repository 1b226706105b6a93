package org.wulf.core.tests.warewulf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.core.store.ModelFile;
import org.wulf.core.validate.ClusterValidator;
import org.wulf.core.validate.Problem;
import org.wulf.core.warewulf.ImportReport;
import org.wulf.core.warewulf.WarewulfFormatException;
import org.wulf.core.warewulf.WarewulfSite;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.WulfFactory;

class WarewulfSiteTest {

	@TempDir
	Path dir;

	private Cluster imported(String site) throws Exception {
		Cluster cluster = WulfFactory.eINSTANCE.createCluster();
		WarewulfSite.read(Sites.copy(site, dir)).applyTo(cluster);
		return cluster;
	}

	private static EffectiveNode resolve(Cluster cluster, String name) {
		Node node = cluster.getNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
		return new NodeResolver(cluster).resolve(node);
	}

	private static void assertField(EffectiveNode node, String field, String source, String value) {
		assertEquals(value, node.field(field).value(), field + " value");
		assertEquals(source, node.field(field).provenance().label(), field + " source");
	}

	@Test
	void warewulf47SiteResolvesLikeWwctlNodeListAll() throws Exception {
		Cluster cluster = imported("ww47");
		assertEquals(3, cluster.getProfiles().size());
		assertEquals(3, cluster.getNodes().size());

		EffectiveNode n02 = resolve(cluster, "n02");
		assertEquals(List.of("default", "ib", "gpu"), n02.profiles());
		assertField(n02, "ImageName", "SUPERSEDED", "rocky-9-cuda");
		assertField(n02, "Comment", "--", "the first GPU node");
		assertField(n02, "Kernel.Args", "default,gpu", "crashkernel=no,nvidia.modeset=0");
		assertField(n02, "SystemOverlay", "default,gpu", "wwinit,wwclient,hostname,nvidia");
		assertField(n02, "RuntimeOverlay", "default", "hosts,ssh.authorized_keys");
		assertField(n02, "Init", "default", "/sbin/init");
		assertField(n02, "NetDevs[default].Netmask", "default", "255.255.0.0");
		assertField(n02, "NetDevs[default].Ipaddr", "--", "10.0.1.2");
		assertField(n02, "NetDevs[ib0].Type", "ib", "infiniband");
		assertField(n02, "NetDevs[ib0].Mtu", "ib", "2044");
		assertField(n02, "NetDevs[ib0].OnBoot", "ib", "true");
		assertField(n02, "NetDevs[ib0].Ipaddr", "--", "10.10.0.2");
		assertField(n02, "NetDevs[ib0].Ipaddr6", "--", "fd00::2");
		assertField(n02, "NetDevs[ib0].Tags[mode]", "ib", "connected");
		assertField(n02, "Ipmi.UserName", "default", "admin");
		assertField(n02, "Ipmi.Ipaddr", "--", "10.0.2.2");
		assertField(n02, "Ipmi.Tags[vlan]", "--", "12");
		assertField(n02, "Tags[gpu]", "gpu", "a100");
		assertField(n02, "Tags[rack]", "--", "r1");
		assertField(n02, "PrimaryNetDev", "--", "default");
		assertTrue(n02.field("Resources[fstab]").value().contains("warewulf:/home"));
		assertEquals("default", n02.field("Resources[fstab]").provenance().label());
		assertTrue(n02.field("Disks[/dev/sda]").value().contains("\"wipe_table\":true"));

		EffectiveNode n01 = resolve(cluster, "n01");
		assertNull(n01.values().getComment(), "comment is not inherited");
		assertField(n01, "ImageName", "default", "rocky-9");

		EffectiveNode n03 = resolve(cluster, "n03");
		assertEquals(List.of("default", "gpu"), n03.profiles(), "~ib removes the profile gpu nests");
		assertNull(n03.netDev("ib0"));
		assertEquals(Boolean.TRUE, n03.values().getDiscoverable());
	}

	@Test
	void warewulfConfSettingsAreRead() throws Exception {
		Cluster cluster = imported("ww47");
		assertEquals("10.0.0.1", cluster.getControllerIp());
		assertEquals("255.255.0.0", cluster.getNetmask(), "from the CIDR address");
		assertEquals("10.0.0.0", cluster.getNetwork());
		assertFalse(cluster.isSecure());
		assertEquals("10.0.100.1", cluster.getDhcpRangeStart());
		assertEquals("/var/lib/tftpboot", cluster.getTftpRoot());
		assertEquals("arm64-efi/snponly.efi", cluster.getIpxeFiles().get("00:0B"));
		assertEquals(2, cluster.getNfsExports().size());
		assertEquals("ro,sync,no_root_squash", cluster.getNfsExports().get(1).getOptions());
		assertEquals(List.of("ed25519", "rsa"), cluster.getSshKeyTypes());
	}

	@Test
	void unknownKeysAreKeptReportedAndWrittenBack() throws Exception {
		WarewulfSite.Imported site = WarewulfSite.read(Sites.copy("ww47", dir));
		List<String> notes = site.report().notes();
		assertTrue(notes.contains("nodes.conf:100: nodes.n02.future key is not a key Wulf models; kept as it is and written back on export"),
				notes.toString());
		assertTrue(notes.stream().anyMatch(n -> n.startsWith("warewulf.conf:8: warewulf.systemd name is not a key Wulf models")),
				notes.toString());
		assertTrue(notes.stream().anyMatch(n -> n.contains("image mounts is not a key Wulf models")), notes.toString());

		Cluster cluster = WulfFactory.eINSTANCE.createCluster();
		site.applyTo(cluster);
		String nodesConf = WarewulfSite.nodesConf(cluster);
		assertTrue(nodesConf.contains("    future key:\n      colour: blue\n      weight: 3\n"), nodesConf);
		String conf = WarewulfSite.warewulfConf(cluster);
		assertTrue(conf.contains("  systemd name: warewulfd\n"), conf);
		assertTrue(conf.contains("paths:\n  wwoverlaydir: /var/lib/warewulf/overlays\n"), conf);
		assertTrue(conf.contains("image mounts:\n- source: /etc/resolv.conf\n  dest: /etc/resolv.conf\n  readonly: true\n")
				|| conf.contains("image mounts:\n  - source: /etc/resolv.conf\n    dest: /etc/resolv.conf\n    readonly: true\n"), conf);
	}

	@Test
	void importExportImportIsLossless() throws Exception {
		for (String site : new String[] { "ww47", "ww45" }) {
			Cluster first = imported(site);
			Path out = dir.resolve(site + "-export");
			WarewulfSite.write(first, out);
			Cluster second = WulfFactory.eINSTANCE.createCluster();
			WarewulfSite.read(out).applyTo(second);
			assertTrue(EcoreUtil.equals(first, second), site + ": the re-imported model equals the imported one\n"
					+ WarewulfSite.nodesConf(first) + "\n---\n" + WarewulfSite.nodesConf(second));

			Path again = dir.resolve(site + "-export2");
			WarewulfSite.write(second, again);
			assertEquals(Files.readString(out.resolve("nodes.conf")), Files.readString(again.resolve("nodes.conf")));
			assertEquals(Files.readString(out.resolve("warewulf.conf")), Files.readString(again.resolve("warewulf.conf")));
		}
	}

	@Test
	void theModelFileKeepsEverythingAnImportRead() throws Exception {
		Cluster cluster = imported("ww47");
		Path model = dir.resolve("site.wulf");
		new ModelFile(model).save(cluster);
		Cluster loaded = new ModelFile(model).load();
		assertEquals(WarewulfSite.nodesConf(cluster), WarewulfSite.nodesConf(loaded));
		assertEquals(WarewulfSite.warewulfConf(cluster), WarewulfSite.warewulfConf(loaded));
	}

	@Test
	void warewulf45SpellingsAreConverted() throws Exception {
		WarewulfSite.Imported site = WarewulfSite.read(Sites.copy("ww45", dir));
		Cluster cluster = WulfFactory.eINSTANCE.createCluster();
		site.applyTo(cluster);

		EffectiveNode n1 = resolve(cluster, "n1");
		assertField(n1, "ImageName", "default", "rocky-8");
		assertField(n1, "Kernel.Args", "default", "quiet,crashkernel=no,vga=791");
		assertField(n1, "NetDevs[default].Ipaddr6", "--", "fd00::11");
		EffectiveNode n2 = resolve(cluster, "n2");
		assertField(n2, "ImageName", "SUPERSEDED", "rocky-8-debug");
		assertField(n2, "Kernel.Version", "--", "4.18.0-513");
		assertEquals(List.of("/home", "/opt"), cluster.getNfsExports().stream().map(e -> e.getPath()).toList());
		assertEquals(30, cluster.getUpdateInterval());

		List<String> notes = site.report().notes();
		assertTrue(notes.stream().anyMatch(n -> n.contains("WW_INTERNAL 45 marks a Warewulf 4.5 file")), notes.toString());
		assertTrue(notes.stream().anyMatch(n -> n.contains("\"container name\" is read as \"image name\"")), notes.toString());
		assertTrue(notes.stream().anyMatch(n -> n.contains("\"ip6addr\" is read as \"ipaddr6\"")), notes.toString());
		String exported = WarewulfSite.nodesConf(cluster);
		assertTrue(exported.contains("image name: rocky-8") && !exported.contains("container name"), exported);
		assertFalse(exported.contains("WW_INTERNAL"), exported);
	}

	@Test
	void anImportedSiteValidates() throws Exception {
		Cluster cluster = imported("ww47");
		List<Problem> errors = ClusterValidator.validate(cluster).stream().filter(Problem::isError).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void badYamlNamesFileLineAndColumn() throws Exception {
		Path site = Files.createDirectories(dir.resolve("bad"));
		Files.writeString(site.resolve("nodes.conf"), "nodes:\n  n01:\n    profiles: [default\n    comment: x\n");
		WarewulfFormatException e = assertThrows(WarewulfFormatException.class, () -> WarewulfSite.read(site));
		assertEquals(site.resolve("nodes.conf"), e.file());
		assertTrue(e.line() >= 3, e.getMessage());
		assertTrue(e.column() > 0, e.getMessage());
		assertTrue(e.getMessage().startsWith(site.resolve("nodes.conf") + ":" + e.line() + ":" + e.column() + ": not valid YAML"),
				e.getMessage());
	}

	@Test
	void aTypeErrorNamesTheKeyPath() throws Exception {
		Path site = Files.createDirectories(dir.resolve("typed"));
		Files.writeString(site.resolve("nodes.conf"),
				"nodes:\n  n01:\n    network devices:\n      default:\n        hwaddr:\n          - 52:54:00:00:00:01\n");
		WarewulfFormatException e = assertThrows(WarewulfFormatException.class, () -> WarewulfSite.read(site));
		assertEquals("nodes.n01.network devices.default.hwaddr", e.keyPath());
		assertEquals(5, e.line(), "the line of the key hwaddr: " + e.getMessage());
		assertTrue(e.getMessage().endsWith("nodes.n01.network devices.default.hwaddr: expected a single value, found a list"),
				e.getMessage());
	}

	@Test
	void aDuplicateKeyIsAnError() throws Exception {
		Path site = Files.createDirectories(dir.resolve("dup"));
		Files.writeString(site.resolve("nodes.conf"), "nodes:\n  n01:\n    comment: a\n  n01:\n    comment: b\n");
		WarewulfFormatException e = assertThrows(WarewulfFormatException.class, () -> WarewulfSite.read(site));
		assertEquals(4, e.line(), e.getMessage());
		assertTrue(e.getMessage().contains("\"n01\" appears twice"), e.getMessage());
	}

	@Test
	void nothingIsImportedWhenOneFileIsBroken() throws Exception {
		Path site = Sites.copy("ww47", dir);
		Files.writeString(site.resolve("nodes.conf"), Files.readString(site.resolve("nodes.conf")) + "  n04:\n    mtu: [1\n");
		Cluster cluster = ModelFile.newCluster();
		Cluster before = EcoreUtil.copy(cluster);
		assertThrows(WarewulfFormatException.class, () -> WarewulfSite.read(site).applyTo(cluster));
		assertTrue(EcoreUtil.equals(before, cluster), "the cluster is unchanged");
	}

	@Test
	void importReplacesSameNamedObjectsAndKeepsTheRest() throws Exception {
		Cluster cluster = ModelFile.newCluster();
		Node mine = WulfFactory.eINSTANCE.createNode();
		mine.setName("mine");
		cluster.getNodes().add(mine);
		Node old = WulfFactory.eINSTANCE.createNode();
		old.setName("n01");
		old.setComment("old");
		cluster.getNodes().add(0, old);

		WarewulfSite.Imported site = WarewulfSite.read(Sites.copy("ww47", dir));
		site.applyTo(cluster);
		assertEquals(List.of("n01", "mine", "n02", "n03"), cluster.getNodes().stream().map(Node::getName).toList());
		assertNull(cluster.getNodes().get(0).getComment());
		assertEquals(List.of("default", "ib", "gpu"), cluster.getProfiles().stream().map(p -> p.getName()).toList());
		assertEquals(2, site.report().replaced(), "n01 and the default profile");
	}

	@Test
	void nodeMapsExportAndImport() throws Exception {
		Cluster cluster = imported("ww47");
		String yaml = WarewulfSite.writeObjects(List.of(cluster.getNodes().get(1)));
		assertTrue(yaml.startsWith("n02:\n"), yaml);
		List<Node> read = WarewulfSite.readObjects(new StringReader(yaml), Path.of("n02.yaml"), false, new ImportReport());
		assertTrue(EcoreUtil.equals(cluster.getNodes().get(1), read.get(0)));
	}
}
