package org.wulf.overlay;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.wulf.core.net.Ipv4;
import org.wulf.core.range.NaturalOrder;
import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.model.Cluster;
import org.wulf.model.Image;
import org.wulf.model.NfsExport;
import org.wulf.model.Node;
import org.wulf.overlay.internal.NodeData;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The data a template is rendered with, shaped like Warewulf's {@code TemplateStruct}: the node's
 * effective fields inlined ({@code .Hostname}, {@code .NetDevs}, {@code .Kernel.Args}, ...), the
 * server's address ({@code .Ipaddr}, {@code .NetworkCIDR}, ...), the configuration sections
 * ({@code .Warewulf.Port}, {@code .Nfs.ExportsExtended}, {@code .Dhcp.RangeStart}, ...),
 * {@code .AllNodes}, {@code .ThisNode} and the build fields.
 *
 * <p>Every node is resolved and converted once, when this object is made; {@link #forNode} then
 * only puts a few keys on top of shared, read-only maps, and {@code AllNodes} is one list shared by
 * all nodes, so data for 10,000 nodes costs linear time and memory. Instances are safe to use from
 * several threads.</p>
 */
public final class TemplateData {

	private static final ObjectMapper JSON = new ObjectMapper();
	/** Go's reference layout "01-02-2006 15:04:05 MST". */
	private static final DateTimeFormatter BUILD_TIME = DateTimeFormatter.ofPattern("MM-dd-yyyy HH:mm:ss z", Locale.ROOT);

	/**
	 * Where things are on the server, for the {@code .Paths} section and {@code .BuildHost}.
	 *
	 * @param buildHost the server's host name
	 */
	public record Settings(String buildHost, Path overlaySite, Path provisionDir, Path imageStore, Path configDir) {
	}

	private final Map<String, Object> shared;
	private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
	private final Map<String, EffectiveNode> effective = new HashMap<>();
	private final Map<String, String> nodeDigests = new HashMap<>();
	private final String sharedDigest;
	private final Map<String, Object> hostData;
	private final String allNodesDigest;

	private TemplateData(Cluster cluster, Settings settings) {
		Map<String, String> kernels = new HashMap<>();
		for (Image image : cluster.getImages()) {
			kernels.put(image.getName(), image.getKernelVersion());
		}
		List<Node> sorted = new ArrayList<>(cluster.getNodes());
		sorted.sort((a, b) -> NaturalOrder.INSTANCE.compare(String.valueOf(a.getName()), String.valueOf(b.getName())));
		NodeResolver resolver = new NodeResolver(cluster);
		List<Node> unique = new ArrayList<>(sorted.size());
		Set<String> seen = new java.util.HashSet<>();
		for (Node node : sorted) {
			if (node.getName() != null && seen.add(node.getName())) {
				unique.add(node);
			}
		}
		int count = unique.size();
		List<String> names = new ArrayList<>(count);
		unique.forEach(node -> names.add(node.getName()));
		EffectiveNode[] resolvedNodes = new EffectiveNode[count];
		@SuppressWarnings("unchecked")
		Map<String, Object>[] converted = new Map[count];
		String[] digests = new String[count];
		Throwable[] failures = new Throwable[count];
		// Resolving reads the EMF model (lazily created lists and maps): this thread only. Converting a resolved,
		// detached node into maps and digesting them touches no shared model object: batches of resolved nodes
		// are converted on the common pool while this thread resolves the next ones; it converts the last batch itself.
		Conversion conversion = new Conversion(count, i -> {
			EffectiveNode resolved = resolvedNodes[i];
			try {
				converted[i] = NodeData.of(resolved, kernels.get(resolved.values().getImage()));
				digests[i] = digest(converted[i]);
			} catch (RuntimeException | Error e) {
				failures[i] = e; // rethrown below as it is, the first in node order
			}
		});
		int resolvedUpTo = 0;
		try {
			for (; resolvedUpTo < count; resolvedUpTo++) {
				EffectiveNode resolved = resolver.resolve(unique.get(resolvedUpTo));
				resolved.source().getProfiles(); // created now, on this thread, if lazily made
				resolvedNodes[resolvedUpTo] = resolved;
				conversion.resolved(resolvedUpTo + 1); // may hand a batch of resolved nodes to the common pool
			}
			conversion.run(); // the rest, on this thread
		} catch (RuntimeException e) {
			conversion.finish();
			// as when one thread did it all: a bad node before this one is reported first
			for (int i = 0; i < resolvedUpTo; i++) {
				if (converted[i] == null && failures[i] == null) {
					conversion.convert(i);
				}
				if (failures[i] != null) {
					rethrow(failures[i]);
				}
			}
			throw e;
		} finally {
			conversion.finish(); // waits for the handed-over batches (also when resolving failed)
		}
		for (Throwable failure : failures) {
			if (failure instanceof RuntimeException e) {
				throw e;
			} else if (failure instanceof Error e) {
				throw e;
			}
		}
		List<Object> all = new ArrayList<>(count);
		MessageDigest allDigest = sha256();
		for (int i = 0; i < count; i++) {
			String name = names.get(i);
			nodes.put(name, converted[i]);
			effective.put(name, resolvedNodes[i]);
			all.add(converted[i]);
			nodeDigests.put(name, digests[i]);
			allDigest.update(digests[i].getBytes(StandardCharsets.US_ASCII));
		}
		allNodesDigest = HexFormat.of().formatHex(allDigest.digest());
		Map<String, Object> common = new LinkedHashMap<>();
		common.put("BuildHost", settings.buildHost());
		server(cluster, common);
		common.put("Port", String.valueOf(cluster.getHttpPort()));
		common.put("Warewulf", warewulf(cluster));
		common.put("Dhcp", dhcp(cluster));
		common.put("Nfs", nfs(cluster));
		common.put("Ssh", Map.of("KeyTypes", List.copyOf(cluster.getSshKeyTypes())));
		common.put("Tftp", tftp(cluster));
		common.put("Paths", paths(settings));
		sharedDigest = digest(common);
		Node host = org.wulf.model.WulfFactory.eINSTANCE.createNode();
		host.setName(settings.buildHost());
		hostData = NodeData.of(resolver.resolve(host), null);
		common.put("AllNodes", Collections.unmodifiableList(all));
		shared = Collections.unmodifiableMap(common);
	}

	private static void rethrow(Throwable failure) {
		if (failure instanceof RuntimeException e) {
			throw e;
		}
		throw (Error) failure;
	}

	/**
	 * Converts resolved nodes in batches on the common pool while the constructor's thread resolves the
	 * next ones (no polling: a batch is handed over when it is resolved); the last batch is converted
	 * by the constructor's thread itself.
	 */
	private static final class Conversion {
		private static final int BATCH = 256;
		private final int count;
		private final java.util.function.IntConsumer convert;
		private final List<java.util.concurrent.Future<?>> batches = new ArrayList<>();
		private final boolean parallel;
		private int handedOver;

		Conversion(int count, java.util.function.IntConsumer convert) {
			this.count = count;
			this.convert = convert;
			this.parallel = count >= 2 * BATCH && Runtime.getRuntime().availableProcessors() > 1;
		}

		void convert(int i) {
			convert.accept(i);
		}

		/** Nodes {@code 0..upTo-1} are resolved (and published by the hand-over). */
		void resolved(int upTo) {
			if (parallel && upTo - handedOver >= BATCH && upTo < count) {
				int from = handedOver;
				batches.add(java.util.concurrent.ForkJoinPool.commonPool().submit(() -> {
					for (int i = from; i < upTo; i++) {
						convert.accept(i);
					}
				}));
				handedOver = upTo;
			}
		}

		/** Converts what was not handed over, on this thread. */
		void run() {
			for (int i = handedOver; i < count; i++) {
				convert.accept(i);
			}
			handedOver = count;
		}

		/** Waits for every handed-over batch (also when resolving failed). */
		void finish() {
			boolean interrupted = false;
			for (java.util.concurrent.Future<?> batch : batches) {
				while (true) {
					try {
						batch.get();
						break;
					} catch (InterruptedException e) {
						interrupted = true; // the results are needed whole: keep waiting
					} catch (java.util.concurrent.ExecutionException e) {
						break; // cannot happen: a batch keeps its failures per node
					}
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Resolves and converts every node of the cluster (read the cluster on one thread while this runs). */
	public static TemplateData of(Cluster cluster, Settings settings) {
		return new TemplateData(cluster, settings);
	}

	/**
	 * @return the top-level keys whose values are the same for every node of one build run (the
	 *         server, configuration sections, AllNodes, and the build fields)
	 */
	public Set<String> nodeIndependentKeys() {
		Set<String> keys = new java.util.HashSet<>(shared.keySet());
		keys.addAll(List.of("BuildTime", "BuildTimeUnix", "BuildSource", "Overlay"));
		return Collections.unmodifiableSet(keys);
	}

	/** @return the node names, in natural order */
	public Set<String> nodeNames() {
		return Collections.unmodifiableSet(nodes.keySet());
	}

	public boolean hasNode(String name) {
		return nodes.containsKey(name);
	}

	/** @return the effective node of this name */
	public EffectiveNode effective(String name) {
		return effective.get(name);
	}

	/**
	 * The data of one node's templates; the caller sets {@code Overlay} and {@code BuildSource} per
	 * template on the returned (private, mutable) map.
	 */
	public Map<String, Object> forNode(String name, Instant buildTime) {
		return fillForNode(new HashMap<>(capacityForNode(name)), name, buildTime);
	}

	/** @return a HashMap capacity that holds {@link #forNode}'s keys without growing */
	int capacityForNode(String name) {
		Map<String, Object> node = nodes.get(name);
		return (int) ((shared.size() + (node == null ? 0 : node.size()) + 8) / 0.75f) + 1;
	}

	/** {@link #forNode} into a map of the caller's (the builder's recording map: no second copy per node). */
	<M extends Map<String, Object>> M fillForNode(M data, String name, Instant buildTime) {
		Map<String, Object> node = nodes.get(name);
		if (node == null) {
			throw new IllegalArgumentException("there is no node " + name);
		}
		data.putAll(shared);
		data.putAll(node);
		data.put("ThisNode", node);
		BuildStamp stamp = buildStamp(buildTime);
		data.put("BuildTime", stamp.time());
		data.put("BuildTimeUnix", stamp.unix());
		data.put("BuildSource", "");
		data.put("Overlay", "");
		return data;
	}

	/** The build time as templates see it; one run formats it once, not once per node. */
	private record BuildStamp(Instant instant, String time, String unix) {
	}

	private volatile BuildStamp lastStamp;

	private BuildStamp buildStamp(Instant buildTime) {
		BuildStamp stamp = lastStamp;
		if (stamp == null || !stamp.instant().equals(buildTime)) {
			stamp = new BuildStamp(buildTime, BUILD_TIME.format(buildTime.atZone(ZoneId.systemDefault())),
					String.valueOf(buildTime.getEpochSecond()));
			lastStamp = stamp;
		}
		return stamp;
	}

	/** The data for rendering on the server itself ({@code show --render host}): a node named after the server, with no settings. */
	public Map<String, Object> forHost(Instant buildTime) {
		Map<String, Object> data = new HashMap<>(shared);
		data.putAll(hostData);
		data.put("ThisNode", hostData);
		data.put("BuildTime", BUILD_TIME.format(buildTime.atZone(ZoneId.systemDefault())));
		data.put("BuildTimeUnix", String.valueOf(buildTime.getEpochSecond()));
		data.put("BuildSource", "");
		data.put("Overlay", "");
		return data;
	}

	/** @return this server's host name (for {@code .BuildHost}) */
	public static String localHostName() {
		String name = System.getenv("HOSTNAME");
		if (name == null || name.isBlank()) {
			try {
				name = Files.readString(Path.of("/etc/hostname")).trim();
			} catch (java.io.IOException e) {
				name = "";
			}
		}
		return name.isBlank() ? "localhost" : name;
	}

	/**
	 * A digest of everything a node's templates can read except the build time: the node's own data,
	 * the server and configuration sections, and (when asked) every node of {@code AllNodes}.
	 */
	public String digest(String name, boolean withAllNodes) {
		return nodeDigests.get(name) + ":" + sharedDigest + (withAllNodes ? ":" + allNodesDigest : "");
	}

	private static void server(Cluster cluster, Map<String, Object> data) {
		String ip = cluster.getControllerIp() == null ? "" : cluster.getControllerIp();
		String netmask = cluster.getNetmask() == null ? "" : cluster.getNetmask();
		String network = cluster.getNetwork() == null ? "" : cluster.getNetwork();
		String prefix = "";
		if (Ipv4.isValidNetmask(netmask)) {
			prefix = String.valueOf(Ipv4.prefixLength(Ipv4.parse(netmask)));
			if (network.isEmpty() && !ip.isEmpty()) {
				try {
					network = Ipv4.parse(ip).networkOf(Ipv4.parse(netmask)).toString();
				} catch (IllegalArgumentException e) {
					// a bad address: the validator reports it
				}
			}
		}
		data.put("Ipaddr", ip);
		data.put("Netmask", netmask);
		data.put("Network", network);
		data.put("IpCIDR", ip.isEmpty() || prefix.isEmpty() ? "" : ip + "/" + prefix);
		data.put("NetworkCIDR", network.isEmpty() || prefix.isEmpty() ? "" : network + "/" + prefix);
		String ip6 = extraText(cluster, "ipaddr6");
		String prefix6 = extraText(cluster, "prefixlen6");
		if (ip6.contains("/")) {
			prefix6 = prefix6.isEmpty() ? ip6.substring(ip6.indexOf('/') + 1) : prefix6;
			ip6 = ip6.substring(0, ip6.indexOf('/'));
		}
		data.put("Ipaddr6", ip6);
		data.put("PrefixLen6", prefix6);
		data.put("IpCIDR6", ip6.isEmpty() || prefix6.isEmpty() ? "" : ip6 + "/" + prefix6);
		data.put("Network6", "");
		data.put("NetworkCIDR6", "");
		data.put("Ipv6", !ip6.isEmpty() && !prefix6.isEmpty());
		data.put("Fqdn", cluster.getFqdn() == null ? "" : cluster.getFqdn());
	}

	private static Map<String, Object> warewulf(Cluster cluster) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("Port", cluster.getHttpPort());
		data.put("Secure", cluster.isSecure());
		data.put("UpdateInterval", cluster.getUpdateInterval());
		data.put("AutobuildOverlays", cluster.isAutobuildOverlays());
		data.put("GrubBoot", cluster.isGrubBoot());
		data.put("EnableHostOverlay", true);
		data.put("Syslog", false);
		data.put("TLS", false);
		extras(cluster, "warewulf", data);
		return Collections.unmodifiableMap(data);
	}

	private static Map<String, Object> dhcp(Cluster cluster) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("Enabled", cluster.isDhcpEnabled());
		data.put("Template", cluster.getDhcpTemplate() == null ? "default" : cluster.getDhcpTemplate());
		data.put("RangeStart", cluster.getDhcpRangeStart() == null ? "" : cluster.getDhcpRangeStart());
		data.put("RangeEnd", cluster.getDhcpRangeEnd() == null ? "" : cluster.getDhcpRangeEnd());
		data.put("SystemdName", "dhcpd");
		extras(cluster, "dhcp", data);
		return Collections.unmodifiableMap(data);
	}

	private static Map<String, Object> nfs(Cluster cluster) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("Enabled", cluster.isNfsEnabled());
		List<Object> exports = new ArrayList<>();
		for (NfsExport export : cluster.getNfsExports()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("Path", export.getPath() == null ? "" : export.getPath());
			entry.put("ExportOptions", export.getOptions() == null ? "" : export.getOptions());
			entry.put("MountOptions", "defaults");
			entry.put("Mount", false);
			for (Map.Entry<String, String> extra : export.getExtras()) {
				entry.put(goName(extra.getKey()), json(extra.getValue()));
			}
			exports.add(Collections.unmodifiableMap(entry));
		}
		data.put("ExportsExtended", Collections.unmodifiableList(exports));
		data.put("SystemdName", "nfs-server");
		extras(cluster, "nfs", data);
		return Collections.unmodifiableMap(data);
	}

	private static Map<String, Object> tftp(Cluster cluster) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("Enabled", cluster.isTftpEnabled());
		data.put("TftpRoot", cluster.getTftpRoot() == null ? "" : cluster.getTftpRoot());
		Map<String, Object> ipxe = new java.util.TreeMap<>();
		cluster.getIpxeFiles().forEach(e -> ipxe.put(e.getKey(), e.getValue()));
		data.put("IpxeBinaries", Collections.unmodifiableMap(ipxe));
		data.put("SystemdName", "tftp");
		extras(cluster, "tftp", data);
		return Collections.unmodifiableMap(data);
	}

	private static Map<String, Object> paths(Settings settings) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("Sysconfdir", text(settings.configDir()));
		data.put("WWOverlaydir", text(settings.overlaySite()));
		data.put("WWProvisiondir", text(settings.provisionDir()));
		data.put("WWChrootdir", text(settings.imageStore()));
		data.put("WWClientdir", "/warewulf");
		data.put("Bindir", "/usr/bin");
		data.put("Datadir", "/usr/share");
		data.put("Localstatedir", "/var/lib");
		data.put("Srvdir", "/srv");
		data.put("Systemddir", "/usr/lib/systemd/system");
		return Collections.unmodifiableMap(data);
	}

	/** Unmodelled warewulf.conf keys of a section ({@code warewulf/systemd name}) under their Go names. */
	private static void extras(Cluster cluster, String section, Map<String, Object> data) {
		for (Map.Entry<String, String> extra : cluster.getExtras()) {
			if (extra.getKey().startsWith(section + "/") && extra.getKey().indexOf('/', section.length() + 1) < 0) {
				data.putIfAbsent(goName(extra.getKey().substring(section.length() + 1)), json(extra.getValue()));
			}
		}
	}

	private static String extraText(Cluster cluster, String key) {
		for (Map.Entry<String, String> extra : cluster.getExtras()) {
			if (extra.getKey().equals(key)) {
				Object value = json(extra.getValue());
				return value == null ? "" : String.valueOf(value);
			}
		}
		return "";
	}

	/** {@code systemd name} becomes {@code SystemdName}, as the Go field is named. */
	static String goName(String key) {
		StringBuilder name = new StringBuilder();
		for (String word : key.split("[ _\\-]+")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return name.toString();
	}

	private static Object json(String value) {
		if (value == null) {
			return null;
		}
		try {
			return JSON.readValue(value, Object.class);
		} catch (JsonProcessingException e) {
			return value;
		}
	}

	private static String text(Path path) {
		return path == null ? "" : path.toString();
	}

	/** A stable digest of nested maps, lists and scalars (map entries in key order). */
	private static String digest(Object value) {
		MessageDigest digest = org.wulf.overlay.internal.Digests.sha256(); // per thread; not the one of the constructor
		StringBuilder text = new StringBuilder(1024);
		append(text, value);
		digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest.digest(), 0, 16);
	}

	private static void append(StringBuilder text, Object value) {
		if (value instanceof Map<?, ?> map) {
			text.append('{');
			if (map instanceof java.util.SortedMap<?, ?> || map instanceof LinkedHashMap<?, ?>) {
				// a fixed order already (the data's maps are built in a fixed order); at worst a changed order
				// changes the digest, which rebuilds, never the reverse
				map.forEach((key, item) -> appendEntry(text, String.valueOf(key), item));
			} else {
				List<String> keys = new ArrayList<>();
				map.keySet().forEach(k -> keys.add(String.valueOf(k)));
				Collections.sort(keys);
				for (String key : keys) {
					appendEntry(text, key, map.get(key));
				}
			}
			text.append('}');
		} else if (value instanceof List<?> list) {
			text.append('[');
			for (Object item : list) {
				append(text, item);
				text.append(',');
			}
			text.append(']');
		} else {
			String scalar = String.valueOf(value);
			text.append(value == null ? "n" : value.getClass().getSimpleName().charAt(0)).append(scalar.length()).append(':')
					.append(scalar);
		}
	}

	private static void appendEntry(StringBuilder text, String key, Object value) {
		text.append(key.length()).append(':').append(key).append('=');
		append(text, value);
		text.append(';');
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
		}
	}
}
