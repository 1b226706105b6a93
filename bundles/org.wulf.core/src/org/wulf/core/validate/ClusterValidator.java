package org.wulf.core.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.wulf.core.net.Ipv4;
import org.wulf.core.net.MacAddress;
import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.core.validate.Problem.Severity;
import org.wulf.model.Cluster;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.NodeSettings;
import org.wulf.model.Profile;
import org.wulf.model.WulfPackage;

/**
 * Checks a whole cluster and lists its problems. The CLI and the workbench both use it (the
 * workbench through {@link WulfEValidator}), so they agree on what is wrong.
 *
 * <p>Errors (saving is refused): duplicate node or profile names, malformed MAC/IP/netmask values,
 * a MAC or IP used by two nodes, a primary address outside the cluster network, a reference to a
 * profile that does not exist, two network devices marked primary. Warnings: references to images
 * and overlays the model does not hold (they may still be on disk or imported later).</p>
 */
public final class ClusterValidator {

	private static final WulfPackage PACKAGE = WulfPackage.eINSTANCE;

	private final Cluster cluster;
	private final List<Problem> problems = new ArrayList<>();

	private ClusterValidator(Cluster cluster) {
		this.cluster = cluster;
	}

	public static List<Problem> validate(Cluster cluster) {
		ClusterValidator validator = new ClusterValidator(cluster);
		validator.run();
		return List.copyOf(validator.problems);
	}

	public static boolean hasErrors(List<Problem> problems) {
		return problems.stream().anyMatch(Problem::isError);
	}

	private void run() {
		checkController();
		checkUniqueNames(cluster.getProfiles(), "profile");
		checkUniqueNames(cluster.getNodes(), "node");
		NodeResolver resolver = new NodeResolver(cluster);
		Set<String> profileNames = new HashSet<>();
		cluster.getProfiles().forEach(p -> profileNames.add(p.getName()));
		Set<String> imageNames = new HashSet<>();
		cluster.getImages().forEach(i -> imageNames.add(i.getName()));
		Set<String> overlayNames = new HashSet<>();
		cluster.getOverlays().forEach(o -> overlayNames.add(o.getName()));

		for (Profile profile : cluster.getProfiles()) {
			checkOwnValues(profile);
			checkProfileReferences(profile, profileNames);
		}
		Map<String, Owner> macs = new LinkedHashMap<>();
		Map<String, Owner> ips = new HashMap<>();
		Ipv4 controller = parseOrNull(cluster.getControllerIp());
		Ipv4 network = parseOrNull(cluster.getNetwork());
		Ipv4 netmask = Ipv4.isValidNetmask(String.valueOf(cluster.getNetmask())) ? Ipv4.parse(cluster.getNetmask()) : null;
		if (network == null && controller != null && netmask != null) {
			network = controller.networkOf(netmask);
		}
		for (Node node : cluster.getNodes()) {
			checkOwnValues(node);
			checkProfileReferences(node, profileNames);
			EffectiveNode effective = resolver.resolve(node);
			NodeSettings values = effective.values();
			checkReference(node, "ImageName", PACKAGE.getNodeSettings_Image(), values.getImage(), imageNames, "image");
			for (String overlay : values.getSystemOverlays()) {
				checkReference(node, "SystemOverlay", PACKAGE.getNodeSettings_SystemOverlays(), overlay, overlayNames, "overlay");
			}
			for (String overlay : values.getRuntimeOverlays()) {
				checkReference(node, "RuntimeOverlay", PACKAGE.getNodeSettings_RuntimeOverlays(), overlay, overlayNames, "overlay");
			}
			int primaries = 0;
			for (NetDev netDev : node.getNetDevs()) {
				if (Boolean.TRUE.equals(netDev.getPrimary())) {
					primaries++;
				}
			}
			if (primaries > 1) {
				error(node, node.getName(), "NetDevs", PACKAGE.getNodeSettings_NetDevs(),
						primaries + " network devices are marked primary; mark only one");
			}
			for (NetDev netDev : values.getNetDevs()) {
				String prefix = "NetDevs[" + netDev.getName() + "].";
				EObject owner = ownerNetDev(node, netDev.getName());
				if (MacAddress.isValid(netDev.getHwaddr())) {
					claim(macs, MacAddress.normalize(netDev.getHwaddr()), new Owner(node, prefix + "Hwaddr", owner),
							"MAC address");
				}
				Ipv4 ip = parseOrNull(netDev.getIpaddr());
				if (ip != null) {
					claim(ips, ip.toString(), new Owner(node, prefix + "Ipaddr", owner), "IP address");
					if (ip.equals(controller)) {
						error(owner, node.getName(), prefix + "Ipaddr", PACKAGE.getNetDev_Ipaddr(),
								ip + " is the controller's own address");
					}
					if (netDev == effective.primaryNetDev() && network != null && netmask != null
							&& !ip.inNetwork(network, netmask)) {
						error(owner, node.getName(), prefix + "Ipaddr", PACKAGE.getNetDev_Ipaddr(), ip
								+ " is outside the cluster network " + network + "/" + Ipv4.prefixLength(netmask));
					}
				}
			}
			Ipmi ipmi = values.getIpmi();
			Ipv4 ipmiIp = ipmi == null ? null : parseOrNull(ipmi.getIpaddr());
			if (ipmiIp != null) {
				claim(ips, ipmiIp.toString(), new Owner(node, "Ipmi.Ipaddr", node.getIpmi() != null ? node.getIpmi() : node),
						"IP address");
			}
		}
	}

	private void checkController() {
		checkIp(cluster, "cluster", "ControllerIp", PACKAGE.getCluster_ControllerIp(), cluster.getControllerIp());
		checkIp(cluster, "cluster", "Network", PACKAGE.getCluster_Network(), cluster.getNetwork());
		checkNetmask(cluster, "cluster", "Netmask", PACKAGE.getCluster_Netmask(), cluster.getNetmask());
		checkIp(cluster, "cluster", "DhcpRangeStart", PACKAGE.getCluster_DhcpRangeStart(), cluster.getDhcpRangeStart());
		checkIp(cluster, "cluster", "DhcpRangeEnd", PACKAGE.getCluster_DhcpRangeEnd(), cluster.getDhcpRangeEnd());
		Ipv4 start = parseOrNull(cluster.getDhcpRangeStart());
		Ipv4 end = parseOrNull(cluster.getDhcpRangeEnd());
		if (start != null && end != null && start.compareTo(end) > 0) {
			error(cluster, "cluster", "DhcpRangeStart", PACKAGE.getCluster_DhcpRangeStart(),
					"the DHCP range starts (" + start + ") after it ends (" + end + ")");
		}
		if (cluster.getHttpPort() < 1 || cluster.getHttpPort() > 65535) {
			error(cluster, "cluster", "HttpPort", PACKAGE.getCluster_HttpPort(),
					cluster.getHttpPort() + " is not a TCP port (1-65535)");
		}
	}

	private void checkUniqueNames(List<? extends NodeSettings> objects, String kind) {
		Set<String> seen = new HashSet<>();
		for (NodeSettings object : objects) {
			String name = object.getName();
			if (name == null || name.isBlank()) {
				error(object, "(unnamed " + kind + ")", "Id", PACKAGE.getNodeSettings_Name(), "a " + kind + " needs a name");
			} else if (!seen.add(name)) {
				error(object, name, "Id", PACKAGE.getNodeSettings_Name(), "two " + kind + "s are named " + name);
			} else if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
				error(object, name, "Id", PACKAGE.getNodeSettings_Name(), "\"" + name + "\" is not a valid " + kind
						+ " name (letters, digits, '.', '_' and '-', starting with a letter or digit)");
			}
		}
	}

	/** Checks the values written on this node or profile itself (not inherited ones). */
	private void checkOwnValues(NodeSettings settings) {
		String subject = settings.getName();
		for (NetDev netDev : settings.getNetDevs()) {
			String prefix = "NetDevs[" + netDev.getName() + "].";
			if (netDev.getName() == null || netDev.getName().isBlank()) {
				error(netDev, subject, "NetDevs", PACKAGE.getNetDev_Name(), "a network device needs a name");
			}
			if (netDev.getHwaddr() != null && !netDev.getHwaddr().isEmpty() && !isUnsetWord(netDev.getHwaddr())
					&& !MacAddress.isValid(netDev.getHwaddr())) {
				error(netDev, subject, prefix + "Hwaddr", PACKAGE.getNetDev_Hwaddr(),
						"\"" + netDev.getHwaddr() + "\" is not a MAC address (aa:bb:cc:dd:ee:ff)");
			}
			checkIp(netDev, subject, prefix + "Ipaddr", PACKAGE.getNetDev_Ipaddr(), netDev.getIpaddr());
			checkNetmask(netDev, subject, prefix + "Netmask", PACKAGE.getNetDev_Netmask(), netDev.getNetmask());
			checkIp(netDev, subject, prefix + "Gateway", PACKAGE.getNetDev_Gateway(), netDev.getGateway());
			if (netDev.getMtu() != null && (netDev.getMtu() < 68 || netDev.getMtu() > 65535)) {
				error(netDev, subject, prefix + "Mtu", PACKAGE.getNetDev_Mtu(), netDev.getMtu() + " is not a valid MTU (68-65535)");
			}
			if (netDev.getType() != null && !netDev.getType().isEmpty() && !isUnsetWord(netDev.getType())
					&& !Set.of("ethernet", "infiniband", "bond", "vlan").contains(netDev.getType())) {
				warning(netDev, subject, prefix + "Type", PACKAGE.getNetDev_Type(),
						"unknown network type \"" + netDev.getType() + "\" (expected ethernet or infiniband)");
			}
		}
		Ipmi ipmi = settings.getIpmi();
		if (ipmi != null) {
			checkIp(ipmi, subject, "Ipmi.Ipaddr", PACKAGE.getIpmi_Ipaddr(), ipmi.getIpaddr());
			checkNetmask(ipmi, subject, "Ipmi.Netmask", PACKAGE.getIpmi_Netmask(), ipmi.getNetmask());
			checkIp(ipmi, subject, "Ipmi.Gateway", PACKAGE.getIpmi_Gateway(), ipmi.getGateway());
			if (ipmi.getPort() != null && (ipmi.getPort() < 1 || ipmi.getPort() > 65535)) {
				error(ipmi, subject, "Ipmi.Port", PACKAGE.getIpmi_Port(), ipmi.getPort() + " is not a UDP port (1-65535)");
			}
		}
	}

	private void checkProfileReferences(NodeSettings settings, Set<String> profileNames) {
		for (String reference : settings.getProfiles()) {
			String name = reference.startsWith("~") ? reference.substring(1) : reference;
			if (!profileNames.contains(name)) {
				error(settings, settings.getName(), "Profiles", PACKAGE.getNodeSettings_Profiles(),
						"profile \"" + name + "\" does not exist");
			}
		}
	}

	private void checkReference(Node node, String field, EStructuralFeature feature, String name, Set<String> known,
			String kind) {
		if (name == null || name.isEmpty() || name.startsWith("~") || known.contains(name)) {
			return;
		}
		warning(node, node.getName(), field, feature, kind + " \"" + name + "\" is not in the model");
	}

	private void checkIp(EObject object, String subject, String field, EStructuralFeature feature, String value) {
		if (value == null || value.isEmpty() || isUnsetWord(value)) {
			return;
		}
		try {
			Ipv4.parse(value);
		} catch (IllegalArgumentException e) {
			error(object, subject, field, feature, e.getMessage());
		}
	}

	private void checkNetmask(EObject object, String subject, String field, EStructuralFeature feature, String value) {
		if (value == null || value.isEmpty() || isUnsetWord(value)) {
			return;
		}
		if (!Ipv4.isValidNetmask(value)) {
			error(object, subject, field, feature, "\"" + value + "\" is not a netmask (e.g. 255.255.255.0)");
		}
	}

	private void claim(Map<String, Owner> claimed, String value, Owner owner, String what) {
		Owner first = claimed.putIfAbsent(value, owner);
		if (first != null && first.node() != owner.node()) {
			EStructuralFeature feature = what.startsWith("MAC") ? PACKAGE.getNetDev_Hwaddr() : PACKAGE.getNetDev_Ipaddr();
			error(owner.object(), owner.node().getName(), owner.field(), feature, "duplicate " + what + " " + value
					+ ": also used by " + first.node().getName() + " (" + first.field() + ")");
		}
	}

	private static EObject ownerNetDev(Node node, String name) {
		for (NetDev netDev : node.getNetDevs()) {
			if (name.equals(netDev.getName())) {
				return netDev;
			}
		}
		return node;
	}

	private static Ipv4 parseOrNull(String value) {
		return value != null && Ipv4.isValid(value) ? Ipv4.parse(value) : null;
	}

	private static boolean isUnsetWord(String value) {
		return org.wulf.core.resolve.UnsetWords.isUnset(value);
	}

	private void error(EObject object, String subject, String field, EStructuralFeature feature, String message) {
		problems.add(new Problem(Severity.ERROR, subject, field, message, object, feature));
	}

	private void warning(EObject object, String subject, String field, EStructuralFeature feature, String message) {
		problems.add(new Problem(Severity.WARNING, subject, field, message, object, feature));
	}

	private record Owner(Node node, String field, EObject object) {
	}
}
