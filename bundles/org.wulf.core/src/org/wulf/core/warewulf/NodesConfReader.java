package org.wulf.core.warewulf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.wulf.core.warewulf.YamlTree.MapValue;
import org.wulf.core.warewulf.YamlTree.Value;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;

/**
 * Reads Warewulf's node registry ({@code nodes.conf}: {@code nodeprofiles:} and {@code nodes:}
 * maps) into detached profiles and nodes. Accepts the 4.6/4.7 schema and the 4.5 spellings
 * ({@code container name}, kernel args as one string, {@code ip6addr}, {@code WW_INTERNAL}).
 */
final class NodesConfReader {

	private static final WulfFactory F = WulfFactory.eINSTANCE;

	private final YamlReader yaml;

	NodesConfReader(YamlReader yaml) {
		this.yaml = yaml;
	}

	/** The registry's profiles and nodes, and top-level keys Wulf does not model (key → JSON). */
	record Registry(List<Profile> profiles, List<Node> nodes, Map<String, String> extras) {
	}

	Registry read(Value root) throws WarewulfFormatException {
		MapValue document = yaml.map(root, "");
		List<Profile> profiles = new ArrayList<>();
		List<Node> nodes = new ArrayList<>();
		Map<String, String> extras = new LinkedHashMap<>();
		for (Map.Entry<String, Value> top : document.entries().entrySet()) {
			switch (top.getKey()) {
			case "nodeprofiles" -> {
				for (Map.Entry<String, Value> entry : yaml.map(top.getValue(), "nodeprofiles").entries().entrySet()) {
					Profile profile = F.createProfile();
					profile.setName(entry.getKey());
					readSettings(profile, entry.getValue(), "nodeprofiles." + entry.getKey());
					profiles.add(profile);
				}
			}
			case "nodes" -> {
				for (Map.Entry<String, Value> entry : yaml.map(top.getValue(), "nodes").entries().entrySet()) {
					Node node = F.createNode();
					node.setName(entry.getKey());
					readSettings(node, entry.getValue(), "nodes." + entry.getKey());
					nodes.add(node);
				}
			}
			case "WW_INTERNAL" -> yaml.note(top.getValue(), "WW_INTERNAL " + yaml.text(top.getValue(), "WW_INTERNAL")
					+ " marks a Warewulf 4.5 file; its old spellings were converted (export writes the 4.7 schema)");
			default -> {
				extras.put(top.getKey(), YamlReader.json(top.getValue()));
				yaml.note(top.getValue(), top.getKey() + " is not a key Wulf models; kept as it is and written back on export");
			}
			}
		}
		return new Registry(profiles, nodes, extras);
	}

	/** Reads one node or profile (also used for {@code node import} files). */
	void readSettings(NodeSettings settings, Value value, String path) throws WarewulfFormatException {
		MapValue map = yaml.map(value, path);
		for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
			String key = entry.getKey();
			Value item = entry.getValue();
			String itemPath = path + "." + key;
			String modern = WarewulfSchema.LEGACY_SETTINGS.get(key);
			if (modern != null) {
				yaml.note(item, itemPath + ": the Warewulf 4.5 key \"" + key + "\" is read as \"" + modern + "\"");
				key = modern;
			}
			EAttribute attribute = WarewulfSchema.SETTINGS.get(key);
			if (attribute != null) {
				yaml.set(settings, attribute, item, itemPath, ",");
				continue;
			}
			switch (key) {
			case "kernel" -> readKernel(settings, item, itemPath);
			case "kernel args" -> {
				yaml.note(item, itemPath + ": the Warewulf 4.5 key \"kernel args\" is read as kernel.args");
				settings.getKernelArgs().addAll(yaml.list(item, itemPath, "\\s+"));
			}
			case "ipmi" -> settings.setIpmi(readIpmi(item, itemPath));
			case "network devices" -> readNetDevs(settings, item, itemPath);
			case "tags" -> yaml.tags(settings.getTags(), item, itemPath);
			case "disks" -> yaml.documents(settings.getDisks(), item, itemPath);
			case "filesystems" -> yaml.documents(settings.getFilesystems(), item, itemPath);
			case "resources" -> yaml.documents(settings.getResources(), item, itemPath);
			default -> yaml.keep(settings.getExtras(), YamlReader.extrasKey(key), item, itemPath);
			}
		}
	}

	private void readKernel(NodeSettings settings, Value value, String path) throws WarewulfFormatException {
		for (Map.Entry<String, Value> entry : yaml.map(value, path).entries().entrySet()) {
			String key = entry.getKey();
			String itemPath = path + "." + key;
			switch (key) {
			case "version" -> yaml.set(settings, WarewulfSchema.KERNEL.get("version"), entry.getValue(), itemPath, ",");
			// 4.5 wrote the arguments as one string; 4.6 as a list
			case "args" -> settings.getKernelArgs().addAll(yaml.list(entry.getValue(), itemPath, "\\s+"));
			case "override" -> {
				yaml.note(entry.getValue(), itemPath + ": the Warewulf 4.5 kernel override is read as kernel.version");
				yaml.set(settings, WarewulfSchema.KERNEL.get("version"), entry.getValue(), itemPath, ",");
			}
			default -> yaml.keep(settings.getExtras(), YamlReader.extrasKey("kernel", key), entry.getValue(), itemPath);
			}
		}
	}

	private Ipmi readIpmi(Value value, String path) throws WarewulfFormatException {
		Ipmi ipmi = F.createIpmi();
		for (Map.Entry<String, Value> entry : yaml.map(value, path).entries().entrySet()) {
			String itemPath = path + "." + entry.getKey();
			EAttribute attribute = WarewulfSchema.IPMI.get(entry.getKey());
			if (attribute != null) {
				yaml.set(ipmi, attribute, entry.getValue(), itemPath, ",");
			} else if (entry.getKey().equals("tags")) {
				yaml.tags(ipmi.getTags(), entry.getValue(), itemPath);
			} else {
				yaml.keep(ipmi.getExtras(), YamlReader.extrasKey(entry.getKey()), entry.getValue(), itemPath);
			}
		}
		return ipmi;
	}

	private void readNetDevs(NodeSettings settings, Value value, String path) throws WarewulfFormatException {
		for (Map.Entry<String, Value> device : yaml.map(value, path).entries().entrySet()) {
			String devicePath = path + "." + device.getKey();
			NetDev netDev = F.createNetDev();
			netDev.setName(device.getKey());
			for (Map.Entry<String, Value> entry : yaml.map(device.getValue(), devicePath).entries().entrySet()) {
				String key = entry.getKey();
				String itemPath = devicePath + "." + key;
				String modern = WarewulfSchema.LEGACY_NETDEV.get(key);
				if (modern != null) {
					yaml.note(entry.getValue(), itemPath + ": the Warewulf 4.5 key \"" + key + "\" is read as \"" + modern + "\"");
					key = modern;
				}
				EAttribute attribute = WarewulfSchema.NETDEV.get(key);
				if (attribute != null) {
					yaml.set(netDev, attribute, entry.getValue(), itemPath, ",");
				} else if (key.equals("tags")) {
					yaml.tags(netDev.getTags(), entry.getValue(), itemPath);
				} else {
					yaml.keep(netDev.getExtras(), YamlReader.extrasKey(key), entry.getValue(), itemPath);
				}
			}
			settings.getNetDevs().add(netDev);
		}
	}
}
