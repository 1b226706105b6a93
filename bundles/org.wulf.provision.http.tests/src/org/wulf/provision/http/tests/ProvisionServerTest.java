package org.wulf.provision.http.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.provision.http.BootNode;
import org.wulf.provision.http.BootStage;
import org.wulf.provision.http.BootStatus;
import org.wulf.provision.http.ProvisionServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The provisioning HTTP server on 127.0.0.1, with curl and Java's HttpClient as peers. */
class ProvisionServerTest {

	private static final String N1_MAC = "52:54:00:00:00:01";
	private static final String N2_MAC = "52:54:00:00:00:02";

	@TempDir
	Path dir;

	private ProvisionServer server;
	private final BootStatus status = new BootStatus();
	private byte[] image;
	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws Exception {
		image = new byte[8 * 1024 * 1024 + 123];
		new Random(42).nextBytes(image);
		Files.write(dir.resolve("vmlinuz"), "kernel bytes".getBytes());
		Files.write(dir.resolve("image.img"), image);
		Files.writeString(dir.resolve("n1-system.img"), "system overlay of n1");
		Files.writeString(dir.resolve("n1-runtime.img"), "secrets of n1");
		Files.writeString(dir.resolve("n2-runtime.img"), "secrets of n2");
		BootNode n1 = new BootNode("n1", N1_MAC, "quiet console=ttyS0", "token-of-n1", null, files("n1"));
		BootNode n2 = new BootNode("n2", N2_MAC, "", "token-of-n2", "asset-2", files("n2"));
		server = new ProvisionServer("127.0.0.1", 0, false, mac -> switch (mac) {
		case N1_MAC -> Optional.of(n1);
		case N2_MAC -> Optional.of(n2);
		default -> Optional.empty();
		}, status).start();
	}

	private Map<BootStage, Path> files(String node) {
		Map<BootStage, Path> files = new EnumMap<>(BootStage.class);
		files.put(BootStage.KERNEL, dir.resolve("vmlinuz"));
		files.put(BootStage.IMAGE, dir.resolve("image.img"));
		if (node.equals("n1")) {
			files.put(BootStage.SYSTEM, dir.resolve("n1-system.img"));
		}
		files.put(BootStage.RUNTIME, dir.resolve(node + "-runtime.img"));
		return files;
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	private String url(String path) {
		return server.baseUrl() + path;
	}

	/** Runs curl; returns {http code, body}. */
	private static String[] curl(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("curl", "-sS", "-o", "-", "-w", "\n%{http_code}"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes());
		}
		assertTrue(process.waitFor(30, TimeUnit.SECONDS), "curl finished");
		int cut = output.lastIndexOf('\n');
		return new String[] { output.substring(cut + 1), output.substring(0, cut) };
	}

	@Test
	void aKnownNodeGetsAnIpxeScriptThatLoadsItsKernelAndInitrds() throws Exception {
		String[] reply = curl(url("/provision/52-54-00-00-00-01"));
		assertEquals("200", reply[0], reply[1]);
		String script = reply[1];
		String base = server.baseUrl();
		assertTrue(script.startsWith("#!ipxe\n"), script);
		assertTrue(script.contains("kernel --name kernel " + base + "/provision/" + N1_MAC + "?stage=kernel || goto failed\n"), script);
		assertTrue(script.contains("initrd --name image " + base + "/provision/" + N1_MAC + "?stage=image || goto failed\n"), script);
		assertTrue(script.contains("initrd --name system " + base + "/provision/" + N1_MAC + "?stage=system || goto failed\n"), script);
		assertTrue(script.contains("boot kernel initrd=image initrd=system wwid=" + N1_MAC + " quiet console=ttyS0 wulf.server=" + base),
				script);
		assertTrue(!script.contains("runtime"), "the runtime overlay is not loaded by iPXE: " + script);
		assertEquals(BootStage.IPXE, status.of("n1").stage());
	}

	@Test
	void anUnknownMacGetsAScriptThatSaysWhyAndAsksAgain() throws Exception {
		String[] reply = curl(url("/ipxe/aa:bb:cc:dd:ee:ff"));
		assertEquals("200", reply[0]);
		assertTrue(reply[1].contains("echo Wulf: this machine (aa:bb:cc:dd:ee:ff) is not a node of the cluster."), reply[1]);
		assertTrue(reply[1].contains("chain --replace " + server.baseUrl() + "/provision/aa:bb:cc:dd:ee:ff?stage=ipxe"), reply[1]);
		assertEquals("404", curl(url("/kernel/aa:bb:cc:dd:ee:ff"))[0]);
		assertTrue(status.all().isEmpty());
	}

	@Test
	void filesAreStreamedWholeAndByRange() throws Exception {
		HttpResponse<byte[]> whole = http.send(HttpRequest.newBuilder(URI.create(url("/image/" + N1_MAC))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertEquals(200, whole.statusCode());
		assertArrayEquals(image, whole.body());
		assertEquals("bytes", whole.headers().firstValue("accept-ranges").orElse(""));

		Path part = dir.resolve("part");
		Process curl = new ProcessBuilder("curl", "-sS", "-r", "1000-1999", "-o", part.toString(), url("/provision/" + N1_MAC + "?stage=image"))
				.inheritIO().start();
		assertEquals(0, curl.waitFor());
		byte[] expected = new byte[1000];
		System.arraycopy(image, 1000, expected, 0, 1000);
		assertArrayEquals(expected, Files.readAllBytes(part));

		HttpResponse<byte[]> tail = http.send(HttpRequest.newBuilder(URI.create(url("/image/" + N1_MAC)))
				.header("Range", "bytes=-10").build(), HttpResponse.BodyHandlers.ofByteArray());
		assertEquals(206, tail.statusCode());
		assertEquals("bytes " + (image.length - 10) + "-" + (image.length - 1) + "/" + image.length,
				tail.headers().firstValue("content-range").orElse(""));
		HttpResponse<String> beyond = http.send(HttpRequest.newBuilder(URI.create(url("/image/" + N1_MAC)))
				.header("Range", "bytes=99999999-").build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(416, beyond.statusCode());
		assertEquals(BootStage.IMAGE, status.of("n1").stage());
	}

	@Test
	void sixteenConcurrentDownloadsAreAllComplete() throws Exception {
		String expected = sha256(image);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<String>> downloads = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				downloads.add(pool.submit(() -> {
					HttpResponse<InputStream> response = http.send(
							HttpRequest.newBuilder(URI.create(url("/image/" + N1_MAC))).build(),
							HttpResponse.BodyHandlers.ofInputStream());
					try (InputStream in = response.body()) {
						ByteArrayOutputStream out = new ByteArrayOutputStream();
						in.transferTo(out);
						return sha256(out.toByteArray());
					}
				}));
			}
			for (Future<String> download : downloads) {
				assertEquals(expected, download.get(60, TimeUnit.SECONDS));
			}
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theRuntimeOverlayNeedsTheNodesOwnToken() throws Exception {
		assertEquals("403", curl(url("/runtime/" + N1_MAC))[0], "no token");
		assertEquals("403", curl(url("/runtime/" + N1_MAC + "?token=token-of-n2"))[0], "another node's token");
		String[] own = curl(url("/runtime/" + N1_MAC + "?token=token-of-n1"));
		assertEquals("200", own[0]);
		assertEquals("secrets of n1", own[1]);
	}

	@Test
	void secureModeSendsTheRuntimeOverlayOnlyToPrivilegedPorts() throws Exception {
		server.close();
		server = new ProvisionServer("127.0.0.1", 0, true, mac -> Optional.of(new BootNode("n1", N1_MAC, "", "t1", null,
				Map.of(BootStage.RUNTIME, dir.resolve("n1-runtime.img")))), status).start();
		String[] unprivileged = curl("--local-port", "40000-40100", url("/runtime/" + N1_MAC + "?token=t1"));
		assertEquals("401", unprivileged[0], unprivileged[1]);
		assertTrue(unprivileged[1].contains("privileged source port"), unprivileged[1]);
		// the tests run as root, which may bind ports below 1024
		String[] privileged = curl("--local-port", "700-799", url("/runtime/" + N1_MAC + "?token=t1"));
		assertEquals("200", privileged[0], privileged[1]);
		assertEquals("secrets of n1", privileged[1]);
	}

	@Test
	void aWrongAssetKeyIsRefused() throws Exception {
		assertEquals("401", curl(url("/ipxe/" + N2_MAC))[0]);
		assertEquals("401", curl(url("/ipxe/" + N2_MAC + "?assetkey=nope"))[0]);
		String[] right = curl(url("/provision/" + N2_MAC + "?stage=ipxe&assetkey=asset-2"));
		assertEquals("200", right[0]);
		assertTrue(right[1].contains("?stage=kernel&assetkey=asset-2"), right[1]);
	}

	@Test
	void badRequestsAreRefusedClearly() throws Exception {
		String[] badMac = curl(url("/ipxe/not-a-mac"));
		assertEquals("400", badMac[0]);
		assertTrue(badMac[1].contains("not a MAC address"), badMac[1]);
		assertEquals("404", curl(url("/provision/" + N1_MAC + "?stage=bogus"))[0]);
		assertEquals("404", curl(url("/provision/../../etc/passwd"))[0]);
		// Jetty refuses a path that climbs above the root before any handler sees it
		assertEquals("400", curl("--path-as-is", url("/image/../../etc/passwd"))[0]);
		assertEquals("404", curl(url("/system/" + N2_MAC + "?assetkey=asset-2"))[0], "n2 has no system overlay");
	}

	@Test
	void statusFollowsTheBootToBooted() throws Exception {
		curl(url("/ipxe/" + N1_MAC));
		curl(url("/kernel/" + N1_MAC));
		curl(url("/image/" + N1_MAC));
		curl(url("/system/" + N1_MAC));
		assertEquals("200", curl(url("/provision/" + N1_MAC + "?stage=booted"))[0]);

		String[] json = curl(url("/status"));
		JsonNode node = new ObjectMapper().readTree(json[1]).at("/nodes/n1");
		assertEquals("booted", node.get("stage").asText());
		assertEquals(N1_MAC, node.get("mac").asText());
		assertEquals("127.0.0.1", node.get("address").asText());
		assertEquals(List.of("ipxe", "kernel", "image", "system", "booted"), names(node.get("reached")));
	}

	@Test
	void wulfInitReportsNetworkAndReadyAndTheAgentsRefreshesAreHeartbeats() throws Exception {
		curl(url("/ipxe/" + N1_MAC));
		curl(url("/system/" + N1_MAC));
		assertEquals("200", curl(url("/provision/" + N1_MAC + "?stage=network"))[0]);
		assertEquals(BootStage.NETWORK, status.of("n1").stage());
		assertEquals("200", curl(url("/runtime/" + N1_MAC + "?token=token-of-n1"))[0]);
		assertEquals("200", curl(url("/provision/" + N1_MAC + "?stage=ready"))[0]);
		var ready = status.of("n1");
		assertEquals(BootStage.READY, ready.stage());
		assertEquals("200", curl(url("/provision/" + N1_MAC + "?stage=runtime&token=token-of-n1"))[0]);
		var later = status.of("n1");
		assertEquals(BootStage.READY, later.stage(), "a runtime refresh keeps a ready node ready");
		assertTrue(!later.lastSeen().isBefore(ready.lastSeen()));
		assertEquals(List.of("ipxe", "system", "network", "runtime", "ready"),
				names(new ObjectMapper().readTree(curl(url("/status"))[1]).at("/nodes/n1/reached")));
		curl(url("/ipxe/" + N1_MAC));
		assertEquals(java.util.Set.of(BootStage.IPXE), status.of("n1").reached().keySet(), "iPXE after ready: a new boot");
	}

	@Test
	void theIpxeScriptGivesTheNodeItsRuntimeToken() throws Exception {
		String script = curl(url("/ipxe/" + N1_MAC))[1];
		assertTrue(script.contains(" wulf.server=" + server.baseUrl() + " wulf.token=token-of-n1 || goto failed\n"), script);
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
