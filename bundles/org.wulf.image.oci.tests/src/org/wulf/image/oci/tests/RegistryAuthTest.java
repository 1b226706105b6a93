package org.wulf.image.oci.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.cli.Wulf;
import org.wulf.image.ImageException;
import org.wulf.image.ImageStore;
import org.wulf.image.oci.Credentials;
import org.wulf.image.oci.OciImporter;
import org.wulf.image.oci.OciLayoutWriter;
import org.wulf.image.oci.Platform;
import org.wulf.image.oci.RegistryPusher;

/**
 * A registry behind htpasswd Basic authentication (bcrypt entry made by {@code htpasswd}):
 * credentials from the API, the environment ({@code WULF_OCI_*}, {@code WAREWULF_OCI_*}) and the
 * {@code wulf image import} command line; refusals name what to do.
 */
class RegistryAuthTest {

	@TempDir
	static Path shared;
	static TestRegistry registry;
	static String source;
	static String digest;
	@TempDir
	Path work;

	@BeforeAll
	static void publish() throws Exception {
		Path htpasswd = shared.resolve("htpasswd");
		Files.writeString(htpasswd, TestRegistry.run("htpasswd", "-Bbn", "wulf", "s3cret").strip() + "\n");
		registry = TestRegistry.start(Files.createDirectories(shared.resolve("registry")), htpasswd);
		Path layout = shared.resolve("layout");
		OciLayoutWriter writer = new OciLayoutWriter(layout);
		writer.tag("v1", writer.addImage(Layers.make(shared.resolve("layers"), "amd64"), Platform.parse("linux/amd64")));
		ImageException refused = assertThrows(ImageException.class,
				() -> new RegistryPusher(null, true).push(layout, "v1", registry.host() + "/private/node:v1"));
		assertTrue(refused.getMessage().contains("--username"), refused.getMessage());
		digest = new RegistryPusher(new Credentials("wulf", "s3cret"), true).push(layout, "v1", registry.host() + "/private/node:v1");
		source = "docker://" + registry.host() + "/private/node:v1";
	}

	@AfterAll
	static void stop() throws Exception {
		if (registry != null) {
			registry.close();
		}
	}

	private OciImporter importer(ImageStore store, Map<String, String> environment) throws ImageException {
		return new OciImporter(store).cache(work.resolve("cache")).environment(environment).platform(Platform.parse("linux/amd64"));
	}

	@Test
	void withoutCredentialsTheErrorSaysWhatToGive() throws Exception {
		ImageStore store = new ImageStore(work.resolve("images"));
		ImageException e = assertThrows(ImageException.class, () -> importer(store, Map.of()).importImage(source, "node"));
		assertTrue(e.getMessage().contains(registry.host()) && e.getMessage().contains("--username"), e.getMessage());
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		ImageStore store = new ImageStore(work.resolve("images"));
		ImageException e = assertThrows(ImageException.class,
				() -> importer(store, Map.of()).credentials(new Credentials("wulf", "wrong")).importImage(source, "node"));
		assertTrue(e.getMessage().contains("refused") && e.getMessage().contains("private/node"), e.getMessage());
	}

	@Test
	void credentialsComeFromWulfOrWarewulfEnvironmentVariables() throws Exception {
		for (String prefix : List.of("WULF_OCI_", "WAREWULF_OCI_")) {
			ImageStore store = new ImageStore(work.resolve("images-" + prefix));
			OciImporter.Result result = importer(store, Map.of(prefix + "USERNAME", "wulf", prefix + "PASSWORD", "s3cret"))
					.importImage(source, "node");
			assertEquals(digest, result.digest());
			RegistryImportTest.checkImage(store.rootfs("node"), "amd64");
		}
	}

	@Test
	void commandLineImportsRecordsTheDigestAndShowsIt() throws Exception {
		Path model = work.resolve("cluster.wulf");
		assertEquals(0, wulf(model, "cluster", "set", "--ipaddr", "127.0.0.1/8")[0].length());
		String images = work.resolve("images").toString();
		String[] run = wulf(model, "image", "import", "--images", images, "--cache", work.resolve("cache").toString(), "--username",
				"wulf", "--password", "s3cret", "--platform", "linux/amd64", source);
		assertTrue(run[1].contains("imported " + source + " as image node (3 layers"), run[1] + run[2]);
		assertTrue(run[2].contains("importing node ["), "a progress bar on stderr: " + run[2]);
		String[] show = wulf(model, "image", "show", "--images", images, "node");
		assertTrue(show[1].contains("source:   " + source + "@" + digest), show[1] + show[2]);
		String[] again = wulf(model, "image", "import", "--images", images, "--username", "wulf", "--password", "s3cret", source);
		assertTrue(again[2].contains("already exists") && again[2].contains("--force"), again[2]);
	}

	/** Runs wulf; returns {exit code as a string of that many 'x', stdout, stderr}. */
	private static String[] wulf(Path model, String... args) {
		String[] all = new String[args.length + 2];
		all[0] = "--model";
		all[1] = model.toString();
		System.arraycopy(args, 0, all, 2, args.length);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = Wulf.run(all, o, e);
		}
		return new String[] { "x".repeat(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
	}
}
