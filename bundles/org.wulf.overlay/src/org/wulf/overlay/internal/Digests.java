package org.wulf.overlay.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, as hex. */
public final class Digests {

	/**
	 * One digest per thread: {@code MessageDigest.getInstance} looks the provider up every time, which
	 * under OSGi cost more than hashing a node's inputs (a build hashes per node and context).
	 */
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Digests::newSha256);

	private Digests() {
	}

	public static String sha256(String text) {
		MessageDigest digest = sha256();
		return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** This thread's SHA-256 digest, reset (use it before calling back into this class). */
	public static MessageDigest sha256() {
		MessageDigest digest = SHA256.get();
		digest.reset();
		return digest;
	}

	private static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
		}
	}
}
