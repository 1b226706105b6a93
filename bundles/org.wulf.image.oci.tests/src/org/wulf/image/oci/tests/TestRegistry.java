package org.wulf.image.oci.tests;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real Distribution registry ({@code docker-registry serve}, Debian's package of
 * distribution/distribution) on a free loopback port, storing in a temporary directory, optionally
 * behind htpasswd Basic authentication. Stopped by PID.
 */
final class TestRegistry implements AutoCloseable {

	static final String BINARY = "/usr/bin/docker-registry";
	final int port;
	final Path storage;
	private final Process process;
	private final Path log;

	private TestRegistry(int port, Path storage, Process process, Path log) {
		this.port = port;
		this.storage = storage;
		this.process = process;
		this.log = log;
	}

	/** @param htpasswd a htpasswd file for Basic auth, or null for an open registry */
	static TestRegistry start(Path dir, Path htpasswd) throws Exception {
		return startWith(dir, htpasswd == null ? "" : "auth:\n  htpasswd:\n    realm: wulf-test\n    path: " + htpasswd + "\n");
	}

	/** @param auth the configuration's {@code auth:} section, or "" */
	static TestRegistry startWith(Path dir, String auth) throws Exception {
		if (!Files.isExecutable(Path.of(BINARY))) {
			throw new IllegalStateException(BINARY + " is missing: run releng/scripts/install-deps.sh --e2e (package docker-registry)");
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		Path storage = Files.createDirectories(dir.resolve("storage"));
		String config = "version: 0.1\nlog:\n  level: warn\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: "
				+ storage + "\n  delete:\n    enabled: true\n" + auth + "http:\n  addr: 127.0.0.1:" + port + "\n";
		Path configFile = dir.resolve("config.yml");
		Files.writeString(configFile, config);
		Path log = dir.resolve("registry.log");
		Process process = new ProcessBuilder(BINARY, "serve", configFile.toString()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		TestRegistry registry = new TestRegistry(port, storage, process, log);
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly)); // also when the test JVM is stopped
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (true) {
			try {
				HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/v2/").toURL().openConnection();
				connection.setConnectTimeout(500);
				int status = connection.getResponseCode();
				connection.disconnect();
				if (status == 200 || status == 401) {
					return registry;
				}
			} catch (IOException e) {
				// not listening yet
			}
			if (!process.isAlive() || System.nanoTime() > deadline) {
				registry.close();
				throw new IllegalStateException("docker-registry did not start on port " + port + ": " + Files.readString(log, StandardCharsets.UTF_8));
			}
			Thread.sleep(100);
		}
	}

	String host() {
		return "127.0.0.1:" + port;
	}

	/** The registry's stored file of a blob (to damage it on purpose). */
	Path blobData(String digest) {
		String hex = digest.substring(7);
		return storage.resolve("docker/registry/v2/blobs/sha256").resolve(hex.substring(0, 2)).resolve(hex).resolve("data");
	}

	@Override
	public void close() throws Exception {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Runs a command and returns its output; fails with the output when it exits non-zero. */
	static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new AssertionError(String.join(" ", command) + " failed: " + output);
		}
		return output;
	}
}
