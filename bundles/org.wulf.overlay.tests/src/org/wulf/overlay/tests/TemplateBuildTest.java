package org.wulf.overlay.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.model.Cluster;
import org.wulf.model.NfsExport;
import org.wulf.model.WulfFactory;
import org.wulf.overlay.BuildReport;
import org.wulf.overlay.FileTemplateHost;
import org.wulf.overlay.OverlayBuilder;
import org.wulf.overlay.OverlayContext;
import org.wulf.overlay.OverlayStore;
import org.wulf.overlay.TemplateData;

/**
 * Real templates rendered by the template engine with the node's data, built into images and
 * unpacked with cpio: the data's shape (Warewulf's names), AllNodes, {@code file}, {@code softlink},
 * {@code abort}, and a template error that names overlay, template, line:column and node.
 */
class TemplateBuildTest {

	@TempDir
	Path dir;

	private Path provision;
	private OverlayStore store;
	private Cluster cluster;
	private OverlayBuilderTest helper;

	@BeforeEach
	void setUp() throws Exception {
		provision = dir.resolve("provision");
		store = new OverlayStore(dir.resolve("overlays"), List.of());
		store.create("base");
		store.create("net");
		store.create("rt");
		store.create("tpl");
		cluster = OverlayBuilderTest.cluster(3);
		cluster.setName("lab");
		cluster.setHttpPort(9873);
		cluster.setDhcpRangeStart("10.0.100.1");
		NfsExport export = WulfFactory.eINSTANCE.createNfsExport();
		export.setPath("/home");
		export.setOptions("rw,sync");
		cluster.getNfsExports().add(export);
		cluster.getProfiles().get(0).getSystemOverlays().add("tpl");
		cluster.getProfiles().get(0).getTags().put("site", "north");
		cluster.getProfiles().get(0).getResources().put("fstab", "[{\"spec\":\"server:/home\",\"file\":\"/home\"}]");
		cluster.getNodes().get(0).getKernelArgs().add("quiet");
		helper = new OverlayBuilderTest();
		helper.dir = dir;
	}

	private void template(String path, String text) throws Exception {
		store.writeFile("tpl", path, text.getBytes(), 0644, true);
	}

	private BuildReport build() {
		TemplateData data = TemplateData.of(cluster, new TemplateData.Settings("server", store.site(), provision, null, dir));
		return new OverlayBuilder(store, provision, new FileTemplateHost(dir, null)).build(data, data.nodeNames(), 2, false,
				(d, t) -> {
				});
	}

	@Test
	void rendersTheNodesDataWithWarewulfsNames() throws Exception {
		template("/etc/facts.ww", """
				id={{ .Id }} host={{ .Hostname }} this={{ .ThisNode.Hostname }} image={{ .Container }}
				server={{ .Ipaddr }} cidr={{ .IpCIDR }} net={{ .NetworkCIDR }} port={{ .Warewulf.Port }} secure={{ .Warewulf.Secure }}
				interval={{ .Warewulf.UpdateInterval }} range={{ .Dhcp.RangeStart }} buildhost={{ .BuildHost }}
				{{ range .Nfs.ExportsExtended }}export={{ .Path }} {{ .ExportOptions }}{{ end }}
				primary={{ .PrimaryNetDev }} {{ with index .NetDevs "default" }}dev={{ .Device }} ip={{ .IpCIDR }} mask={{ .Netmask }} primary={{ .Primary }}{{ end }}
				args={{ join " " .Kernel.Args }} tag={{ .Tags.site }} nodes={{ len .AllNodes }} overlay={{ .Overlay }}
				{{ range .Resources.fstab }}fstab={{ .spec }} {{ .file }}{{ end }}
				""");
		BuildReport report = build();
		assertTrue(report.ok(), report.toString());
		String facts = Files.readString(helper.unpack(OverlayContext.SYSTEM.image(provision, "n0001")).resolve("etc/facts"));
		assertEquals("""
				id=n0001 host=n0001 this=n0001 image=
				server=10.0.0.1 cidr=10.0.0.1/16 net=10.0.0.0/16 port=9873 secure=true
				interval=60 range=10.0.100.1 buildhost=server
				export=/home rw,sync
				primary=default dev=eth0 ip=10.0.0.3/16 mask=255.255.0.0 primary=true
				args=quiet tag=north nodes=3 overlay=tpl
				fstab=server:/home /home
				""", facts);
	}

	@Test
	void hostsOverAllNodesFilePerDeviceSoftlinkAndAbort() throws Exception {
		template("/etc/hosts.ww", "# built by {{ .BuildHost }}\n{{ range .AllNodes }}{{ range .NetDevs }}{{ .Ipaddr }} {{ $.Id }}-sees-{{ end }}{{ .Id }}\n{{ end }}");
		template("/etc/sysconfig/network-scripts/ifcfg.ww",
				"{{ range $name, $dev := .NetDevs }}{{ file (print \"ifcfg-\" $dev.Device) }}\nDEVICE={{ $dev.Device }}\nIPADDR={{ $dev.Ipaddr }}\n{{ end }}");
		template("/etc/localtime.ww", "{{ softlink \"/usr/share/zoneinfo/Europe/Berlin\" }}");
		template("/etc/skipped.ww", "{{ if eq .Id \"n0002\" }}{{ abort }}{{ end }}kept on {{ .Id }}\n");
		BuildReport report = build();
		assertTrue(report.ok(), report.toString());
		Path n1 = helper.unpack(OverlayContext.SYSTEM.image(provision, "n0001"));
		String hosts = Files.readString(n1.resolve("etc/hosts"));
		assertTrue(hosts.startsWith("# built by server\n10.0.0.3 n0001-sees-n0001\n10.0.0.4 n0001-sees-n0002\n"), hosts);
		assertEquals("DEVICE=eth0\nIPADDR=10.0.0.3\n", Files.readString(n1.resolve("etc/sysconfig/network-scripts/ifcfg-eth0")));
		assertFalse(Files.exists(n1.resolve("etc/sysconfig/network-scripts/ifcfg")));
		assertEquals("/usr/share/zoneinfo/Europe/Berlin", Files.readSymbolicLink(n1.resolve("etc/localtime")).toString());
		assertEquals("kept on n0001\n", Files.readString(n1.resolve("etc/skipped")));
		Path n2 = helper.unpack(OverlayContext.SYSTEM.image(provision, "n0002"));
		assertFalse(Files.exists(n2.resolve("etc/skipped")), "aborted for n0002");
		assertTrue(Files.readString(n2.resolve("etc/hosts")).contains("n0002-sees-n0003"), "the hosts file is rendered per node");
	}

	@Test
	void aTemplateErrorNamesOverlayFileLineColumnAndNodeAndTheOthersAreBuilt() throws Exception {
		template("/etc/broken.ww", "ok\n{{ if eq .Id \"n0002\" }}{{ .Kernel.Args.Nope }}{{ end }}\n");
		BuildReport report = build();
		assertEquals(2, report.built(), report.toString());
		assertEquals(1, report.failures().size());
		String message = report.failures().get(0).message();
		assertTrue(message.startsWith("overlay tpl, /etc/broken.ww:2:"), message);
		assertTrue(message.contains("(node n0002)"), message);
	}

	@Test
	void aChangeOfAnotherNodeRebuildsNodesWhoseTemplatesReadAllNodes() throws Exception {
		template("/etc/hosts.ww", "{{ range .AllNodes }}{{ .Id }}\n{{ end }}");
		assertEquals(3, build().built());
		assertEquals(3, build().skipped());
		cluster.getNodes().get(2).setComment("changed");
		assertEquals(3, build().built(), "every node's hosts file lists n0003");
	}
}
