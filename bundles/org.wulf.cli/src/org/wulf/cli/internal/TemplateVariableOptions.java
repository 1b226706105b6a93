package org.wulf.cli.internal;

import java.util.Map;

/**
 * For {@code wulf overlay info}: the {@code wulf node set} option that sets a template variable,
 * so a template's documentation tells the administrator how to give it a value.
 */
final class TemplateVariableOptions {

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("Comment", "--comment"),
			Map.entry("ClusterName", "--cluster"), Map.entry("ImageName", "--image"), Map.entry("Ipxe", "--ipxe"),
			Map.entry("Init", "--init"), Map.entry("Root", "--root"), Map.entry("Kernel.Version", "--kernelversion"),
			Map.entry("Kernel.Args", "--kernelargs"), Map.entry("PrimaryNetDev", "--primarynet"),
			Map.entry("Ipmi.Ipaddr", "--ipmiaddr"), Map.entry("Ipmi.Netmask", "--ipminetmask"),
			Map.entry("Ipmi.Gateway", "--ipmigateway"), Map.entry("Ipmi.UserName", "--ipmiuser"),
			Map.entry("Ipmi.Password", "--ipmipass"), Map.entry("Ipmi.Interface", "--ipmiinterface"),
			Map.entry("Ipmi.Port", "--ipmiport"), Map.entry("Ipmi.EscapeChar", "--ipmiescapechar"),
			Map.entry("Ipmi.Write", "--ipmiwrite"), Map.entry("Ipmi.Template", "--ipmitemplate"));

	private static final Map<String, String> NETDEV_FIELDS = Map.ofEntries(Map.entry("Type", "--type"),
			Map.entry("OnBoot", "--onboot"), Map.entry("Device", "--netdev"), Map.entry("Hwaddr", "--hwaddr"),
			Map.entry("Ipaddr", "--ipaddr"), Map.entry("Netmask", "--netmask"), Map.entry("Gateway", "--gateway"),
			Map.entry("Ipaddr6", "--ipaddr6"), Map.entry("MTU", "--mtu"), Map.entry("Primary", "--primarynet"));

	private TemplateVariableOptions() {
	}

	/** @return the option (and form) that sets {@code .Path.Of.Variable}, or "" when no option does */
	static String option(String variable) {
		String path = variable.startsWith(".") ? variable.substring(1) : variable;
		String[] parts = path.split("\\.");
		if (parts.length >= 2 && parts[0].equals("Tags")) {
			return "--tagadd " + parts[1] + "=VALUE";
		}
		if (parts.length >= 2 && parts[0].equals("Ipmi") && parts[1].equals("Tags")) {
			return parts.length >= 3 ? "--ipmitagadd " + parts[2] + "=VALUE" : "--ipmitagadd";
		}
		if (parts.length >= 3 && parts[0].equals("NetDevs")) {
			if (parts[2].equals("Tags")) {
				return "--netname " + parts[1] + " --nettagadd " + (parts.length >= 4 ? parts[3] : "KEY") + "=VALUE";
			}
			String option = NETDEV_FIELDS.get(parts[2]);
			return option == null ? "" : "--netname " + parts[1] + " " + option;
		}
		if (parts.length >= 2 && parts[0].equals("Resources")) {
			return "(resources: wulf node edit)";
		}
		String option = FIELDS.get(path);
		return option == null ? "" : option;
	}
}
