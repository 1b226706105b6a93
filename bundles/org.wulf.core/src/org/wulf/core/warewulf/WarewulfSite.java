package org.wulf.core.warewulf;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wulf.core.store.AtomicFileWriter;
import org.wulf.core.warewulf.YamlTree.MapValue;
import org.wulf.core.warewulf.YamlTree.Value;
import org.wulf.core.warewulf.YamlTree.YamlSyntaxException;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;
import org.wulf.model.WulfPackage;

/**
 * A Warewulf 4 site configuration ({@code nodes.conf} and {@code warewulf.conf}) read into Wulf's
 * model or written from it. Reading is all or nothing: {@link #read} builds detached objects and
 * throws on the first problem, and only {@link Imported#applyTo} changes a cluster.
 */
public final class WarewulfSite {

	public static final String NODES_CONF = "nodes.conf";
	public static final String WAREWULF_CONF = "warewulf.conf";

	/** Cluster extras under this first path segment belong to nodes.conf, the rest to warewulf.conf. */
	static final String NODES_CONF_EXTRAS = "nodes.conf";

	private static final WulfPackage P = WulfPackage.eINSTANCE;

	/** The controller settings that warewulf.conf holds (copied on import). */
	private static final List<EStructuralFeature> CONF_FEATURES = List.of(P.getCluster_Comment(),
			P.getCluster_ControllerIp(), P.getCluster_Netmask(), P.getCluster_Network(), P.getCluster_Fqdn(),
			P.getCluster_HttpPort(), P.getCluster_Secure(), P.getCluster_UpdateInterval(), P.getCluster_AutobuildOverlays(),
			P.getCluster_GrubBoot(), P.getCluster_DhcpEnabled(), P.getCluster_DhcpTemplate(), P.getCluster_DhcpRangeStart(),
			P.getCluster_DhcpRangeEnd(), P.getCluster_TftpEnabled(), P.getCluster_TftpRoot(), P.getCluster_IpxeFiles(),
			P.getCluster_NfsEnabled(), P.getCluster_NfsExports(), P.getCluster_SshKeyTypes());

	private WarewulfSite() {
	}

	/** What was read: apply it to a cluster to import it. */
	public static final class Imported {
		private final Cluster settings;
		private final List<Profile> profiles;
		private final List<Node> nodes;
		private final Map<String, String> registryExtras;
		private final ImportReport report;

		Imported(Cluster settings, List<Profile> profiles, List<Node> nodes, Map<String, String> registryExtras,
				ImportReport report) {
			this.settings = settings;
			this.profiles = profiles;
			this.nodes = nodes;
			this.registryExtras = registryExtras;
			this.report = report;
		}

		public ImportReport report() {
			return report;
		}

		/** @return true when a warewulf.conf was read */
		public boolean hasSettings() {
			return settings != null;
		}

		public List<Profile> profiles() {
			return profiles;
		}

		public List<Node> nodes() {
			return nodes;
		}

		/**
		 * Merges into the cluster: controller settings are taken from warewulf.conf, profiles and nodes
		 * replace those of the same name (in place) or are added. Other profiles and nodes stay.
		 */
		public void applyTo(Cluster cluster) {
			if (settings != null) {
				for (EStructuralFeature feature : CONF_FEATURES) {
					copy(settings, cluster, feature);
				}
				cluster.getExtras().removeIf(e -> !isRegistryExtra(e.getKey()));
				settings.getExtras().forEach(e -> cluster.getExtras().put(e.getKey(), e.getValue()));
			}
			registryExtras.forEach((key, value) -> cluster.getExtras().put(YamlReader.extrasKey(NODES_CONF_EXTRAS, key), value));
			int replaced = mergeByName(cluster.getProfiles(), EcoreUtil.copyAll(profiles)).size();
			replaced += mergeByName(cluster.getNodes(), EcoreUtil.copyAll(nodes)).size();
			report.counted(profiles.size(), nodes.size(), replaced);
		}
	}

	/** Reads {@code nodes.conf} and {@code warewulf.conf} from a Warewulf configuration directory. */
	public static Imported read(Path confDir) throws WarewulfFormatException, IOException {
		ImportReport report = new ImportReport();
		Path nodesConf = confDir.resolve(NODES_CONF);
		Path warewulfConf = confDir.resolve(WAREWULF_CONF);
		boolean haveNodes = Files.isRegularFile(nodesConf);
		boolean haveConf = Files.isRegularFile(warewulfConf);
		if (!haveNodes && !haveConf) {
			throw new NoSuchFileException(confDir.toString(), null,
					"neither " + NODES_CONF + " nor " + WAREWULF_CONF + " is there; is this a Warewulf configuration directory?");
		}
		Cluster settings = null;
		if (haveConf) {
			YamlReader reader = new YamlReader(warewulfConf, report);
			settings = new WarewulfConfReader(reader).read(parse(warewulfConf, reader));
		} else {
			report.note(WAREWULF_CONF + " is missing; the controller settings were left as they are");
		}
		NodesConfReader.Registry registry = new NodesConfReader.Registry(List.of(), List.of(), Map.of());
		if (haveNodes) {
			YamlReader reader = new YamlReader(nodesConf, report);
			registry = new NodesConfReader(reader).read(parse(nodesConf, reader));
		} else {
			report.note(NODES_CONF + " is missing; no nodes or profiles were read");
		}
		return new Imported(settings, registry.profiles(), registry.nodes(), registry.extras(), report);
	}

	/** Writes both files of the cluster into a directory (created if needed), each atomically. */
	public static void write(Cluster cluster, Path outDir) throws IOException {
		Files.createDirectories(outDir);
		Map<String, Object> conf = WarewulfConfWriter.document(cluster);
		AtomicFileWriter.write(outDir.resolve(WAREWULF_CONF), out -> YamlWriting.write(conf, out));
		Map<String, Object> registry = nodesConfDocument(cluster);
		AtomicFileWriter.write(outDir.resolve(NODES_CONF), out -> YamlWriting.write(registry, out));
	}

	/** @return the cluster's node registry as nodes.conf text */
	public static String nodesConf(Cluster cluster) throws IOException {
		return YamlWriting.toText(nodesConfDocument(cluster));
	}

	/** @return the cluster's controller settings as warewulf.conf text */
	public static String warewulfConf(Cluster cluster) throws IOException {
		return YamlWriting.toText(WarewulfConfWriter.document(cluster));
	}

	/** Reads nodes.conf text alone (no warewulf.conf), e.g. for benchmarks and tests. */
	public static Imported readNodesConf(Reader text, Path nameForMessages) throws WarewulfFormatException, IOException {
		ImportReport report = new ImportReport();
		YamlReader reader = new YamlReader(nameForMessages, report);
		NodesConfReader.Registry registry = new NodesConfReader(reader).read(parse(text, reader));
		return new Imported(null, registry.profiles(), registry.nodes(), registry.extras(), report);
	}

	/**
	 * Reads a YAML map of name → node (or profile) settings, as {@code wwctl node export} writes and
	 * {@code node import} reads.
	 */
	public static <T extends NodeSettings> List<T> readObjects(Reader text, Path nameForMessages, boolean profiles,
			ImportReport report) throws WarewulfFormatException, IOException {
		YamlReader reader = new YamlReader(nameForMessages, report);
		MapValue map = reader.map(parse(text, reader), "");
		NodesConfReader registry = new NodesConfReader(reader);
		List<T> result = new ArrayList<>();
		for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
			@SuppressWarnings("unchecked")
			T object = (T) (profiles ? WulfFactory.eINSTANCE.createProfile() : WulfFactory.eINSTANCE.createNode());
			object.setName(entry.getKey());
			registry.readSettings(object, entry.getValue(), entry.getKey());
			result.add(object);
		}
		return result;
	}

	/** @return the objects as a YAML map of name → their own settings */
	public static String writeObjects(List<? extends NodeSettings> objects) throws IOException {
		return YamlWriting.toText(NodesConfWriter.objects(objects));
	}

	private static Map<String, Object> nodesConfDocument(Cluster cluster) {
		Map<String, Object> registryExtras = new LinkedHashMap<>();
		YamlWriting.putExtras(registryExtras, extras(cluster, true));
		Object kept = registryExtras.get(NODES_CONF_EXTRAS);
		@SuppressWarnings("unchecked")
		Map<String, Object> topLevel = kept instanceof Map ? (Map<String, Object>) kept : Map.of();
		return NodesConfWriter.registry(cluster.getProfiles(), cluster.getNodes(), topLevel);
	}

	static List<Map.Entry<String, String>> extras(Cluster cluster, boolean registry) {
		List<Map.Entry<String, String>> result = new ArrayList<>();
		for (Map.Entry<String, String> extra : cluster.getExtras()) {
			if (isRegistryExtra(extra.getKey()) == registry) {
				result.add(extra);
			}
		}
		return result;
	}

	private static boolean isRegistryExtra(String key) {
		return key.startsWith(NODES_CONF_EXTRAS + "/");
	}

	private static Value parse(Path file, YamlReader reader) throws WarewulfFormatException, IOException {
		try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(text, reader);
		}
	}

	private static Value parse(Reader text, YamlReader reader) throws WarewulfFormatException, IOException {
		try {
			return YamlTree.parse(text);
		} catch (YamlSyntaxException e) {
			throw new WarewulfFormatException(reader.file(), e.place().line(), e.place().column(), null,
					"not valid YAML: " + e.getMessage());
		}
	}

	private static void copy(Cluster from, Cluster to, EStructuralFeature feature) {
		if (feature.isMany()) {
			@SuppressWarnings("unchecked")
			List<Object> target = (List<Object>) to.eGet(feature);
			target.clear();
			@SuppressWarnings("unchecked")
			List<Object> source = (List<Object>) from.eGet(feature);
			if (feature instanceof org.eclipse.emf.ecore.EReference) {
				target.addAll(EcoreUtil.copyAll(source));
			} else {
				target.addAll(source);
			}
		} else {
			to.eSet(feature, from.eGet(feature));
		}
	}

	/**
	 * Puts objects into a list by name: one with the name of an object already there replaces it in
	 * place, the others are added at the end.
	 *
	 * @return the names that replaced an object
	 */
	public static <T extends NodeSettings> List<String> mergeByName(List<T> existing, java.util.Collection<T> incoming) {
		Map<String, Integer> positions = new java.util.HashMap<>();
		for (int i = 0; i < existing.size(); i++) {
			positions.putIfAbsent(existing.get(i).getName(), i);
		}
		List<String> replaced = new ArrayList<>();
		List<T> added = new ArrayList<>();
		for (T object : incoming) {
			Integer at = positions.get(object.getName());
			if (at != null) {
				existing.set(at, object);
				replaced.add(object.getName());
			} else {
				added.add(object);
			}
		}
		existing.addAll(added);
		return replaced;
	}
}
