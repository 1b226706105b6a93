package org.wulf.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.wulf.core.nodes.SettingsEdit;
import org.wulf.model.WulfPackage;

import picocli.CommandLine.Option;

/**
 * The flags of {@code node unset} and {@code profile unset}: one per field, named as the set flags,
 * each removing the object's own value so it inherits again.
 */
public final class UnsetOptions {

	private static final WulfPackage P = WulfPackage.eINSTANCE;

	@Option(names = "--comment") boolean comment;
	@Option(names = { "-c", "--cluster" }) boolean clusterName;
	@Option(names = "--image") boolean image;
	@Option(names = "--ipxe") boolean ipxe;
	@Option(names = { "-O", "--system-overlays", "--overlays" }) boolean systemOverlays;
	@Option(names = { "-R", "--runtime-overlays" }) boolean runtimeOverlays;
	@Option(names = { "-i", "--init" }) boolean init;
	@Option(names = "--root") boolean root;
	@Option(names = { "-p", "--primarynet" }) boolean primaryNetwork;
	@Option(names = "--kernelversion") boolean kernelVersion;
	@Option(names = { "-A", "--kernelargs" }) boolean kernelArgs;
	@Option(names = { "-P", "--profile" }) boolean profiles;
	@Option(names = { "-e", "--discoverable" }) boolean discoverable;
	@Option(names = "--asset") boolean assetKey;

	@Option(names = "--ipmiaddr") boolean ipmiAddr;
	@Option(names = "--ipminetmask") boolean ipmiNetmask;
	@Option(names = "--ipmigateway") boolean ipmiGateway;
	@Option(names = "--ipmiuser") boolean ipmiUser;
	@Option(names = "--ipmipass") boolean ipmiPassword;
	@Option(names = "--ipmiinterface") boolean ipmiInterface;
	@Option(names = "--ipmiport") boolean ipmiPort;
	@Option(names = "--ipmiescapechar") boolean ipmiEscapeChar;
	@Option(names = "--ipmiwrite") boolean ipmiWrite;
	@Option(names = "--ipmitemplate") boolean ipmiTemplate;

	@Option(names = "--netname", paramLabel = "NETNAME", defaultValue = "default",
			description = "the network device the network flags apply to (default: ${DEFAULT-VALUE})")
	String netName;
	@Option(names = { "-T", "--type" }) boolean netType;
	@Option(names = "--onboot") boolean onboot;
	@Option(names = { "-N", "--netdev" }) boolean netDevice;
	@Option(names = { "-H", "--hwaddr" }) boolean hwaddr;
	@Option(names = { "-I", "--ipaddr" }) boolean ipaddr;
	@Option(names = { "-M", "--netmask" }) boolean netmask;
	@Option(names = { "-G", "--gateway" }) boolean gateway;
	@Option(names = "--mtu") boolean mtu;
	@Option(names = "--netprimary") boolean netPrimary;

	@Option(names = "--tag", split = ",", paramLabel = "KEY", description = "remove these tags")
	List<String> tags = new ArrayList<>();
	@Option(names = "--nettag", split = ",", paramLabel = "KEY", description = "remove these tags of the --netname device")
	List<String> netTags = new ArrayList<>();
	@Option(names = "--ipmitag", split = ",", paramLabel = "KEY", description = "remove these IPMI tags")
	List<String> ipmiTags = new ArrayList<>();

	SettingsEdit toEdit() {
		SettingsEdit edit = new SettingsEdit();
		unset(edit, comment, P.getNodeSettings_Comment());
		unset(edit, clusterName, P.getNodeSettings_ClusterName());
		unset(edit, image, P.getNodeSettings_Image());
		unset(edit, ipxe, P.getNodeSettings_IpxeTemplate());
		unset(edit, init, P.getNodeSettings_Init());
		unset(edit, root, P.getNodeSettings_Root());
		unset(edit, primaryNetwork, P.getNodeSettings_PrimaryNetwork());
		unset(edit, kernelVersion, P.getNodeSettings_KernelVersion());
		unset(edit, discoverable, P.getNodeSettings_Discoverable());
		unset(edit, assetKey, P.getNodeSettings_AssetKey());
		clear(edit, systemOverlays, P.getNodeSettings_SystemOverlays());
		clear(edit, runtimeOverlays, P.getNodeSettings_RuntimeOverlays());
		clear(edit, kernelArgs, P.getNodeSettings_KernelArgs());
		clear(edit, profiles, P.getNodeSettings_Profiles());

		ipmi(edit, ipmiAddr, P.getIpmi_Ipaddr());
		ipmi(edit, ipmiNetmask, P.getIpmi_Netmask());
		ipmi(edit, ipmiGateway, P.getIpmi_Gateway());
		ipmi(edit, ipmiUser, P.getIpmi_Username());
		ipmi(edit, ipmiPassword, P.getIpmi_Password());
		ipmi(edit, ipmiInterface, P.getIpmi_Interface());
		ipmi(edit, ipmiPort, P.getIpmi_Port());
		ipmi(edit, ipmiEscapeChar, P.getIpmi_EscapeChar());
		ipmi(edit, ipmiWrite, P.getIpmi_Write());
		ipmi(edit, ipmiTemplate, P.getIpmi_Template());

		edit.netName(netName);
		net(edit, netType, P.getNetDev_Type());
		net(edit, onboot, P.getNetDev_Onboot());
		net(edit, netDevice, P.getNetDev_Device());
		net(edit, hwaddr, P.getNetDev_Hwaddr());
		net(edit, ipaddr, P.getNetDev_Ipaddr());
		net(edit, netmask, P.getNetDev_Netmask());
		net(edit, gateway, P.getNetDev_Gateway());
		net(edit, mtu, P.getNetDev_Mtu());
		net(edit, netPrimary, P.getNetDev_Primary());

		tags.forEach(edit::deleteTag);
		netTags.forEach(edit::deleteNetTag);
		ipmiTags.forEach(edit::deleteIpmiTag);
		return edit;
	}

	private static void unset(SettingsEdit edit, boolean flag, EAttribute attribute) {
		if (flag) {
			edit.set(attribute, "UNSET");
		}
	}

	private static void clear(SettingsEdit edit, boolean flag, EAttribute attribute) {
		if (flag) {
			edit.setList(attribute, List.of("UNSET"));
		}
	}

	private static void ipmi(SettingsEdit edit, boolean flag, EAttribute attribute) {
		if (flag) {
			edit.setIpmi(attribute, "UNSET");
		}
	}

	private static void net(SettingsEdit edit, boolean flag, EAttribute attribute) {
		if (flag) {
			edit.setNetDev(attribute, "UNSET");
		}
	}
}
