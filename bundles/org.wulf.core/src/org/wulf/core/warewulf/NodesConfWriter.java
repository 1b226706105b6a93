package org.wulf.core.warewulf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;
import org.wulf.model.Profile;

/**
 * Writes profiles and nodes in the Warewulf 4.7 {@code nodes.conf} schema: each object's own values
 * (not the effective ones), so profile inheritance stays as the admin set it up.
 */
final class NodesConfWriter {

	private NodesConfWriter() {
	}

	static Map<String, Object> registry(List<Profile> profiles, List<Node> nodes, Map<String, Object> extras) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("nodeprofiles", objects(profiles));
		document.put("nodes", objects(nodes));
		document.putAll(extras);
		return document;
	}

	static Map<String, Object> objects(List<? extends NodeSettings> objects) {
		Map<String, Object> result = new LinkedHashMap<>();
		for (NodeSettings object : objects) {
			result.put(object.getName(), settings(object));
		}
		return result;
	}

	static Map<String, Object> settings(NodeSettings settings) {
		Map<String, Object> map = new LinkedHashMap<>();
		YamlWriting.putAttributes(map, settings, WarewulfSchema.SETTINGS);
		Map<String, Object> kernel = new LinkedHashMap<>();
		YamlWriting.putAttributes(kernel, settings, WarewulfSchema.KERNEL);
		if (!kernel.isEmpty()) {
			map.put("kernel", kernel);
		}
		Ipmi ipmi = settings.getIpmi();
		if (ipmi != null) {
			Map<String, Object> ipmiMap = new LinkedHashMap<>();
			YamlWriting.putAttributes(ipmiMap, ipmi, WarewulfSchema.IPMI);
			if (!ipmi.getTags().isEmpty()) {
				ipmiMap.put("tags", YamlWriting.stringMap(ipmi.getTags()));
			}
			YamlWriting.putExtras(ipmiMap, ipmi.getExtras());
			map.put("ipmi", ipmiMap);
		}
		if (!settings.getNetDevs().isEmpty()) {
			Map<String, Object> devices = new LinkedHashMap<>();
			for (NetDev netDev : settings.getNetDevs()) {
				Map<String, Object> device = new LinkedHashMap<>();
				YamlWriting.putAttributes(device, netDev, WarewulfSchema.NETDEV);
				if (!netDev.getTags().isEmpty()) {
					device.put("tags", YamlWriting.stringMap(netDev.getTags()));
				}
				YamlWriting.putExtras(device, netDev.getExtras());
				devices.put(netDev.getName(), device);
			}
			map.put("network devices", devices);
		}
		if (!settings.getTags().isEmpty()) {
			map.put("tags", YamlWriting.stringMap(settings.getTags()));
		}
		if (!settings.getDisks().isEmpty()) {
			map.put("disks", YamlWriting.documentMap(settings.getDisks()));
		}
		if (!settings.getFilesystems().isEmpty()) {
			map.put("filesystems", YamlWriting.documentMap(settings.getFilesystems()));
		}
		if (!settings.getResources().isEmpty()) {
			map.put("resources", YamlWriting.documentMap(settings.getResources()));
		}
		YamlWriting.putExtras(map, settings.getExtras());
		return map;
	}
}
