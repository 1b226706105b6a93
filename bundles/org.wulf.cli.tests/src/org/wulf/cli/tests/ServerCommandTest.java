package org.wulf.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.cli.tests.CliRun.wulf;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.cli.Wulf;
import org.wulf.core.store.ModelFile;
import org.wulf.provision.dhcp.DhcpMessage;
import org.wulf.provision.dhcp.DhcpOption;
import org.wulf.provision.dhcp.MessageType;

/** {@code wulf server} in-process on 127.0.0.1: serves the model, reloads it, discovers, reports status. */
class ServerCommandTest {

	@TempDir
	Path dir;

	private Path model;
	private Thread server;
	private final ByteArrayOutputStream output = new ByteArrayOutputStream();
	private final AtomicInteger exitCode = new AtomicInteger(-1);
	private String base;
	private final HttpClient http = HttpClient.newHttpClient();

	private int dhcpPort;

	@BeforeEach
	void startServer() throws Exception {
		dhcpPort = freeUdpPortPair();
		model = dir.resolve("cluster.wulf");
		java.nio.file.Files.createDirectories(dir.resolve("tftp"));
		java.nio.file.Files.writeString(dir.resolve("tftp/undionly.kpxe"), "not really iPXE\n");
		assertEquals(0, wulf(model, "cluster", "set", "--ipaddr", "127.0.0.1/8", "--tftproot", dir.resolve("tftp").toString())
				.exitCode());
		assertEquals(0, wulf(model, "node", "add", "n01", "--ipaddr", "127.0.1.1", "--hwaddr", "52:54:00:00:00:01").exitCode());
		PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
		server = new Thread(() -> exitCode.set(Wulf.run(new String[] { "--model", model.toString(), "server", "--bind", "127.0.0.1",
				"--port", "0", "--watch-seconds", "1", "--images", dir.resolve("images").toString(), "--dhcp-port", String.valueOf(dhcpPort), "--tftp-port", "0" }, out, out)));
		server.start();
		Pattern url = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)");
		for (int i = 0; i < 200 && base == null; i++) {
			Matcher matcher = url.matcher(output.toString(StandardCharsets.UTF_8));
			if (matcher.find()) {
				base = matcher.group(1);
			} else {
				Thread.sleep(50);
			}
		}
		assertTrue(base != null, "the server said where it listens:\n" + output);
	}

	@AfterEach
	void stopServer() throws Exception {
		server.interrupt();
		server.join(10_000);
		assertEquals(0, exitCode.get(), "wulf server stopped cleanly:\n" + output);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void dhcpGivesTheNodeItsModelAddressAndIpxeItsScript() throws Exception {
		try (DatagramSocket client = new DatagramSocket(null)) {
			client.setReuseAddress(true);
			client.bind(new InetSocketAddress("127.0.0.1", dhcpPort + 1));
			client.setSoTimeout(5000);
			DhcpMessage discover = new DhcpMessage();
			discover.xid = 77;
			System.arraycopy(new byte[] { 0x52, 0x54, 0, 0, 0, 1 }, 0, discover.chaddr, 0, 6);
			discover.type(MessageType.DISCOVER).option(DhcpOption.USER_CLASS, "iPXE");
			byte[] bytes = discover.encode();
			client.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress("127.0.0.1", dhcpPort)));
			byte[] buffer = new byte[1500];
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			client.receive(packet);
			DhcpMessage offer = DhcpMessage.decode(packet.getData(), packet.getLength());
			assertEquals(MessageType.OFFER, offer.type());
			assertEquals("127.0.1.1", DhcpMessage.toAddress(offer.yiaddr).getHostAddress());
			assertEquals(base + "/provision/52:54:00:00:00:01?stage=ipxe", offer.file);
			assertEquals("n01", offer.stringOption(DhcpOption.HOSTNAME).orElseThrow());
		}
	}

	@Test
	void tftpServesTheRootToTheTftpHpaClientAndRefusesEscapes() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of("/usr/bin/tftp")),
				"tftp-hpa is not installed");
		Matcher port = Pattern.compile("TFTP on port (\\d+)").matcher(output.toString(StandardCharsets.UTF_8));
		assertTrue(port.find(), output.toString(StandardCharsets.UTF_8));
		Path got = dir.resolve("got");
		Process get = new ProcessBuilder("tftp", "127.0.0.1", port.group(1), "-m", "binary", "-c", "get", "undionly.kpxe",
				got.toString()).redirectErrorStream(true).start();
		String said = new String(get.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		get.waitFor();
		assertEquals("not really iPXE\n", java.nio.file.Files.readString(got), said);
		Process escape = new ProcessBuilder("tftp", "127.0.0.1", port.group(1), "-m", "binary", "-c", "get", "../cluster.wulf",
				dir.resolve("stolen").toString()).redirectErrorStream(true).start();
		String refused = new String(escape.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		escape.waitFor();
		assertTrue(refused.toLowerCase().contains("error"), refused);
		assertTrue(!java.nio.file.Files.exists(dir.resolve("stolen")) || java.nio.file.Files.size(dir.resolve("stolen")) == 0);
	}

	@Test
	void httpBootClientsGetTheSameBootFilesOverHttp() throws Exception {
		HttpResponse<String> file = get("/boot/undionly.kpxe");
		assertEquals(200, file.statusCode());
		assertEquals("not really iPXE\n", file.body());
		assertEquals(404, get("/boot/nothing.efi").statusCode());
		int escaped = get("/boot/..%2Fcluster.wulf").statusCode();
		assertTrue(escaped == 403 || escaped == 400 || escaped == 404, "escape answered " + escaped);
	}

	static int freeUdpPortPair() throws Exception {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (DatagramSocket a = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
				int port = a.getLocalPort();
				try (DatagramSocket b = new DatagramSocket(new InetSocketAddress("127.0.0.1", port + 1))) {
					return port;
				} catch (java.io.IOException e) {
					// taken; try another pair
				}
			}
		}
		throw new AssertionError("no free pair of UDP ports on loopback");
	}

	@Test
	void servesTheModelAndPicksUpChangesToIt() throws Exception {
		HttpResponse<String> known = get("/provision/52:54:00:00:00:01");
		assertTrue(known.body().contains("echo Wulf: booting n01"), known.body());
		assertTrue(get("/ipxe/52:54:00:00:00:02").body().contains("is not a node of the cluster"));

		assertEquals(0, wulf(model, "node", "add", "n02", "--ipaddr", "127.0.1.2", "--hwaddr", "52:54:00:00:00:02").exitCode());
		String body = "";
		for (int i = 0; i < 100 && !body.contains("booting n02"); i++) {
			Thread.sleep(100);
			body = get("/ipxe/52:54:00:00:00:02").body();
		}
		assertTrue(body.contains("echo Wulf: booting n02"), body + "\n" + output);
		assertTrue(output.toString(StandardCharsets.UTF_8).contains("the model changed; reloaded"), output.toString());
	}

	@Test
	void anUnknownMacClaimsADiscoverableNodeAndTheModelIsSaved() throws Exception {
		assertEquals(0, wulf(model, "node", "add", "spare", "--discoverable", "--ipaddr", "127.0.1.9").exitCode());
		Thread.sleep(1500);
		String script = get("/ipxe/52-54-00-00-00-99").body();
		assertTrue(script.contains("echo Wulf: booting spare"), script + "\n" + output);
		var spare = new ModelFile(model).load().getNodes().get(1);
		assertEquals("52:54:00:00:00:99", spare.getNetDevs().get(0).getHwaddr());
		assertEquals(Boolean.FALSE, spare.getDiscoverable());
	}

	@Test
	void nodeStatusShowsTheStageEachNodeReached() throws Exception {
		get("/ipxe/52:54:00:00:00:01");
		get("/provision/52:54:00:00:00:01?stage=booted");
		CliRun status = wulf(model, "node", "status", "--url", base);
		assertEquals(0, status.exitCode(), status.toString());
		assertTrue(status.row("n01").replaceAll("\\s+", " ").startsWith("n01 BOOTED"), status.out());
	}
}
