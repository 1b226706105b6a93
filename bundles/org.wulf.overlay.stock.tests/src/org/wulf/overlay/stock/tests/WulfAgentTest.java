package org.wulf.overlay.stock.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.image.InitramfsBuilder;
import org.wulf.overlay.stock.StockOverlays;
import org.wulf.provision.http.BootNode;
import org.wulf.provision.http.BootStage;
import org.wulf.provision.http.BootStatus;
import org.wulf.provision.http.ProvisionServer;

/**
 * The node agent ({@code wulf-agent}) against the real provisioning server on 127.0.0.1: it fetches the
 * runtime overlay with the node's token (curl, from a privileged port in secure mode, or busybox's wget), unpacks it and applies it file by file, skipping what did not change. The node's root
 * is a temporary folder ({@code WULF_ROOT}). The tests run as root (privileged source ports).
 */
class WulfAgentTest {

	private static final String MAC = "52:54:00:00:00:01";
	private static final String TOKEN = "token-of-n1";

	@TempDir
	Path dir;

	private Path overlay;
	private Path runtime;
	private Path root;
	private ProvisionServer server;
	private final BootStatus status = new BootStatus();
	private Process daemon;

	@BeforeEach
	void setUp() throws Exception {
		overlay = Files.createDirectories(dir.resolve("overlay"));
		root = Files.createDirectories(dir.resolve("node"));
		runtime = dir.resolve("runtime.cpio.gz");
		Files.createDirectories(overlay.resolve("etc/wulf"));
		Files.createDirectories(overlay.resolve("root/.ssh"));
		Files.writeString(overlay.resolve("etc/motd"), "welcome to n1\n");
		Files.writeString(overlay.resolve("etc/wulf/runtime-stamp"), "node n1\nbuilt 1\n");
		Path keys = Files.writeString(overlay.resolve("root/.ssh/authorized_keys"), "ssh-ed25519 AAAA root@controller\n");
		Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-------"));
		Files.createSymbolicLink(overlay.resolve("etc/issue"), Path.of("motd"));
		build();
	}

	private void build() throws Exception {
		new InitramfsBuilder().build(overlay, runtime);
	}

	private void startServer(boolean secure) throws IOException {
		BootNode node = new BootNode("n1", MAC, "", TOKEN, null, Map.of(BootStage.RUNTIME, runtime));
		server = new ProvisionServer("127.0.0.1", 0, secure, mac -> mac.equals(MAC) ? Optional.of(node) : Optional.empty(),
				status).start();
	}

	@AfterEach
	void tearDown() throws Exception {
		if (daemon != null) {
			daemon.destroy();
			daemon.waitFor(10, TimeUnit.SECONDS);
		}
		if (server != null) {
			server.close();
		}
		Path bin = dir.resolve("busybox-bin");
		if (Files.isDirectory(bin)) { // the links themselves, before JUnit warns about links out of its folder
			try (var links = Files.list(bin)) {
				for (Path link : links.toList()) {
					Files.delete(link);
				}
			}
		}
	}

	private Map<String, String> environment(String token, boolean secure) {
		Map<String, String> environment = new HashMap<>();
		environment.put("WULF_ROOT", root.toString());
		environment.put("WULF_ETC", dir.resolve("etc-wulf").toString());
		environment.put("WULF_AGENT_STATE", dir.resolve("state").toString());
		environment.put("WULF_SERVER", server.baseUrl());
		environment.put("WULF_MAC", MAC);
		environment.put("WULF_TOKEN", token);
		environment.put("WULF_SECURE", secure ? "yes" : "no");
		return environment;
	}

	private static String agent() throws IOException {
		return StockOverlays.directory().resolve("wulf-agent/rootfs/usr/sbin/wulf-agent").toString();
	}

	private Shell once(Map<String, String> environment) throws Exception {
		return Shell.run(List.of("sh", agent(), "--once"), environment);
	}

	/** A folder with busybox's applets only: the agent must make do without curl. */
	private Map<String, String> busyboxOnly(Map<String, String> environment) throws IOException {
		Path bin = Files.createDirectories(dir.resolve("busybox-bin"));
		for (String applet : List.of("sh", "wget", "sed", "head", "tail", "cut", "cpio", "gzip", "find", "stat", "chmod",
				"chown", "cp", "mv", "ln", "cmp", "sha256sum", "readlink", "mkdir", "rm", "cat", "tr", "date", "wc", "sleep",
				"timeout")) {
			Path link = bin.resolve(applet);
			if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
				Files.createSymbolicLink(link, Shell.BUSYBOX);
			}
		}
		environment.put("WULF_PATH", bin.toString());
		return environment;
	}

	@Test
	void appliesTheRuntimeOverlayThenSkipsWhatDidNotChange() throws Exception {
		startServer(false);
		Shell first = once(environment(TOKEN, false));
		assertEquals(0, first.exit(), first.output());
		assertEquals("welcome to n1\n", Files.readString(root.resolve("etc/motd")));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("root/.ssh/authorized_keys"))));
		assertEquals(Path.of("motd"), Files.readSymbolicLink(root.resolve("etc/issue")));
		assertTrue(first.output().contains("runtime overlay applied (4 files changed"), first.output());
		assertEquals(BootStage.RUNTIME, status.of("n1").stage());

		Shell again = once(environment(TOKEN, false));
		assertEquals(0, again.exit(), again.output());
		assertFalse(again.output().contains("updated"), "same archive, nothing rewritten: " + again.output());

		Object inode = Files.getAttribute(root.resolve("etc/motd"), "unix:ino");
		Object stampInode = Files.getAttribute(root.resolve("etc/wulf/runtime-stamp"), "unix:ino");
		Files.writeString(root.resolve("etc/local-only"), "the node's own file\n");
		Files.writeString(overlay.resolve("etc/motd"), "welcome to n1, version 2\n");
		build();
		Shell changed = once(environment(TOKEN, false));
		assertEquals(0, changed.exit(), changed.output());
		assertTrue(changed.output().contains("updated " + root + "/etc/motd"), changed.output());
		assertTrue(changed.output().contains("(1 files changed"), changed.output());
		assertEquals("welcome to n1, version 2\n", Files.readString(root.resolve("etc/motd")));
		assertNotEquals(inode, Files.getAttribute(root.resolve("etc/motd"), "unix:ino"), "replaced by a rename, not rewritten in place");
		assertEquals(stampInode, Files.getAttribute(root.resolve("etc/wulf/runtime-stamp"), "unix:ino"), "unchanged file left alone");
		assertEquals("the node's own file\n", Files.readString(root.resolve("etc/local-only")));
		try (var left = Files.list(root.resolve("etc"))) {
			assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".wulf-agent")), "no temporary file left");
		}
	}

	@Test
	void aWrongTokenGetsNothing() throws Exception {
		startServer(false);
		Shell refused = once(environment("not-the-token", false));
		assertNotEquals(0, refused.exit());
		assertTrue(refused.output().contains("could not fetch the runtime overlay from " + server.baseUrl()), refused.output());
		assertFalse(Files.exists(root.resolve("etc/motd")));
	}

	@Test
	void secureModeFetchesFromAPrivilegedPortWithCurl() throws Exception {
		startServer(true);
		Shell insecure = once(environment(TOKEN, false));
		assertNotEquals(0, insecure.exit(), "an unprivileged port is refused: " + insecure.output());
		Shell secure = once(environment(TOKEN, true));
		assertEquals(0, secure.exit(), secure.output());
		assertEquals("welcome to n1\n", Files.readString(root.resolve("etc/motd")));
	}

	@Test
	void busyboxAloneFetchesWithWgetAndSaysWhySecureModeNeedsCurl() throws Exception {
		startServer(false);
		Shell wget = Shell.run(List.of(Shell.BUSYBOX.toString(), "sh", agent(), "--once"), busyboxOnly(environment(TOKEN, false)));
		assertEquals(0, wget.exit(), wget.output());
		assertEquals("welcome to n1\n", Files.readString(root.resolve("etc/motd")));
		server.close();

		startServer(true);
		Files.writeString(overlay.resolve("etc/motd"), "secure hello\n");
		build();
		Shell secure = Shell.run(List.of(Shell.BUSYBOX.toString(), "sh", agent(), "--once"), busyboxOnly(environment(TOKEN, true)));
		assertNotEquals(0, secure.exit(), secure.output());
		assertTrue(secure.output().contains("needs curl in the image"), secure.output());
		assertEquals("welcome to n1\n", Files.readString(root.resolve("etc/motd")), "left as it was");
	}

	@Test
	void theDaemonRefreshesAtOnceOnSighup() throws Exception {
		startServer(false);
		Map<String, String> environment = environment(TOKEN, false);
		environment.put("WULF_UPDATE_INTERVAL", "3600");
		ProcessBuilder builder = new ProcessBuilder("sh", agent(), "--daemon").redirectErrorStream(true)
				.redirectOutput(dir.resolve("daemon.log").toFile());
		builder.environment().putAll(environment);
		daemon = builder.start();
		Path pid = dir.resolve("state/pid");
		awaitText(dir.resolve("daemon.log"), "kill -HUP");
		Files.writeString(overlay.resolve("etc/motd"), "refreshed on demand\n");
		build();
		Process hup = new ProcessBuilder("kill", "-HUP", Files.readString(pid).trim()).start();
		assertEquals(0, hup.waitFor());
		awaitText(dir.resolve("daemon.log"), "runtime overlay applied");
		assertEquals("refreshed on demand\n", Files.readString(root.resolve("etc/motd")));
		assertTrue(Files.readString(dir.resolve("daemon.log")).contains("refresh requested"));
	}

	private static void awaitText(Path file, String text) throws Exception {
		for (int i = 0; i < 300; i++) {
			if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("\"" + text + "\" never appeared in " + file + ":\n"
				+ (Files.exists(file) ? Files.readString(file) : "(no file)"));
	}
}
