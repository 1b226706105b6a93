package org.wulf.ui.internal.overlays;

import java.util.LinkedHashMap;
import java.util.Map;

import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.model.Cluster;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;

/**
 * The data a template preview renders with: a node's effective values under the names Warewulf's
 * templates use ({@code .Id}, {@code .Hostname}, {@code .NetDevs.eth0.Ipaddr}, {@code .Tags.rack},
 * {@code .Ipmi.Ipaddr}, {@code .Kernel.Args}, ...), plus the controller's address and netmask. It
 * is built on the UI thread (the model is not thread-safe) as plain maps the render job can read.
 * The overlay engine's full data set (the node list for {@code hosts}, build information) belongs
 * to the overlay bundle; the preview shows what a single node's values give.
 */
public final class PreviewData {

	private PreviewData() {
	}

	public static Map<String, Object> of(Cluster cluster, Node node) {
		EffectiveNode effective = new NodeResolver(cluster).resolve(node);
		NodeSettings values = effective.values();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("Id", node.getName());
		data.put("Hostname", node.getName());
		data.put("ClusterName", nullToEmpty(values.getClusterName()));
		data.put("Comment", nullToEmpty(values.getComment()));
		data.put("ImageName", nullToEmpty(values.getImage()));
		data.put("Ipxe", nullToEmpty(values.getIpxeTemplate()));
		data.put("Init", nullToEmpty(values.getInit()));
		data.put("Root", nullToEmpty(values.getRoot()));
		data.put("Profiles", effective.profiles());
		data.put("Kernel", Map.of("Version", nullToEmpty(values.getKernelVersion()), "Args", String.join(" ", values.getKernelArgs())));
		Map<String, Object> netDevs = new LinkedHashMap<>();
		for (NetDev netDev : values.getNetDevs()) {
			Map<String, Object> device = new LinkedHashMap<>();
			device.put("Device", nullToEmpty(netDev.getDevice() != null ? netDev.getDevice() : netDev.getName()));
			device.put("Hwaddr", nullToEmpty(netDev.getHwaddr()));
			device.put("Ipaddr", nullToEmpty(netDev.getIpaddr()));
			device.put("Netmask", nullToEmpty(netDev.getNetmask()));
			device.put("Gateway", nullToEmpty(netDev.getGateway()));
			device.put("Type", nullToEmpty(netDev.getType()));
			device.put("MTU", netDev.getMtu() == null ? "" : String.valueOf(netDev.getMtu()));
			device.put("OnBoot", netDev.getOnboot() == null || netDev.getOnboot());
			device.put("Primary", netDev == effective.primaryNetDev());
			netDevs.put(netDev.getName(), device);
		}
		data.put("NetDevs", netDevs);
		Ipmi ipmi = values.getIpmi();
		Map<String, Object> ipmiData = new LinkedHashMap<>();
		if (ipmi != null) {
			ipmiData.put("Ipaddr", nullToEmpty(ipmi.getIpaddr()));
			ipmiData.put("Netmask", nullToEmpty(ipmi.getNetmask()));
			ipmiData.put("Gateway", nullToEmpty(ipmi.getGateway()));
			ipmiData.put("UserName", nullToEmpty(ipmi.getUsername()));
			ipmiData.put("Password", nullToEmpty(ipmi.getPassword()));
			ipmiData.put("Interface", nullToEmpty(ipmi.getInterface()));
		}
		data.put("Ipmi", ipmiData);
		data.put("Tags", new LinkedHashMap<>(values.getTags().map()));
		data.put("Ipaddr", nullToEmpty(cluster.getControllerIp()).replaceFirst("/.*", ""));
		data.put("Netmask", nullToEmpty(cluster.getNetmask()));
		data.put("Network", nullToEmpty(cluster.getNetwork()));
		return data;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
