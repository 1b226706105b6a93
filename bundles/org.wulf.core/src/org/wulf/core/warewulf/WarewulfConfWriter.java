package org.wulf.core.warewulf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wulf.model.Cluster;
import org.wulf.model.NfsExport;

/** Writes the controller settings of a cluster as Warewulf's {@code warewulf.conf}. */
final class WarewulfConfWriter {

	private WarewulfConfWriter() {
	}

	static Map<String, Object> document(Cluster cluster) {
		Map<String, Object> document = new LinkedHashMap<>();
		putIfSet(document, "comment", cluster.getComment());
		putIfSet(document, "ipaddr", cluster.getControllerIp());
		putIfSet(document, "netmask", cluster.getNetmask());
		putIfSet(document, "network", cluster.getNetwork());
		putIfSet(document, "fqdn", cluster.getFqdn());

		Map<String, Object> warewulf = new LinkedHashMap<>();
		warewulf.put("port", cluster.getHttpPort());
		warewulf.put("secure", cluster.isSecure());
		warewulf.put("update interval", cluster.getUpdateInterval());
		warewulf.put("autobuild overlays", cluster.isAutobuildOverlays());
		warewulf.put("grubboot", cluster.isGrubBoot());
		document.put("warewulf", warewulf);

		Map<String, Object> dhcp = new LinkedHashMap<>();
		dhcp.put("enabled", cluster.isDhcpEnabled());
		putIfSet(dhcp, "template", cluster.getDhcpTemplate());
		putIfSet(dhcp, "range start", cluster.getDhcpRangeStart());
		putIfSet(dhcp, "range end", cluster.getDhcpRangeEnd());
		document.put("dhcp", dhcp);

		Map<String, Object> tftp = new LinkedHashMap<>();
		tftp.put("enabled", cluster.isTftpEnabled());
		putIfSet(tftp, "tftproot", cluster.getTftpRoot());
		if (!cluster.getIpxeFiles().isEmpty()) {
			tftp.put("ipxe", YamlWriting.stringMap(cluster.getIpxeFiles()));
		}
		document.put("tftp", tftp);

		Map<String, Object> nfs = new LinkedHashMap<>();
		nfs.put("enabled", cluster.isNfsEnabled());
		List<Object> exports = new ArrayList<>();
		for (NfsExport export : cluster.getNfsExports()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			putIfSet(entry, "path", export.getPath());
			putIfSet(entry, "export options", export.getOptions());
			YamlWriting.putExtras(entry, export.getExtras());
			exports.add(entry);
		}
		nfs.put("export paths", exports);
		document.put("nfs", nfs);

		if (!cluster.getSshKeyTypes().isEmpty()) {
			Map<String, Object> ssh = new LinkedHashMap<>();
			ssh.put("key types", new ArrayList<>(cluster.getSshKeyTypes()));
			document.put("ssh", ssh);
		}
		YamlWriting.putExtras(document, WarewulfSite.extras(cluster, false));
		return document;
	}

	private static void putIfSet(Map<String, Object> map, String key, String value) {
		if (value != null && !value.isEmpty()) {
			map.put(key, value);
		}
	}
}
