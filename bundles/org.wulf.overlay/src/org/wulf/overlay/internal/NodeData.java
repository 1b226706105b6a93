package org.wulf.overlay.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.EMap;
import org.wulf.core.net.Ipv4;
import org.wulf.core.resolve.EffectiveNode;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.NodeSettings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One effective node as the templates see it: Warewulf's node fields with their Go names
 * ({@code ImageName}, {@code Kernel.Args}, {@code NetDevs.eth0.IpCIDR}, ...), as nested maps with
 * keys in sorted order (Go ranges over maps in key order). The map is made once per node and shared,
 * read-only, by that node's templates and by every node's {@code AllNodes}.
 */
public final class NodeData {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Warewulf's YAML keys of disks and file systems and the Go field names templates use. */
	private static final Map<String, String> STORAGE_FIELDS = Map.ofEntries(Map.entry("wipe_table", "WipeTable"),
			Map.entry("partitions", "Partitions"), Map.entry("number", "Number"), Map.entry("size_mib", "SizeMiB"),
			Map.entry("start_mib", "StartMiB"), Map.entry("type_guid", "TypeGuid"), Map.entry("guid", "Guid"),
			Map.entry("wipe_partition_entry", "WipePartitionEntry"), Map.entry("should_exist", "ShouldExist"),
			Map.entry("resize", "Resize"), Map.entry("format", "Format"), Map.entry("path", "Path"),
			Map.entry("wipe_filesystem", "WipeFilesystem"), Map.entry("label", "Label"), Map.entry("uuid", "Uuid"),
			Map.entry("options", "Options"), Map.entry("mount_options", "MountOptions"));

	private NodeData() {
	}

	/**
	 * @param imageKernel the kernel version found in the node's image (used when the node names none), or null
	 */
	public static Map<String, Object> of(EffectiveNode node, String imageKernel) {
		NodeSettings v = node.values();
		Map<String, Object> data = new LinkedHashMap<>();
		String name = node.name();
		data.put("Id", name);
		data.put("Hostname", name);
		data.put("Comment", text(v.getComment()));
		data.put("ClusterName", text(v.getClusterName()));
		data.put("ImageName", text(v.getImage()));
		data.put("ContainerName", text(v.getImage())); // Warewulf 4.5 name, kept for old templates
		data.put("Container", text(v.getImage()));
		data.put("Ipxe", v.getIpxeTemplate() == null || v.getIpxeTemplate().isEmpty() ? "default" : v.getIpxeTemplate());
		data.put("Init", text(v.getInit()));
		data.put("Root", text(v.getRoot()));
		data.put("AssetKey", text(v.getAssetKey()));
		data.put("Discoverable", Boolean.TRUE.equals(v.getDiscoverable()));
		data.put("Profiles", List.copyOf(node.source().getProfiles()));
		data.put("SystemOverlay", List.copyOf(v.getSystemOverlays()));
		data.put("RuntimeOverlay", List.copyOf(v.getRuntimeOverlays()));
		Map<String, Object> kernel = new LinkedHashMap<>();
		kernel.put("Version", v.getKernelVersion() != null && !v.getKernelVersion().isEmpty() ? v.getKernelVersion() : text(imageKernel));
		kernel.put("Args", List.copyOf(v.getKernelArgs()));
		data.put("Kernel", Collections.unmodifiableMap(kernel));
		NetDev primary = node.primaryNetDev();
		Map<String, Object> netDevs = new TreeMap<>();
		for (NetDev netDev : v.getNetDevs()) {
			netDevs.put(netDev.getName(), netDev(netDev, netDev == primary));
		}
		data.put("NetDevs", Collections.unmodifiableMap(netDevs));
		data.put("PrimaryNetDev", primary == null ? "" : primary.getName());
		data.put("Ipmi", ipmi(v.getIpmi()));
		data.put("Tags", tags(v.getTags()));
		data.put("Resources", documents(v.getResources(), false, name, "resources"));
		data.put("Disks", documents(v.getDisks(), true, name, "disks"));
		data.put("FileSystems", documents(v.getFilesystems(), true, name, "filesystems"));
		return Collections.unmodifiableMap(data);
	}

	private static Map<String, Object> netDev(NetDev netDev, boolean primary) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("Name", netDev.getName());
		data.put("Type", text(netDev.getType()));
		data.put("OnBoot", netDev.getOnboot() == null || netDev.getOnboot()); // Warewulf: unset means on
		data.put("Device", text(netDev.getDevice()));
		data.put("Hwaddr", text(netDev.getHwaddr()));
		data.put("Ipaddr", text(netDev.getIpaddr()));
		data.put("Netmask", text(netDev.getNetmask()));
		data.put("Gateway", text(netDev.getGateway()));
		Integer prefix = prefix(netDev.getNetmask());
		data.put("Prefix", prefix == null ? "" : String.valueOf(prefix));
		data.put("IpCIDR", prefix == null || text(netDev.getIpaddr()).isEmpty() ? "" : netDev.getIpaddr() + "/" + prefix);
		data.put("Ipaddr6", text(netDev.getIpaddr6()));
		data.put("Prefixlen6", text(netDev.getPrefixlen6()));
		data.put("IpCIDR6", text(netDev.getIpaddr6()).isEmpty() || text(netDev.getPrefixlen6()).isEmpty() ? ""
				: netDev.getIpaddr6() + "/" + netDev.getPrefixlen6());
		data.put("Gateway6", text(netDev.getGateway6()));
		data.put("MTU", netDev.getMtu() == null ? "" : String.valueOf(netDev.getMtu()));
		data.put("Primary", primary);
		data.put("Tags", tags(netDev.getTags()));
		return Collections.unmodifiableMap(data);
	}

	private static Map<String, Object> ipmi(Ipmi ipmi) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("Ipaddr", ipmi == null ? "" : text(ipmi.getIpaddr()));
		data.put("Netmask", ipmi == null ? "" : text(ipmi.getNetmask()));
		data.put("Gateway", ipmi == null ? "" : text(ipmi.getGateway()));
		data.put("UserName", ipmi == null ? "" : text(ipmi.getUsername()));
		data.put("Password", ipmi == null ? "" : text(ipmi.getPassword()));
		data.put("Interface", ipmi == null ? "" : text(ipmi.getInterface()));
		data.put("Port", ipmi == null || ipmi.getPort() == null ? "" : String.valueOf(ipmi.getPort()));
		data.put("EscapeChar", ipmi == null ? "" : text(ipmi.getEscapeChar()));
		data.put("Write", ipmi != null && Boolean.TRUE.equals(ipmi.getWrite()));
		data.put("Template", ipmi == null ? "" : text(ipmi.getTemplate()));
		data.put("Tags", ipmi == null ? Map.of() : tags(ipmi.getTags()));
		return Collections.unmodifiableMap(data);
	}

	private static Map<String, Object> tags(EMap<String, String> tags) {
		Map<String, Object> data = new TreeMap<>();
		for (Map.Entry<String, String> tag : tags) {
			data.put(tag.getKey(), tag.getValue());
		}
		return Collections.unmodifiableMap(data);
	}

	/** JSON documents per key (resources, disks, file systems) as maps and lists. */
	private static Map<String, Object> documents(EMap<String, String> entries, boolean goNames, String node, String what) {
		Map<String, Object> data = new TreeMap<>();
		for (Map.Entry<String, String> entry : entries) {
			Object value;
			try {
				value = entry.getValue() == null ? null : JSON.readValue(entry.getValue(), Object.class);
			} catch (JsonProcessingException e) {
				throw new IllegalArgumentException("node " + node + ": " + what + "." + entry.getKey() + " is not valid JSON: "
						+ e.getOriginalMessage(), e);
			}
			data.put(entry.getKey(), goNames ? goNames(value) : value);
		}
		return Collections.unmodifiableMap(data);
	}

	@SuppressWarnings("unchecked")
	private static Object goNames(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> renamed = new TreeMap<>();
			for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
				renamed.put(STORAGE_FIELDS.getOrDefault(entry.getKey(), entry.getKey()), goNames(entry.getValue()));
			}
			return renamed;
		}
		if (value instanceof List<?> list) {
			List<Object> renamed = new ArrayList<>();
			list.forEach(item -> renamed.add(goNames(item)));
			return renamed;
		}
		return value;
	}

	private static Integer prefix(String netmask) {
		if (netmask == null || !Ipv4.isValidNetmask(netmask)) {
			return null;
		}
		return Ipv4.prefixLength(Ipv4.parse(netmask));
	}

	static String text(String value) {
		return value == null ? "" : value;
	}
}
