package org.wulf.image.oci.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.wulf.image.oci.Credentials;
import org.wulf.image.oci.ImageReference;
import org.wulf.image.oci.OciException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client of one registry repository over the Registry HTTP API v2 (the OCI distribution spec),
 * on Jetty's HTTP client. It authenticates as the registry's {@code WWW-Authenticate} challenge
 * asks: a Bearer token from the named realm (anonymous, or with the credentials), or Basic.
 * Redirects (blob storage elsewhere) are followed by hand so credentials never go to another host.
 */
public final class RegistryClient implements AutoCloseable {

	private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");
	private static final long TIMEOUT_SECONDS = 120;

	private final ImageReference reference;
	private final Credentials credentials;
	private final String base;
	private final HttpClient http;
	private final boolean push;
	private volatile String authorization;

	/**
	 * @param plainHttp  use http:// (always so for a loopback registry)
	 * @param push       ask for push rights too when authenticating
	 */
	public RegistryClient(ImageReference reference, Credentials credentials, boolean plainHttp, boolean push,
			Map<String, String> environment) throws OciException {
		this.reference = reference;
		this.credentials = credentials;
		this.push = push;
		this.base = (plainHttp || reference.isLoopback() ? "http://" : "https://") + reference.endpoint();
		this.http = new HttpClient();
		http.setFollowRedirects(false);
		http.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "wulf"));
		http.setConnectTimeout(15_000);
		http.setIdleTimeout(TIMEOUT_SECONDS * 1000);
		http.setMaxConnectionsPerDestination(16);
		http.getContentDecoderFactories().clear(); // blobs are checked byte for byte: no transparent decoding
		ProxySettings.from(environment).install(http);
		try {
			http.start();
			http.getProtocolHandlers().clear(); // 401s and redirects are answered here (start() installs Jetty's)
		} catch (Exception e) {
			throw new OciException("cannot start the HTTP client: " + e.getMessage(), e);
		}
	}

	public ImageReference reference() {
		return reference;
	}

	/** The registry's base URL, e.g. {@code http://127.0.0.1:5000}. */
	public String base() {
		return base;
	}

	/** A response whose body is still to be read; close it. */
	public record Exchange(int status, HttpFields headers, InputStream body, URI uri) implements AutoCloseable {
		public byte[] bytes() throws IOException {
			try (InputStream in = body) {
				return in.readAllBytes();
			}
		}

		@Override
		public void close() throws IOException {
			body.close();
		}
	}

	/** A manifest or index as the registry returned it, with its digest (sha256 of the bytes). */
	public record Fetched(byte[] bytes, String mediaType, String digest) {
	}

	public Fetched manifest(String ref) throws OciException {
		URI uri = uri("/manifests/" + ref);
		try (Exchange response = send("GET", uri, h -> h.put(HttpHeader.ACCEPT, MediaTypes.ACCEPT), null)) {
			if (response.status() != 200) {
				throw failure(response, "manifest " + ref);
			}
			byte[] bytes = response.bytes();
			String digest = Digests.of(bytes);
			if (ref.startsWith("sha256:") && !ref.equals(digest)) {
				throw new OciException("digest mismatch: registry " + reference.registry() + " returned a manifest for "
						+ reference.repository() + "@" + ref + " whose content hashes to " + digest);
			}
			String type = response.headers().get(HttpHeader.CONTENT_TYPE);
			return new Fetched(bytes, type == null ? null : type.split(";")[0].trim(), digest);
		} catch (IOException e) {
			throw io(e, "reading manifest " + ref);
		}
	}

	/**
	 * Opens a blob from {@code offset} on (HTTP Range). The status tells whether the registry
	 * honoured the range (206) or sends the whole blob (200).
	 */
	public Exchange blob(String digest, long offset) throws OciException {
		URI uri = uri("/blobs/" + digest);
		Exchange response = send("GET", uri, offset > 0 ? h -> h.put(HttpHeader.RANGE, "bytes=" + offset + "-") : h -> {
		}, null);
		if (response.status() != 200 && response.status() != 206) {
			try (response) {
				throw failure(response, "blob " + digest);
			} catch (IOException e) {
				throw io(e, "reading blob " + digest);
			}
		}
		return response;
	}

	/** Whether the registry has the blob already (HEAD). */
	public boolean hasBlob(String digest) throws OciException {
		try (Exchange response = send("HEAD", uri("/blobs/" + digest), h -> {
		}, null)) {
			return response.status() == 200;
		} catch (IOException e) {
			throw io(e, "checking blob " + digest);
		}
	}

	/** Sends a request, authenticating once when challenged and following redirects. */
	public Exchange send(String method, URI uri, Consumer<HttpFields.Mutable> headers, Supplier<Request.Content> body)
			throws OciException {
		boolean authenticated = false;
		URI target = uri;
		for (int redirects = 0;; ) {
			boolean sameHost = target.getAuthority().equals(URI.create(base).getAuthority());
			Exchange response = exchange(method, target, h -> {
				headers.accept(h);
				if (sameHost && authorization != null) {
					h.put(HttpHeader.AUTHORIZATION, authorization);
				}
			}, body);
			int status = response.status();
			if (status == 401 && !authenticated && sameHost) {
				String challenge = response.headers().get(HttpHeader.WWW_AUTHENTICATE);
				closeQuietly(response);
				authenticate(challenge);
				authenticated = true;
				continue;
			}
			if ((status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
					&& response.headers().get(HttpHeader.LOCATION) != null && ++redirects <= 5) {
				target = target.resolve(response.headers().get(HttpHeader.LOCATION));
				closeQuietly(response);
				if (status == 303) {
					method = "GET";
				}
				continue;
			}
			return response;
		}
	}

	private Exchange exchange(String method, URI uri, Consumer<HttpFields.Mutable> headers, Supplier<Request.Content> body)
			throws OciException {
		Request request = http.newRequest(uri).method(method).headers(headers).idleTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		if (body != null) {
			request.body(body.get());
		}
		InputStreamResponseListener listener = new InputStreamResponseListener();
		request.send(listener);
		try {
			Response response = listener.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			return new Exchange(response.getStatus(), response.getHeaders(), listener.getInputStream(), uri);
		} catch (ExecutionException e) {
			throw unreachable(e.getCause() != null ? e.getCause() : e, uri);
		} catch (TimeoutException e) {
			request.abort(e);
			throw new OciException("registry " + reference.registry() + " did not answer " + method + " " + uri + " within "
					+ TIMEOUT_SECONDS + " s");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			request.abort(e);
			throw new OciException("interrupted while talking to registry " + reference.registry(), e);
		}
	}

	private OciException unreachable(Throwable cause, URI uri) {
		Throwable root = cause;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String why = root instanceof ConnectException || root instanceof ClosedChannelException ? "connection refused (is the registry running, and is the address right?)"
				: root instanceof UnknownHostException ? "unknown host" : root.getClass().getSimpleName() + ": " + root.getMessage();
		if (root instanceof javax.net.ssl.SSLException && uri.getScheme().equals("https")) {
			why += " (a registry that speaks plain HTTP needs --nohttps)";
		}
		return new OciException("cannot reach registry " + reference.registry() + " at " + uri.getScheme() + "://"
				+ uri.getAuthority() + ": " + why, cause);
	}

	/** Answers a {@code WWW-Authenticate} challenge: Basic, or a Bearer token from the realm. */
	private void authenticate(String challenge) throws OciException {
		if (challenge == null) {
			throw new OciException("registry " + reference.registry() + " refused access to " + reference.repository()
					+ " (401) without saying how to authenticate");
		}
		String scheme = challenge.trim().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		Map<String, String> parameters = new java.util.HashMap<>();
		Matcher m = PARAMETER.matcher(challenge);
		while (m.find()) {
			parameters.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
		}
		if (scheme.equals("basic")) {
			if (credentials == null) {
				throw new OciException("registry " + reference.registry() + " needs a user name and password for "
						+ reference.repository() + ": give --username and --password (or WULF_OCI_USERNAME/WULF_OCI_PASSWORD)");
			}
			authorization = credentials.basic();
			return;
		}
		if (!scheme.equals("bearer") || parameters.get("realm") == null) {
			throw new OciException("registry " + reference.registry() + " asks for an unsupported authentication: " + challenge);
		}
		String scope = parameters.getOrDefault("scope", "repository:" + reference.repository() + ":" + (push ? "pull,push" : "pull"));
		StringBuilder url = new StringBuilder(parameters.get("realm"));
		url.append(url.indexOf("?") < 0 ? '?' : '&');
		if (parameters.containsKey("service")) {
			url.append("service=").append(URLEncoder.encode(parameters.get("service"), StandardCharsets.UTF_8)).append('&');
		}
		url.append("scope=").append(URLEncoder.encode(scope, StandardCharsets.UTF_8));
		URI realm = URI.create(url.toString());
		try (Exchange response = exchange("GET", realm, h -> {
			if (credentials != null) {
				h.put(HttpHeader.AUTHORIZATION, credentials.basic());
			}
		}, null)) {
			byte[] bytes = response.bytes();
			if (response.status() != 200) {
				throw new OciException("the token service " + realm.getHost() + " of registry " + reference.registry() + " refused "
						+ (credentials == null ? "an anonymous token" : "user " + credentials.username()) + " for " + scope + " ("
						+ response.status() + ")" + (credentials == null ? ": give --username and --password" : ""));
			}
			JsonNode json = Manifests.JSON.readTree(bytes);
			String token = json.path("token").asText(json.path("access_token").asText(""));
			if (token.isEmpty()) {
				throw new OciException("the token service " + realm + " answered without a token");
			}
			authorization = "Bearer " + token;
		} catch (IOException e) {
			throw io(e, "getting a token from " + realm);
		}
	}

	/** An error response as an exception naming what was asked of which registry. */
	public OciException failure(Exchange response, String what) throws IOException {
		String detail = "";
		try {
			JsonNode errors = Manifests.JSON.readTree(response.bytes()).path("errors");
			if (errors.isArray() && !errors.isEmpty()) {
				detail = ": " + errors.get(0).path("code").asText() + " " + errors.get(0).path("message").asText();
			}
		} catch (IOException | RuntimeException e) {
			// not a registry error document
		}
		String image = reference.repository() + (what.startsWith("manifest ") && !what.contains("sha256:") ? ":" + what.substring(9) : "");
		return switch (response.status()) {
		case 404 -> new OciException(what.startsWith("manifest ") ? "image " + image + " not found on registry " + reference.registry()
				+ detail + " (check the repository and tag)" : what + " of " + reference.repository() + " not found on registry "
						+ reference.registry() + detail);
		case 401, 403 -> new OciException("registry " + reference.registry() + " refused access to " + image + " (" + response.status() + ")"
				+ detail + (credentials == null ? ": give --username and --password" : ": check the user name and password"));
		default -> new OciException("registry " + reference.registry() + " answered " + response.status() + " for " + what + " of "
				+ reference.repository() + detail);
		};
	}

	public OciException io(IOException e, String what) {
		return new OciException("registry " + reference.registry() + ": " + what + " of " + reference.repository() + " failed: "
				+ e.getMessage(), e);
	}

	public URI uri(String path) {
		return URI.create(base + "/v2/" + reference.repository() + path);
	}

	private static void closeQuietly(Exchange response) {
		try {
			response.body().transferTo(java.io.OutputStream.nullOutputStream());
			response.close();
		} catch (IOException e) {
			// the next request uses a fresh stream
		}
	}

	@Override
	public void close() {
		try {
			http.stop();
		} catch (Exception e) {
			// stopping frees threads and sockets; nothing to report
		}
	}

}
