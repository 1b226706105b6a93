package org.wulf.image.oci;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A registry user name and password, from the command line or the environment. */
public record Credentials(String username, String password) {

	/** {@code WULF_OCI_USERNAME}/{@code _PASSWORD}, else Warewulf's {@code WAREWULF_OCI_*}; null when unset. */
	public static Credentials fromEnvironment(Map<String, String> environment) {
		for (String prefix : new String[] { "WULF_OCI_", "WAREWULF_OCI_" }) {
			String user = environment.get(prefix + "USERNAME");
			if (user != null && !user.isEmpty()) {
				String password = environment.get(prefix + "PASSWORD");
				return new Credentials(user, password == null ? "" : password);
			}
		}
		return null;
	}

	public String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "Credentials[" + username + ", ***]";
	}
}
