package org.wulf.core.warewulf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.wulf.model.WulfPackage;

/**
 * Which YAML key of Warewulf's {@code nodes.conf} holds which model attribute (4.6/4.7 spellings,
 * in the order Wulf writes them), and the older spellings accepted on import. Single place for
 * both directions, so import and export cannot drift apart.
 */
final class WarewulfSchema {

	private static final WulfPackage P = WulfPackage.eINSTANCE;

	/** Plain keys of a node or profile (kernel, ipmi, network devices and the maps are handled apart). */
	static final Map<String, EAttribute> SETTINGS = new LinkedHashMap<>();
	/** Keys under {@code kernel:}. */
	static final Map<String, EAttribute> KERNEL = new LinkedHashMap<>();
	static final Map<String, EAttribute> NETDEV = new LinkedHashMap<>();
	static final Map<String, EAttribute> IPMI = new LinkedHashMap<>();
	/** Warewulf 4.5 and older spellings → today's key. */
	static final Map<String, String> LEGACY_SETTINGS = Map.of("container name", "image name");
	static final Map<String, String> LEGACY_NETDEV = Map.of("ip6addr", "ipaddr6");

	static {
		SETTINGS.put("profiles", P.getNodeSettings_Profiles());
		SETTINGS.put("comment", P.getNodeSettings_Comment());
		SETTINGS.put("cluster name", P.getNodeSettings_ClusterName());
		SETTINGS.put("image name", P.getNodeSettings_Image());
		SETTINGS.put("ipxe template", P.getNodeSettings_IpxeTemplate());
		SETTINGS.put("runtime overlay", P.getNodeSettings_RuntimeOverlays());
		SETTINGS.put("system overlay", P.getNodeSettings_SystemOverlays());
		SETTINGS.put("init", P.getNodeSettings_Init());
		SETTINGS.put("root", P.getNodeSettings_Root());
		SETTINGS.put("asset key", P.getNodeSettings_AssetKey());
		SETTINGS.put("discoverable", P.getNodeSettings_Discoverable());
		SETTINGS.put("primary network", P.getNodeSettings_PrimaryNetwork());

		KERNEL.put("version", P.getNodeSettings_KernelVersion());
		KERNEL.put("args", P.getNodeSettings_KernelArgs());

		NETDEV.put("type", P.getNetDev_Type());
		NETDEV.put("onboot", P.getNetDev_Onboot());
		NETDEV.put("device", P.getNetDev_Device());
		NETDEV.put("hwaddr", P.getNetDev_Hwaddr());
		NETDEV.put("ipaddr", P.getNetDev_Ipaddr());
		NETDEV.put("netmask", P.getNetDev_Netmask());
		NETDEV.put("gateway", P.getNetDev_Gateway());
		NETDEV.put("ipaddr6", P.getNetDev_Ipaddr6());
		NETDEV.put("prefixlen6", P.getNetDev_Prefixlen6());
		NETDEV.put("gateway6", P.getNetDev_Gateway6());
		NETDEV.put("mtu", P.getNetDev_Mtu());
		NETDEV.put("primary", P.getNetDev_Primary());

		IPMI.put("username", P.getIpmi_Username());
		IPMI.put("password", P.getIpmi_Password());
		IPMI.put("ipaddr", P.getIpmi_Ipaddr());
		IPMI.put("netmask", P.getIpmi_Netmask());
		IPMI.put("gateway", P.getIpmi_Gateway());
		IPMI.put("port", P.getIpmi_Port());
		IPMI.put("interface", P.getIpmi_Interface());
		IPMI.put("escapechar", P.getIpmi_EscapeChar());
		IPMI.put("write", P.getIpmi_Write());
		IPMI.put("template", P.getIpmi_Template());
	}

	private WarewulfSchema() {
	}
}
