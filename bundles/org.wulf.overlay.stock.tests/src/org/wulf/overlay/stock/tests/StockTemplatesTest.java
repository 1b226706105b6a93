package org.wulf.overlay.stock.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.configure.SshKeys;
import org.wulf.overlay.stock.StockOverlays;
import org.wulf.template.warewulf.FileSystemOverlayHost;
import org.wulf.template.warewulf.RenderResult;
import org.wulf.template.warewulf.RenderedFile;
import org.wulf.template.warewulf.WarewulfRenderer;

/**
 * Every {@code .ww} template of the stock overlays rendered by Wulf's template engine with data shaped like
 * Warewulf's template data (two nodes, one with two network devices), and the rendered settings files read
 * back by the shell that sources them on the node.
 */
class StockTemplatesTest {

	@TempDir
	Path config;

	private Map<String, Object> data;

	static Map<String, Object> netdev(String device, String hwaddr, String ip, String gateway, Integer mtu, boolean primary) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("Device", device);
		d.put("Hwaddr", hwaddr);
		d.put("Ipaddr", ip);
		d.put("Netmask", "255.255.255.0");
		d.put("Gateway", gateway);
		d.put("MTU", mtu);
		d.put("Primary", primary);
		return d;
	}

	@BeforeEach
	void setUp() {
		Map<String, Object> n1Devs = new TreeMap<>();
		n1Devs.put("default", netdev("eth0", "52:54:00:00:00:01", "10.0.0.11", "10.0.0.1", null, true));
		n1Devs.put("ib", netdev("ib0", "52:54:00:00:01:01", "10.1.0.11", null, 9000, false));
		Map<String, Object> n2Devs = new TreeMap<>(Map.of("default", netdev("eth0", "52:54:00:00:00:02", "10.0.0.12", null, null, true)));
		data = new LinkedHashMap<>();
		data.put("Id", "n1");
		data.put("Hostname", "n1");
		data.put("BuildTime", "12-06-2026 22:00:00 UTC");
		data.put("Overlay", "wulf-init");
		data.put("Ipaddr", "10.0.0.1");
		data.put("Warewulf", Map.of("Port", 9873, "Secure", true, "UpdateInterval", 30));
		data.put("NetDevs", n1Devs);
		data.put("Tags", Map.of("modules", "virtio_net e1000"));
		data.put("Resources", Map.of("fstab", List.of(
				Map.of("spec", "10.0.0.1:/home", "file", "/home", "vfstype", "nfs", "mntops", "defaults,soft"),
				Map.of("spec", "10.0.0.1:/opt", "file", "/opt"))));
		data.put("AllNodes", List.of(Map.of("Id", "n1", "NetDevs", n1Devs), Map.of("Id", "n2", "NetDevs", n2Devs)));
	}

	/** Renders every template of one overlay; returns the files by path (aborted templates give none). */
	private Map<String, RenderedFile> render(String overlay) throws Exception {
		Path rootfs = StockOverlays.directory().resolve(overlay).resolve("rootfs");
		WarewulfRenderer renderer = new WarewulfRenderer(new FileSystemOverlayHost(config, image -> null));
		Map<String, RenderedFile> files = new TreeMap<>();
		List<Path> templates;
		try (Stream<Path> walk = Files.walk(rootfs)) {
			templates = walk.filter(p -> p.toString().endsWith(".ww")).sorted().toList();
		}
		assertFalse(templates.isEmpty(), overlay);
		for (Path template : templates) {
			RenderResult result = renderer.render("/" + rootfs.relativize(template), Files.readString(template), data);
			for (RenderedFile file : result.files()) {
				files.put(file.path(), file);
			}
		}
		return files;
	}

	private static String text(Map<String, RenderedFile> files, String path) {
		RenderedFile file = files.get(path);
		assertNotNull(file, path + " not rendered; got " + files.keySet());
		return file.text();
	}

	/** Sources a rendered settings file with sh and prints the variables. */
	private String sourced(String content, String... variables) throws Exception {
		Path file = Files.writeString(config.resolve("settings.conf"), content);
		StringBuilder script = new StringBuilder(". " + file);
		for (String variable : variables) {
			script.append("; echo \"").append(variable).append("=$").append(variable).append('"');
		}
		Shell shell = Shell.run(List.of("sh", "-ec", script.toString()), Map.of());
		assertEquals(0, shell.exit(), shell.output());
		return shell.output();
	}

	@Test
	void wulfInitRendersTheNodesNetworkHostsMountsAndSettings() throws Exception {
		Map<String, RenderedFile> files = render("wulf-init");
		assertEquals("""
				# NAME HWADDR DEVICE IPADDR NETMASK GATEWAY MTU PRIMARY ("-" = not set); written by Wulf for n1
				default 52:54:00:00:00:01 eth0 10.0.0.11 255.255.255.0 10.0.0.1 - primary
				ib 52:54:00:00:01:01 ib0 10.1.0.11 255.255.255.0 - 9000 -
				""", text(files, "/etc/wulf/netdevs"));
		String hosts = text(files, "/etc/hosts");
		assertTrue(hosts.contains("\n10.0.0.1 wulf-controller\n"), hosts);
		assertTrue(hosts.contains("\n10.0.0.11 n1 n1-default\n"), hosts);
		assertTrue(hosts.contains("\n10.1.0.11 n1-ib\n"), hosts);
		assertTrue(hosts.contains("\n10.0.0.12 n2 n2-default\n"), hosts);
		assertEquals("n1\n", text(files, "/etc/hostname"));
		assertEquals("""
				# SPEC FILE TYPE OPTIONS FREQ PASSNO; written by Wulf for n1 from resources.fstab
				10.0.0.1:/home /home nfs defaults,soft 0 0
				10.0.0.1:/opt /opt nfs defaults 0 0
				""", text(files, "/etc/wulf/fstab"));
		assertEquals("""
				WULF_NODE=n1
				WULF_HOSTNAME=n1
				WULF_INIT=/sbin/init
				WULF_SERVER=http://10.0.0.1:9873
				WULF_MODULES=virtio_net e1000
				WULF_MAC=52:54:00:00:00:01
				""", sourced(text(files, "/etc/wulf/node.conf"), "WULF_NODE", "WULF_HOSTNAME", "WULF_INIT", "WULF_SERVER",
				"WULF_MODULES", "WULF_MAC"));
		assertFalse(files.keySet().stream().anyMatch(p -> p.startsWith("/etc/ssh/") || p.startsWith("/root/")),
				"no keys made yet: the key templates abort instead of writing empty keys " + files.keySet());
	}

	@Test
	void theNodesInitIsTheModelsWhenSet() throws Exception {
		data.put("Init", "/lib/systemd/systemd");
		assertTrue(sourced(text(render("wulf-init"), "/etc/wulf/node.conf"), "WULF_INIT").contains("WULF_INIT=/lib/systemd/systemd"));
	}

	@Test
	void keysMadeByWulfSshKeysAreIncluded() throws Exception {
		new SshKeys(config.resolve("keys")).generate(List.of(), "root@test");
		Map<String, RenderedFile> files = render("wulf-init");
		for (String type : List.of("ed25519", "rsa")) {
			String key = "/etc/ssh/ssh_host_" + type + "_key";
			assertEquals(Files.readString(config.resolve("keys/ssh_host_" + type + "_key")), text(files, key), key);
			assertEquals(Files.readString(config.resolve("keys/ssh_host_" + type + "_key.pub")), text(files, key + ".pub"));
		}
		assertFalse(files.containsKey("/etc/ssh/ssh_host_ecdsa_key"), "no ecdsa key made, none rendered");
		String authorized = Files.readString(config.resolve("keys/authorized_keys"));
		assertEquals(authorized, text(files, "/root/.ssh/authorized_keys"));
		assertEquals(authorized, text(render("wulf-runtime"), "/root/.ssh/authorized_keys"));
	}

	@Test
	void wulfAgentAndWulfRuntimeRenderTheirSettings() throws Exception {
		assertEquals("""
				WULF_SERVER=http://10.0.0.1:9873
				WULF_SECURE=yes
				WULF_UPDATE_INTERVAL=30
				""", sourced(text(render("wulf-agent"), "/etc/wulf/agent.conf"), "WULF_SERVER", "WULF_SECURE", "WULF_UPDATE_INTERVAL"));
		assertEquals("node n1\nbuilt 12-06-2026 22:00:00 UTC\n", text(render("wulf-runtime"), "/etc/wulf/runtime-stamp"));
	}
}
