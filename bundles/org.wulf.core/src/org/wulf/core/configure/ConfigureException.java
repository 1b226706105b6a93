package org.wulf.core.configure;

/**
 * The model cannot be rendered into a service's configuration: a setting is missing or malformed.
 * The message is one line that names the setting (or the node and network device) and the
 * {@code wulf} command that fixes it, e.g. {@code the cluster has no controller address; set it
 * with wulf cluster set --ipaddr IP/PREFIX (e.g. 10.0.0.1/16)}.
 */
public class ConfigureException extends Exception {

	private static final long serialVersionUID = 1L;

	public ConfigureException(String message) {
		super(message);
	}
}
