package org.wulf.image.oci.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wulf.image.oci.ImageReference;
import org.wulf.image.oci.OciException;
import org.wulf.image.oci.Platform;
import org.wulf.image.oci.SourceSpec;
import org.wulf.image.oci.internal.ProxySettings;

/** Parsing of image references, sources and platforms, and the proxy choice from the environment. */
class ReferenceAndProxyTest {

	@Test
	void parsesReferencesAsDockerDoes() throws Exception {
		ImageReference hub = ImageReference.parse("rockylinux:9");
		assertEquals("docker.io", hub.registry());
		assertEquals("library/rockylinux", hub.repository());
		assertEquals("registry-1.docker.io", hub.endpoint());
		ImageReference local = ImageReference.parse("127.0.0.1:5000/hpc/node@sha256:" + "a".repeat(64));
		assertEquals("127.0.0.1:5000", local.registry());
		assertEquals("hpc/node", local.repository());
		assertEquals("sha256:" + "a".repeat(64), local.reference());
		assertTrue(local.isLoopback());
		assertEquals("latest", ImageReference.parse("ghcr.io/warewulf/rocky").tag());
		OciException bad = assertThrows(OciException.class, () -> ImageReference.parse("host:5000/Upper/case"));
		assertTrue(bad.getMessage().contains("Upper/case"), bad.getMessage());
	}

	@Test
	void parsesSourcesAndPlatforms() throws Exception {
		assertEquals(new SourceSpec(SourceSpec.Kind.LAYOUT, "/srv/layout", "v2"), SourceSpec.parse("oci:/srv/layout:v2"));
		assertEquals(new SourceSpec(SourceSpec.Kind.LAYOUT_ARCHIVE, "img.tar", null), SourceSpec.parse("oci-archive:img.tar"));
		OciException missing = assertThrows(OciException.class, () -> SourceSpec.parse("/no/such/thing"));
		assertTrue(missing.getMessage().contains("/no/such/thing") && missing.getMessage().contains("docker://"), missing.getMessage());
		assertEquals(new Platform("linux", "arm64", "v8"), Platform.parse("linux/aarch64/v8"));
		assertEquals(new Platform("linux", "amd64", null), Platform.parse("x86_64"));
		assertThrows(OciException.class, () -> Platform.parse("linux//"));
	}

	@Test
	void proxiesFollowTheEnvironmentAndNoProxy() {
		ProxySettings proxies = ProxySettings.from(Map.of("HTTPS_PROXY", "http://proxy.example.org:3128", "http_proxy",
				"proxy.example.org:8080", "NO_PROXY", "internal.example.org,.corp"));
		assertEquals(URI.create("http://proxy.example.org:3128"), proxies.proxyFor("https", "ghcr.io"));
		assertEquals(URI.create("http://proxy.example.org:8080"), proxies.proxyFor("http", "registry.lab"));
		assertNull(proxies.proxyFor("https", "internal.example.org"));
		assertNull(proxies.proxyFor("https", "registry.internal.example.org"));
		assertNull(proxies.proxyFor("https", "hub.corp"));
		assertNull(proxies.proxyFor("http", "127.0.0.1"), "loopback is never proxied");
		assertNull(ProxySettings.from(Map.of("HTTPS_PROXY", "http://p:1", "NO_PROXY", "*")).proxyFor("https", "ghcr.io"));
	}
}
