package org.wulf.image.oci.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpProxy;
import org.eclipse.jetty.client.Origin;

/**
 * The proxy environment variables as curl and Go read them: {@code HTTPS_PROXY} for https
 * registries, {@code HTTP_PROXY} for plain ones (lower-case spellings too), {@code NO_PROXY} a
 * comma list of hosts, domain suffixes ({@code .example.org} or {@code example.org}) or {@code *};
 * loopback is never proxied. Installed on Jetty's {@code ProxyConfiguration}.
 */
public final class ProxySettings {

	private final URI http;
	private final URI https;
	private final List<String> noProxy;

	private ProxySettings(URI http, URI https, List<String> noProxy) {
		this.http = http;
		this.https = https;
		this.noProxy = noProxy;
	}

	public static ProxySettings from(Map<String, String> environment) {
		List<String> noProxy = new ArrayList<>();
		String list = value(environment, "NO_PROXY");
		if (list != null) {
			for (String host : list.split(",")) {
				if (!host.isBlank()) {
					noProxy.add(host.trim().toLowerCase(Locale.ROOT));
				}
			}
		}
		return new ProxySettings(uri(value(environment, "HTTP_PROXY")), uri(value(environment, "HTTPS_PROXY")), noProxy);
	}

	private static String value(Map<String, String> environment, String name) {
		String upper = environment.get(name);
		String value = upper != null && !upper.isBlank() ? upper : environment.get(name.toLowerCase(Locale.ROOT));
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static URI uri(String value) {
		if (value == null) {
			return null;
		}
		URI uri = URI.create(value.contains("://") ? value : "http://" + value);
		return uri.getHost() == null ? null : uri;
	}

	/** The proxy for a request to {@code scheme://host}, or null for a direct connection. */
	public URI proxyFor(String scheme, String host) {
		String h = host.toLowerCase(Locale.ROOT);
		if (h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]")) {
			return null;
		}
		for (String pattern : noProxy) {
			String suffix = pattern.startsWith(".") ? pattern : "." + pattern;
			String bare = pattern.startsWith(".") ? pattern.substring(1) : pattern;
			if (pattern.equals("*") || h.equals(bare) || h.endsWith(suffix) || h.equals(bare.replaceAll(":\\d+$", ""))) {
				return null;
			}
		}
		return "https".equals(scheme) ? https : http;
	}

	/** Adds one Jetty proxy per configured variable, each matching only the origins it serves. */
	public void install(HttpClient client) {
		if (http != null) {
			client.getProxyConfiguration().addProxy(new SchemeProxy(http, "http", this));
		}
		if (https != null) {
			client.getProxyConfiguration().addProxy(new SchemeProxy(https, "https", this));
		}
	}

	private static final class SchemeProxy extends HttpProxy {
		private final String scheme;
		private final URI proxy;
		private final ProxySettings settings;

		SchemeProxy(URI proxy, String scheme, ProxySettings settings) {
			super(new Origin.Address(proxy.getHost(), proxy.getPort() > 0 ? proxy.getPort() : "https".equals(proxy.getScheme()) ? 443 : 80),
					"https".equals(proxy.getScheme()));
			this.scheme = scheme;
			this.proxy = proxy;
			this.settings = settings;
		}

		@Override
		public boolean matches(Origin origin) {
			return scheme.equals(origin.getScheme()) && proxy.equals(settings.proxyFor(origin.getScheme(), origin.getAddress().getHost()));
		}
	}
}
