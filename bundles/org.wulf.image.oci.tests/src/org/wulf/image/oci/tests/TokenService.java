package org.wulf.image.oci.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * A token service as registries' Bearer authentication uses (the distribution "token" auth): it
 * issues RS256 JWTs carrying the certificate ({@code x5c}) that the registry's
 * {@code rootcertbundle} trusts. User {@code wulf}/{@code s3cret} gets what it asks for;
 * anonymous callers get pull access to {@code public/*} only; a wrong password gets 401.
 */
final class TokenService implements AutoCloseable {

	static final String SERVICE = "wulf-test-registry";
	static final String ISSUER = "wulf-test-issuer";
	private final Server server;
	final Path certificate;

	private TokenService(Server server, Path certificate) {
		this.server = server;
		this.certificate = certificate;
	}

	static TokenService start(Path dir) throws Exception {
		Path key = dir.resolve("token-key.pem");
		Path certificate = dir.resolve("token-cert.pem");
		TestRegistry.run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(), "-out",
				certificate.toString(), "-days", "2", "-subj", "/CN=wulf-token-service");
		String pem = Files.readString(key).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
		String x5c = Files.readString(certificate).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		Server server = new Server();
		ServerConnector connector = new ServerConnector(server);
		connector.setHost("127.0.0.1");
		connector.setPort(0);
		server.addConnector(connector);
		server.setHandler(new Handler.Abstract() {
			@Override
			public boolean handle(Request request, Response response, Callback callback) throws Exception {
				Fields query = Request.extractQueryParameters(request);
				String scope = query.getValue("scope");
				String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
				String user = null;
				if (authorization != null) {
					String basic = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
					if (!basic.equals("wulf:s3cret")) {
						Response.writeError(request, response, callback, 401);
						return true;
					}
					user = "wulf";
				}
				String access = "";
				if (scope != null) {
					String[] parts = scope.split(":");
					String actions = user != null ? parts[2] : parts[1].startsWith("public/") ? "pull" : "";
					StringBuilder list = new StringBuilder();
					for (String action : actions.split(",")) {
						if (!action.isEmpty()) {
							list.append(list.length() > 0 ? "," : "").append('"').append(action).append('"');
						}
					}
					access = "{\"type\":\"" + parts[0] + "\",\"name\":\"" + parts[1] + "\",\"actions\":[" + list + "]}";
				}
				long now = System.currentTimeMillis() / 1000;
				String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"x5c\":[\"" + x5c + "\"]}";
				String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + (user == null ? "" : user) + "\",\"aud\":\"" + SERVICE
						+ "\",\"exp\":" + (now + 600) + ",\"nbf\":" + (now - 60) + ",\"iat\":" + now + ",\"jti\":\"" + UUID.randomUUID()
						+ "\",\"access\":[" + access + "]}";
				String unsigned = base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
				Signature signature = Signature.getInstance("SHA256withRSA");
				signature.initSign(privateKey);
				signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
				String token = unsigned + "." + base64(signature.sign());
				response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
				Content.Sink.write(response, true, "{\"token\":\"" + token + "\",\"expires_in\":600}", callback);
				return true;
			}
		});
		server.start();
		return new TokenService(server, certificate);
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	String realm() {
		return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/token";
	}

	/** The registry's {@code auth:} section for this service. */
	String registryAuth() {
		return "auth:\n  token:\n    realm: " + realm() + "\n    service: " + SERVICE + "\n    issuer: " + ISSUER
				+ "\n    rootcertbundle: " + certificate + "\n";
	}

	@Override
	public void close() throws Exception {
		server.stop();
	}
}
