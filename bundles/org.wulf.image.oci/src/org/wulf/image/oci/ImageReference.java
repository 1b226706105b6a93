package org.wulf.image.oci;

import java.util.regex.Pattern;

/**
 * A registry image reference, {@code host[:port]/repository[:tag|@digest]} as Docker spells it:
 * a first path element without '.' or ':' (and not {@code localhost}) names a Docker Hub
 * repository, and a one-element Docker Hub name gets the {@code library/} prefix.
 */
public record ImageReference(String registry, String repository, String tag, String digest) {

	private static final Pattern REPOSITORY = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");
	private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
	private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
	public static final String DOCKER_HUB = "docker.io";

	/** Parses a reference (without the {@code docker://} prefix). */
	public static ImageReference parse(String text) throws OciException {
		String rest = text.startsWith("//") ? text.substring(2) : text;
		String digest = null;
		int at = rest.indexOf('@');
		if (at >= 0) {
			digest = rest.substring(at + 1);
			rest = rest.substring(0, at);
			if (!DIGEST.matcher(digest).matches()) {
				throw new OciException("'" + text + "': '" + digest + "' is not a sha256 digest (sha256: and 64 hex digits)");
			}
		}
		String registry = DOCKER_HUB;
		int slash = rest.indexOf('/');
		if (slash > 0) {
			String first = rest.substring(0, slash);
			if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
				registry = first;
				rest = rest.substring(slash + 1);
			}
		}
		String tag = null;
		int colon = rest.lastIndexOf(':');
		if (colon > rest.lastIndexOf('/')) {
			tag = rest.substring(colon + 1);
			rest = rest.substring(0, colon);
			if (!TAG.matcher(tag).matches()) {
				throw new OciException("'" + text + "': '" + tag + "' is not a valid tag");
			}
		}
		if (!REPOSITORY.matcher(rest).matches()) {
			throw new OciException("'" + text + "': '" + rest + "' is not a repository name (lower-case letters, digits,"
					+ " '.', '_', '-', separated by '/')");
		}
		if (registry.equals(DOCKER_HUB) && !rest.contains("/")) {
			rest = "library/" + rest;
		}
		if (tag == null && digest == null) {
			tag = "latest";
		}
		return new ImageReference(registry, rest, tag, digest);
	}

	/** What to ask the registry's manifest endpoint for: the digest if given, else the tag. */
	public String reference() {
		return digest != null ? digest : tag;
	}

	/** The host (and port) to connect to; Docker Hub's API lives on registry-1.docker.io. */
	public String endpoint() {
		return registry.equals(DOCKER_HUB) ? "registry-1.docker.io" : registry;
	}

	/** The last element of the repository, the default image name. */
	public String shortName() {
		return repository.substring(repository.lastIndexOf('/') + 1);
	}

	/** Whether the registry is on this machine (plain HTTP is then allowed without --nohttps). */
	public boolean isLoopback() {
		String host = hostName();
		return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
	}

	/** The registry's host name without the port. */
	public String hostName() {
		String host = endpoint();
		if (host.startsWith("[")) {
			return host.substring(0, host.indexOf(']') + 1);
		}
		int colon = host.indexOf(':');
		return colon < 0 ? host : host.substring(0, colon);
	}

	@Override
	public String toString() {
		return registry + "/" + repository + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
	}
}
