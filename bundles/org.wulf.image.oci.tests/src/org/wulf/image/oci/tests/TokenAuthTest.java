package org.wulf.image.oci.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.image.ImageException;
import org.wulf.image.ImageStore;
import org.wulf.image.oci.Credentials;
import org.wulf.image.oci.OciImporter;
import org.wulf.image.oci.OciLayoutWriter;
import org.wulf.image.oci.Platform;
import org.wulf.image.oci.RegistryPusher;

/**
 * Bearer token authentication as Docker Hub and most registries do it: the real registry
 * ({@code auth: token}) sends a challenge naming the realm, service and scope; Wulf gets a token
 * there (anonymously, or with Basic credentials) and the registry verifies its signature.
 */
class TokenAuthTest {

	@TempDir
	static Path shared;
	static TokenService tokens;
	static TestRegistry registry;
	static String digest;
	@TempDir
	Path work;

	@BeforeAll
	static void publish() throws Exception {
		tokens = TokenService.start(shared);
		registry = TestRegistry.startWith(Files.createDirectories(shared.resolve("registry")), tokens.registryAuth());
		Path layout = shared.resolve("layout");
		OciLayoutWriter writer = new OciLayoutWriter(layout);
		writer.tag("v1", writer.addImage(Layers.make(shared.resolve("layers"), "amd64"), Platform.parse("linux/amd64")));
		RegistryPusher pusher = new RegistryPusher(new Credentials("wulf", "s3cret"), true);
		digest = pusher.push(layout, "v1", registry.host() + "/public/node:v1");
		pusher.push(layout, "v1", registry.host() + "/private/node:v1");
	}

	@AfterAll
	static void stop() throws Exception {
		if (registry != null) {
			registry.close();
		}
		if (tokens != null) {
			tokens.close();
		}
	}

	private OciImporter importer(ImageStore store) throws ImageException {
		return new OciImporter(store).cache(work.resolve("cache")).environment(Map.of()).platform(Platform.parse("linux/amd64"));
	}

	@Test
	void pullsAPublicImageWithAnAnonymousToken() throws Exception {
		ImageStore store = new ImageStore(work.resolve("images"));
		OciImporter.Result result = importer(store).importImage("docker://" + registry.host() + "/public/node:v1", "node");
		assertEquals(digest, result.digest());
		RegistryImportTest.checkImage(store.rootfs("node"), "amd64");
	}

	@Test
	void privateImageNeedsCredentialsForItsToken() throws Exception {
		ImageStore store = new ImageStore(work.resolve("images"));
		String source = "docker://" + registry.host() + "/private/node:v1";
		ImageException anonymous = assertThrows(ImageException.class, () -> importer(store).importImage(source, "node"));
		assertTrue(anonymous.getMessage().contains("private/node") && anonymous.getMessage().contains("--username"), anonymous.getMessage());
		ImageException wrong = assertThrows(ImageException.class,
				() -> importer(store).credentials(new Credentials("wulf", "nope")).importImage(source, "node"));
		assertTrue(wrong.getMessage().contains("token service") && wrong.getMessage().contains("user wulf"), wrong.getMessage());
		importer(store).credentials(new Credentials("wulf", "s3cret")).importImage(source, "node");
		RegistryImportTest.checkImage(store.rootfs("node"), "amd64");
	}
}
