package org.wulf.core.warewulf;

import java.util.Map;

import org.wulf.core.net.Ipv4;
import org.wulf.core.warewulf.YamlTree.ListValue;
import org.wulf.core.warewulf.YamlTree.MapValue;
import org.wulf.core.warewulf.YamlTree.Scalar;
import org.wulf.core.warewulf.YamlTree.Value;
import org.wulf.model.Cluster;
import org.wulf.model.NfsExport;
import org.wulf.model.WulfFactory;
import org.wulf.model.WulfPackage;

/**
 * Reads Warewulf's server configuration ({@code warewulf.conf}) into the controller settings of a
 * detached cluster. Keys Wulf does not model are kept in the cluster's extras under their path.
 */
final class WarewulfConfReader {

	private static final WulfPackage P = WulfPackage.eINSTANCE;

	private final YamlReader yaml;

	WarewulfConfReader(YamlReader yaml) {
		this.yaml = yaml;
	}

	/** @return a cluster holding only the settings read (apply it with {@link WarewulfSite}) */
	Cluster read(Value root) throws WarewulfFormatException {
		Cluster cluster = WulfFactory.eINSTANCE.createCluster();
		MapValue document = yaml.map(root, "");
		String cidr = null;
		for (Map.Entry<String, Value> entry : document.entries().entrySet()) {
			String key = entry.getKey();
			Value value = entry.getValue();
			switch (key) {
			case "comment" -> yaml.set(cluster, P.getCluster_Comment(), value, key, ",");
			case "ipaddr" -> {
				String text = yaml.text(value, key);
				if (text != null && text.contains("/")) {
					cidr = text;
					text = text.substring(0, text.indexOf('/'));
				}
				cluster.setControllerIp(text);
			}
			case "netmask" -> yaml.set(cluster, P.getCluster_Netmask(), value, key, ",");
			case "network" -> yaml.set(cluster, P.getCluster_Network(), value, key, ",");
			case "fqdn" -> yaml.set(cluster, P.getCluster_Fqdn(), value, key, ",");
			case "warewulf" -> readWarewulf(cluster, value);
			case "dhcp" -> readDhcp(cluster, value);
			case "tftp" -> readTftp(cluster, value);
			case "nfs" -> readNfs(cluster, value);
			case "ssh" -> readSsh(cluster, value);
			default -> yaml.keep(cluster.getExtras(), YamlReader.extrasKey(key), value, key);
			}
		}
		if (cidr != null) {
			applyCidr(cluster, cidr, document.entries().get("ipaddr"));
		}
		return cluster;
	}

	/** Warewulf: an ipaddr in CIDR form sets netmask and network when those are not given. */
	private void applyCidr(Cluster cluster, String cidr, Value value) throws WarewulfFormatException {
		try {
			int prefix = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
			Ipv4 mask = Ipv4.netmaskOfPrefix(prefix);
			if (cluster.getNetmask() == null) {
				cluster.setNetmask(mask.toString());
			}
			if (cluster.getNetwork() == null) {
				cluster.setNetwork(Ipv4.parse(cluster.getControllerIp()).networkOf(mask).toString());
			}
		} catch (IllegalArgumentException e) {
			throw new WarewulfFormatException(yaml.file(), value.place().line(), value.place().column(), "ipaddr",
					"\"" + cidr + "\" is not an address with a prefix length (a.b.c.d/nn): " + e.getMessage());
		}
	}

	private void readWarewulf(Cluster cluster, Value value) throws WarewulfFormatException {
		for (Map.Entry<String, Value> entry : yaml.map(value, "warewulf").entries().entrySet()) {
			String path = "warewulf." + entry.getKey();
			switch (entry.getKey()) {
			case "port" -> cluster.setHttpPort(integer(entry.getValue(), path, cluster.getHttpPort()));
			case "secure" -> cluster.setSecure(bool(entry.getValue(), path, cluster.isSecure()));
			case "update interval" -> cluster.setUpdateInterval(integer(entry.getValue(), path, cluster.getUpdateInterval()));
			case "autobuild overlays" -> cluster.setAutobuildOverlays(bool(entry.getValue(), path, cluster.isAutobuildOverlays()));
			case "grubboot" -> cluster.setGrubBoot(bool(entry.getValue(), path, cluster.isGrubBoot()));
			default -> yaml.keep(cluster.getExtras(), YamlReader.extrasKey("warewulf", entry.getKey()), entry.getValue(), path);
			}
		}
	}

	private void readDhcp(Cluster cluster, Value value) throws WarewulfFormatException {
		for (Map.Entry<String, Value> entry : yaml.map(value, "dhcp").entries().entrySet()) {
			String path = "dhcp." + entry.getKey();
			switch (entry.getKey()) {
			case "enabled" -> cluster.setDhcpEnabled(bool(entry.getValue(), path, cluster.isDhcpEnabled()));
			case "template" -> cluster.setDhcpTemplate(yaml.text(entry.getValue(), path));
			case "range start" -> cluster.setDhcpRangeStart(yaml.text(entry.getValue(), path));
			case "range end" -> cluster.setDhcpRangeEnd(yaml.text(entry.getValue(), path));
			default -> yaml.keep(cluster.getExtras(), YamlReader.extrasKey("dhcp", entry.getKey()), entry.getValue(), path);
			}
		}
	}

	private void readTftp(Cluster cluster, Value value) throws WarewulfFormatException {
		for (Map.Entry<String, Value> entry : yaml.map(value, "tftp").entries().entrySet()) {
			String path = "tftp." + entry.getKey();
			switch (entry.getKey()) {
			case "enabled" -> cluster.setTftpEnabled(bool(entry.getValue(), path, cluster.isTftpEnabled()));
			case "tftproot" -> cluster.setTftpRoot(yaml.text(entry.getValue(), path));
			case "ipxe" -> yaml.tags(cluster.getIpxeFiles(), entry.getValue(), path);
			default -> yaml.keep(cluster.getExtras(), YamlReader.extrasKey("tftp", entry.getKey()), entry.getValue(), path);
			}
		}
	}

	private void readNfs(Cluster cluster, Value value) throws WarewulfFormatException {
		for (Map.Entry<String, Value> entry : yaml.map(value, "nfs").entries().entrySet()) {
			String path = "nfs." + entry.getKey();
			switch (entry.getKey()) {
			case "enabled" -> cluster.setNfsEnabled(bool(entry.getValue(), path, cluster.isNfsEnabled()));
			case "export paths" -> readExports(cluster, entry.getValue(), path);
			case "exports" -> {
				// Warewulf 4.0 wrote a plain list of paths
				yaml.note(entry.getValue(), path + ": the Warewulf 4.0 list of exports is read as nfs.export paths");
				for (String exported : yaml.list(entry.getValue(), path, ",")) {
					NfsExport export = WulfFactory.eINSTANCE.createNfsExport();
					export.setPath(exported);
					cluster.getNfsExports().add(export);
				}
			}
			default -> yaml.keep(cluster.getExtras(), YamlReader.extrasKey("nfs", entry.getKey()), entry.getValue(), path);
			}
		}
	}

	private void readExports(Cluster cluster, Value value, String path) throws WarewulfFormatException {
		if (value instanceof Scalar scalar && scalar.isNull()) {
			return;
		}
		if (!(value instanceof ListValue list)) {
			throw yaml.typeError(value, path, "a list");
		}
		for (int i = 0; i < list.items().size(); i++) {
			String itemPath = path + "[" + i + "]";
			NfsExport export = WulfFactory.eINSTANCE.createNfsExport();
			for (Map.Entry<String, Value> entry : yaml.map(list.items().get(i), itemPath).entries().entrySet()) {
				switch (entry.getKey()) {
				case "path" -> export.setPath(yaml.text(entry.getValue(), itemPath + ".path"));
				case "export options" -> export.setOptions(yaml.text(entry.getValue(), itemPath + ".export options"));
				default -> yaml.keep(export.getExtras(), YamlReader.extrasKey(entry.getKey()), entry.getValue(),
						itemPath + "." + entry.getKey());
				}
			}
			cluster.getNfsExports().add(export);
		}
	}

	private void readSsh(Cluster cluster, Value value) throws WarewulfFormatException {
		for (Map.Entry<String, Value> entry : yaml.map(value, "ssh").entries().entrySet()) {
			String path = "ssh." + entry.getKey();
			if (entry.getKey().equals("key types")) {
				cluster.getSshKeyTypes().addAll(yaml.list(entry.getValue(), path, ","));
			} else {
				yaml.keep(cluster.getExtras(), YamlReader.extrasKey("ssh", entry.getKey()), entry.getValue(), path);
			}
		}
	}

	private int integer(Value value, String path, int fallback) throws WarewulfFormatException {
		String text = yaml.text(value, path);
		if (text == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(text.trim());
		} catch (NumberFormatException e) {
			throw new WarewulfFormatException(yaml.file(), value.place().line(), value.place().column(), path,
					"expected a whole number, found \"" + text + "\"");
		}
	}

	private boolean bool(Value value, String path, boolean fallback) throws WarewulfFormatException {
		String text = yaml.text(value, path);
		if (text == null) {
			return fallback;
		}
		return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
		case "true", "yes", "on" -> true;
		case "false", "no", "off" -> false;
		default -> throw new WarewulfFormatException(yaml.file(), value.place().line(), value.place().column(), path,
				"expected true or false, found \"" + text + "\"");
		};
	}
}
