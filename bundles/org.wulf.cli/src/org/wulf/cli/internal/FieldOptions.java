package org.wulf.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.wulf.core.nodes.SettingsEdit;
import org.wulf.model.WulfPackage;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The flags that set node and profile attributes, named as {@code wwctl}'s are. A flag that is not
 * given changes nothing; the value UNSET (or UNDEF) removes the object's own value.
 */
public final class FieldOptions {

	private static final WulfPackage P = WulfPackage.eINSTANCE;

	@Spec(Spec.Target.MIXEE)
	CommandSpec spec;

	@Option(names = "--comment", paramLabel = "TEXT", description = "a comment (not inherited)")
	String comment;
	@Option(names = { "-c", "--cluster" }, paramLabel = "NAME", description = "cluster name")
	String clusterName;
	@Option(names = "--image", paramLabel = "NAME", description = "OS image to boot")
	String image;
	@Option(names = { "-C", "--container" }, hidden = true, paramLabel = "NAME", description = "old name of --image")
	String container;
	@Option(names = "--ipxe", paramLabel = "TEMPLATE", description = "iPXE template")
	String ipxe;
	@Option(names = { "-O", "--system-overlays", "--overlays" }, split = ",", paramLabel = "OVERLAY",
			description = "system overlays (comma list, replaces the list; ~name removes an inherited one)")
	List<String> systemOverlays;
	@Option(names = { "-R", "--runtime-overlays" }, split = ",", paramLabel = "OVERLAY",
			description = "runtime overlays (comma list, replaces the list)")
	List<String> runtimeOverlays;
	@Option(names = { "-i", "--init" }, paramLabel = "PATH", description = "init program, e.g. /sbin/init")
	String init;
	@Option(names = "--root", paramLabel = "ROOT", description = "root file system: initramfs, tmpfs, ramfs or a device")
	String root;
	@Option(names = { "-p", "--primarynet" }, paramLabel = "NETNAME", description = "name of the primary network device")
	String primaryNetwork;
	@Option(names = "--kernelversion", paramLabel = "VERSION", description = "kernel version (prefix) or path in the image")
	String kernelVersion;
	@Option(names = { "-A", "--kernelargs" }, split = ",", paramLabel = "ARG", description = "kernel arguments (comma list, replaces the list)")
	List<String> kernelArgs;
	@Option(names = { "-P", "--profile" }, split = ",", paramLabel = "PROFILE", description = "profiles, in order (comma list)")
	List<String> profiles;
	@Option(names = { "-e", "--discoverable" }, arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
			description = "may claim the MAC of an unknown booting machine")
	String discoverable;
	@Option(names = "--asset", paramLabel = "KEY", description = "asset key")
	String assetKey;

	@Option(names = "--ipmiaddr", paramLabel = "IP", description = "IPMI address (incremented per node on add)")
	String ipmiAddr;
	@Option(names = "--ipminetmask", paramLabel = "MASK")
	String ipmiNetmask;
	@Option(names = "--ipmigateway", paramLabel = "IP")
	String ipmiGateway;
	@Option(names = "--ipmiuser", paramLabel = "USER")
	String ipmiUser;
	@Option(names = "--ipmipass", paramLabel = "PASSWORD")
	String ipmiPassword;
	@Option(names = "--ipmiinterface", paramLabel = "IF", description = "lan or lanplus")
	String ipmiInterface;
	@Option(names = "--ipmiport", paramLabel = "PORT")
	String ipmiPort;
	@Option(names = "--ipmiescapechar", paramLabel = "CHAR")
	String ipmiEscapeChar;
	@Option(names = "--ipmiwrite", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL")
	String ipmiWrite;
	@Option(names = "--ipmitemplate", paramLabel = "TEMPLATE")
	String ipmiTemplate;

	@Option(names = "--netname", paramLabel = "NETNAME", defaultValue = "default",
			description = "the network device the network flags apply to (default: ${DEFAULT-VALUE})")
	String netName;
	@Option(names = { "-T", "--type" }, paramLabel = "TYPE", description = "ethernet or infiniband")
	String netType;
	@Option(names = "--onboot", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL")
	String onboot;
	@Option(names = { "-N", "--netdev" }, paramLabel = "DEVICE", description = "device name, e.g. eth0")
	String netDevice;
	@Option(names = { "-H", "--hwaddr" }, paramLabel = "MAC")
	String hwaddr;
	@Option(names = { "-I", "--ipaddr" }, paramLabel = "IP", description = "IPv4 address (incremented per node on add)")
	String ipaddr;
	@Option(names = { "-M", "--netmask" }, paramLabel = "MASK")
	String netmask;
	@Option(names = { "-G", "--gateway" }, paramLabel = "IP")
	String gateway;
	@Option(names = "--mtu", paramLabel = "MTU")
	String mtu;
	@Option(names = "--netprimary", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
			description = "mark this network device primary")
	String netPrimary;

	@Option(names = { "--tag", "--tagadd" }, split = ",", paramLabel = "KEY=VALUE", description = "add or change tags")
	List<String> tagAdd = new ArrayList<>();
	@Option(names = "--nettagadd", split = ",", paramLabel = "KEY=VALUE")
	List<String> netTagAdd = new ArrayList<>();
	@Option(names = "--ipmitagadd", split = ",", paramLabel = "KEY=VALUE")
	List<String> ipmiTagAdd = new ArrayList<>();

	/** Builds the edit; a bad value becomes a usage error that names the flag. */
	public SettingsEdit toEdit() {
		SettingsEdit edit = new SettingsEdit();
		set(edit, "--comment", P.getNodeSettings_Comment(), comment);
		set(edit, "--cluster", P.getNodeSettings_ClusterName(), clusterName);
		set(edit, "--image", P.getNodeSettings_Image(), image != null ? image : container);
		set(edit, "--ipxe", P.getNodeSettings_IpxeTemplate(), ipxe);
		set(edit, "--init", P.getNodeSettings_Init(), init);
		set(edit, "--root", P.getNodeSettings_Root(), root);
		set(edit, "--primarynet", P.getNodeSettings_PrimaryNetwork(), primaryNetwork);
		set(edit, "--kernelversion", P.getNodeSettings_KernelVersion(), kernelVersion);
		set(edit, "--discoverable", P.getNodeSettings_Discoverable(), discoverable);
		set(edit, "--asset", P.getNodeSettings_AssetKey(), assetKey);
		list(edit, P.getNodeSettings_SystemOverlays(), systemOverlays);
		list(edit, P.getNodeSettings_RuntimeOverlays(), runtimeOverlays);
		list(edit, P.getNodeSettings_KernelArgs(), kernelArgs);
		list(edit, P.getNodeSettings_Profiles(), profiles);

		ipmi(edit, "--ipmiaddr", P.getIpmi_Ipaddr(), ipmiAddr);
		ipmi(edit, "--ipminetmask", P.getIpmi_Netmask(), ipmiNetmask);
		ipmi(edit, "--ipmigateway", P.getIpmi_Gateway(), ipmiGateway);
		ipmi(edit, "--ipmiuser", P.getIpmi_Username(), ipmiUser);
		ipmi(edit, "--ipmipass", P.getIpmi_Password(), ipmiPassword);
		ipmi(edit, "--ipmiinterface", P.getIpmi_Interface(), ipmiInterface);
		ipmi(edit, "--ipmiport", P.getIpmi_Port(), ipmiPort);
		ipmi(edit, "--ipmiescapechar", P.getIpmi_EscapeChar(), ipmiEscapeChar);
		ipmi(edit, "--ipmiwrite", P.getIpmi_Write(), ipmiWrite);
		ipmi(edit, "--ipmitemplate", P.getIpmi_Template(), ipmiTemplate);

		try {
			edit.netName(netName);
		} catch (IllegalArgumentException e) {
			throw bad("--netname", e);
		}
		net(edit, "--type", P.getNetDev_Type(), netType);
		net(edit, "--onboot", P.getNetDev_Onboot(), onboot);
		net(edit, "--netdev", P.getNetDev_Device(), netDevice);
		net(edit, "--hwaddr", P.getNetDev_Hwaddr(), hwaddr);
		net(edit, "--ipaddr", P.getNetDev_Ipaddr(), ipaddr);
		net(edit, "--netmask", P.getNetDev_Netmask(), netmask);
		net(edit, "--gateway", P.getNetDev_Gateway(), gateway);
		net(edit, "--mtu", P.getNetDev_Mtu(), mtu);
		net(edit, "--netprimary", P.getNetDev_Primary(), netPrimary);

		for (String tag : tagAdd) {
			String[] kv = keyValue("--tagadd", tag);
			edit.addTag(kv[0], kv[1]);
		}
		for (String tag : netTagAdd) {
			String[] kv = keyValue("--nettagadd", tag);
			edit.addNetTag(kv[0], kv[1]);
		}
		for (String tag : ipmiTagAdd) {
			String[] kv = keyValue("--ipmitagadd", tag);
			edit.addIpmiTag(kv[0], kv[1]);
		}
		return edit;
	}

	private void set(SettingsEdit edit, String flag, EAttribute attribute, String value) {
		if (value == null) {
			return;
		}
		try {
			edit.set(attribute, value);
		} catch (IllegalArgumentException e) {
			throw bad(flag, e);
		}
	}

	private static void list(SettingsEdit edit, EAttribute attribute, List<String> items) {
		if (items != null) {
			edit.setList(attribute, items);
		}
	}

	private void ipmi(SettingsEdit edit, String flag, EAttribute attribute, String value) {
		if (value == null) {
			return;
		}
		try {
			edit.setIpmi(attribute, value);
		} catch (IllegalArgumentException e) {
			throw bad(flag, e);
		}
	}

	private void net(SettingsEdit edit, String flag, EAttribute attribute, String value) {
		if (value == null) {
			return;
		}
		try {
			edit.setNetDev(attribute, value);
		} catch (IllegalArgumentException e) {
			throw bad(flag, e);
		}
	}

	String[] keyValue(String flag, String text) {
		int equals = text.indexOf('=');
		if (equals <= 0) {
			throw new ParameterException(spec.commandLine(), flag + ": \"" + text + "\" is not KEY=VALUE");
		}
		return new String[] { text.substring(0, equals).trim(), text.substring(equals + 1) };
	}

	ParameterException bad(String flag, IllegalArgumentException e) {
		return new ParameterException(spec.commandLine(), flag + ": " + e.getMessage());
	}
}
