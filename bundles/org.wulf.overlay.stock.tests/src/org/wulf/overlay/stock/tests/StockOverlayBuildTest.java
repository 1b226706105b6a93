package org.wulf.overlay.stock.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.configure.SshKeys;
import org.wulf.model.Cluster;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;
import org.wulf.overlay.BuildReport;
import org.wulf.overlay.FileTemplateHost;
import org.wulf.overlay.OverlayBuilder;
import org.wulf.overlay.OverlayContext;
import org.wulf.overlay.OverlayStore;
import org.wulf.overlay.TemplateData;
import org.wulf.provision.http.BootNode;
import org.wulf.provision.http.BootStage;
import org.wulf.provision.http.BootStatus;
import org.wulf.provision.http.ProvisionServer;

/**
 * The stock overlays as {@code wulf overlay build} makes them: found by the overlay store as distribution
 * overlays (from this bundle), rendered with the template data of a real cluster model, archived per node
 * and unpacked with the real cpio; then the built runtime overlay fetched and applied by {@code wulf-agent}
 * from the real provisioning server.
 */
class StockOverlayBuildTest {

	private static final WulfFactory F = WulfFactory.eINSTANCE;

	@TempDir
	Path dir;

	private static NetDev netDev(String name, String device, String mac, String ip, String gateway, Integer mtu) {
		NetDev netDev = F.createNetDev();
		netDev.setName(name);
		netDev.setDevice(device);
		netDev.setHwaddr(mac);
		netDev.setIpaddr(ip);
		netDev.setNetmask("255.255.255.0");
		netDev.setGateway(gateway);
		netDev.setMtu(mtu);
		return netDev;
	}

	private static Cluster cluster() {
		Cluster cluster = F.createCluster();
		cluster.setName("lab");
		cluster.setControllerIp("10.0.0.1");
		cluster.setNetmask("255.255.255.0");
		cluster.setUpdateInterval(15);
		cluster.setSecure(false);
		Profile profile = F.createProfile();
		profile.setName("default");
		profile.getSystemOverlays().addAll(List.of("wulf-init", "wulf-agent"));
		profile.getRuntimeOverlays().add("wulf-runtime");
		profile.getResources().put("fstab", "[{\"spec\":\"10.0.0.1:/home\",\"file\":\"/home\",\"mntops\":\"soft\"}]");
		cluster.getProfiles().add(profile);
		for (int i = 1; i <= 2; i++) {
			Node node = F.createNode();
			node.setName("n0" + i);
			node.getProfiles().add("default");
			node.getNetDevs().add(netDev("default", "eth0", "52:54:00:00:00:0" + i, "10.0.0.1" + i, "10.0.0.254", null));
			if (i == 1) {
				node.getNetDevs().add(netDev("fast", "eth1", "52:54:00:00:01:01", "10.0.1.11", null, 9000));
				node.setInit("/lib/systemd/systemd");
			}
			cluster.getNodes().add(node);
		}
		return cluster;
	}

	private Path unpack(Path image) throws Exception {
		Path into = Files.createTempDirectory(dir, "unpacked");
		Shell cpio = Shell.run(List.of("sh", "-c", "cd '" + into + "' && gzip -dc '" + image + "' | cpio -idm --quiet"), Map.of());
		assertEquals(0, cpio.exit(), cpio.output());
		return into;
	}

	private static String sourced(Path file, String... variables) throws Exception {
		StringBuilder script = new StringBuilder(". " + file);
		for (String variable : variables) {
			script.append("; echo \"").append(variable).append("=$").append(variable).append('"');
		}
		Shell shell = Shell.run(List.of("sh", "-ec", script.toString()), Map.of());
		assertEquals(0, shell.exit(), shell.output());
		return shell.output();
	}

	@Test
	void buildsWorkingNodeOverlaysFromTheModel() throws Exception {
		Cluster cluster = cluster();
		new SshKeys(dir.resolve("keys")).generate(List.of("ed25519"), "root@lab");
		OverlayStore store = OverlayStore.standard(dir.resolve("overlays"), dir.resolve("cluster.wulf"));
		assertTrue(store.find("wulf-init").isPresent(), "the overlay store finds the stock overlays: " + store.distributions());
		Path provision = dir.resolve("provision");
		TemplateData data = TemplateData.of(cluster, new TemplateData.Settings("controller", store.site(), provision, null, dir));
		BuildReport report = new OverlayBuilder(store, provision, new FileTemplateHost(dir, null)).build(data, data.nodeNames(), 1,
				false, (done, total) -> {
				});
		assertTrue(report.ok(), report.toString());

		Path system = unpack(OverlayContext.SYSTEM.image(provision, "n01"));
		assertTrue(Files.isRegularFile(system.resolve("init")));
		assertTrue(Files.isRegularFile(system.resolve("usr/sbin/wulf-agent")));
		assertTrue(Files.isRegularFile(system.resolve("etc/wulf/init.d/20-network.sh")));
		assertEquals("""
				# NAME HWADDR DEVICE IPADDR NETMASK GATEWAY MTU PRIMARY ("-" = not set); written by Wulf for n01
				default 52:54:00:00:00:01 eth0 10.0.0.11 255.255.255.0 10.0.0.254 - primary
				fast 52:54:00:00:01:01 eth1 10.0.1.11 255.255.255.0 - 9000 -
				""", Files.readString(system.resolve("etc/wulf/netdevs")));
		String hosts = Files.readString(system.resolve("etc/hosts"));
		assertTrue(hosts.contains("\n10.0.0.11 n01 n01-default\n10.0.1.11 n01-fast\n10.0.0.12 n02 n02-default\n"), hosts);
		assertEquals("10.0.0.1:/home /home nfs soft 0 0", Files.readAllLines(system.resolve("etc/wulf/fstab")).get(1));
		assertEquals("""
				WULF_NODE=n01
				WULF_INIT=/lib/systemd/systemd
				WULF_SERVER=http://10.0.0.1:9873
				WULF_MAC=52:54:00:00:00:01
				""", sourced(system.resolve("etc/wulf/node.conf"), "WULF_NODE", "WULF_INIT", "WULF_SERVER", "WULF_MAC"));
		assertEquals("WULF_SECURE=no\nWULF_UPDATE_INTERVAL=15\n",
				sourced(system.resolve("etc/wulf/agent.conf"), "WULF_SECURE", "WULF_UPDATE_INTERVAL"));
		assertEquals(Files.readString(dir.resolve("keys/ssh_host_ed25519_key")),
				Files.readString(system.resolve("etc/ssh/ssh_host_ed25519_key")));
		assertTrue(Files.notExists(system.resolve("etc/ssh/ssh_host_rsa_key")), "only the keys that exist");
		assertEquals("WULF_INIT=/sbin/init\n",
				sourced(unpack(OverlayContext.SYSTEM.image(provision, "n02")).resolve("etc/wulf/node.conf"), "WULF_INIT"));

		// the built runtime overlay, served by the engine and applied by the agent
		Path runtime = OverlayContext.RUNTIME.image(provision, "n01");
		BootNode n01 = new BootNode("n01", "52:54:00:00:00:01", "", "t", null, Map.of(BootStage.RUNTIME, runtime));
		try (ProvisionServer server = new ProvisionServer("127.0.0.1", 0, false,
				mac -> mac.equals(n01.mac()) ? Optional.of(n01) : Optional.empty(), new BootStatus()).start()) {
			Path root = Files.createDirectories(dir.resolve("node"));
			Shell agent = Shell.run(List.of("sh", system.resolve("usr/sbin/wulf-agent").toString(), "--once"),
					Map.of("WULF_ROOT", root.toString(), "WULF_ETC", dir.resolve("no-etc").toString(), "WULF_AGENT_STATE",
							dir.resolve("state").toString(), "WULF_SERVER", server.baseUrl(), "WULF_MAC", n01.mac(), "WULF_TOKEN",
							"t", "WULF_SECURE", "no"));
			assertEquals(0, agent.exit(), agent.output());
			assertEquals(Files.readString(dir.resolve("keys/authorized_keys")), Files.readString(root.resolve("root/.ssh/authorized_keys")));
			assertTrue(Files.readString(root.resolve("etc/wulf/runtime-stamp")).startsWith("node n01\nbuilt "));
		}
	}
}
