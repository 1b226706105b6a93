package org.wulf.core.configure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.wulf.core.net.Ipv4;
import org.wulf.model.Cluster;

/**
 * The controller's {@code /etc/hosts}: the controller, then every node's addressed interfaces
 * (the node's name for its primary device, {@code node-device} for the others,
 * {@code node-ipmi} for IPMI). When the controller's FQDN has a domain, each name also appears
 * qualified with it, first, as the canonical name.
 *
 * <p>The generated part starts at Wulf's header line and runs to the end of the file. What an
 * existing file holds above that line is kept as it is, so the host's own entries (localhost...)
 * survive; an existing file without the header is kept whole, and the generated part is appended.
 * A new file starts with the loopback entries.</p>
 */
public final class HostsFile {

	private static final String LOOPBACK = line("127.0.0.1", "localhost") + line("::1", "localhost ip6-localhost ip6-loopback");

	private HostsFile() {
	}

	/**
	 * @param existing the current content of the file, or null when there is none
	 */
	public static RenderedFile render(Cluster cluster, String existing) throws ConfigureException {
		Ipv4 controller = ClusterNetwork.controllerAddress(cluster);
		String fqdn = ClusterNetwork.isBlank(cluster.getFqdn()) ? null : cluster.getFqdn().trim();
		String domain = fqdn != null && fqdn.indexOf('.') > 0 ? fqdn.substring(fqdn.indexOf('.') + 1) : null;

		Set<String> controllerNames = new LinkedHashSet<>();
		if (fqdn != null) {
			controllerNames.add(fqdn);
			controllerNames.add(domain == null ? fqdn : fqdn.substring(0, fqdn.indexOf('.')));
		}
		if (!ClusterNetwork.isBlank(cluster.getName())) {
			controllerNames.add(cluster.getName().trim());
		}
		if (controllerNames.isEmpty()) {
			throw new ConfigureException("the controller has no name for the hosts file; set one with wulf cluster set --name NAME");
		}
		StringBuilder generated = new StringBuilder();
		generated.append(line(controller.toString(), String.join(" ", controllerNames)));
		Set<String> names = new LinkedHashSet<>(controllerNames);
		Set<String> nodes = new LinkedHashSet<>();
		int addresses = 1;
		for (NodeInterface nic : NodeInterfaces.of(cluster)) {
			if (!nic.hasIp()) {
				continue;
			}
			String name = nic.hostname();
			String aliases = domain == null ? name : name + "." + domain + " " + name;
			Ipv4 address = nic.ipv4();
			generated.append(line(address.toString(), aliases));
			names.addAll(List.of(aliases.split(" ")));
			nodes.add(nic.node());
			addresses++;
		}

		List<String> notes = new ArrayList<>();
		String kept = existing == null ? LOOPBACK : keptPart(existing);
		noteDuplicates(kept, names, notes);
		StringBuilder content = new StringBuilder(kept);
		if (!kept.isEmpty()) {
			content.append('\n');
		}
		content.append(GeneratedHeader.line(cluster, "wulf configure hostfile",
				"lines above this one are kept, the rest is rewritten from the model"));
		content.append(generated);
		String summary = addresses + (addresses == 1 ? " address" : " addresses") + ": the controller and " + nodes.size()
				+ (nodes.size() == 1 ? " node" : " nodes");
		return new RenderedFile(ServiceFile.HOSTS, content.toString(), summary, notes);
	}

	/** @return the existing lines above Wulf's header, without trailing blank lines, ending in a newline */
	private static String keptPart(String existing) {
		int header = GeneratedHeader.indexIn(existing);
		String kept = header < 0 ? existing : existing.substring(0, header);
		kept = kept.stripTrailing();
		return kept.isEmpty() ? "" : kept + "\n";
	}

	/** Kept lines that name a host Wulf also writes give that name two addresses: say which. */
	private static void noteDuplicates(String kept, Set<String> generated, List<String> notes) {
		String[] lines = kept.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int hash = line.indexOf('#');
			String[] fields = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
			for (int f = 1; f < fields.length; f++) {
				if (generated.contains(fields[f])) {
					notes.add("etc/hosts line " + (i + 1) + " (kept, above Wulf's part) also names " + fields[f]
							+ "; remove that line so the name has one address");
				}
			}
		}
	}

	private static String line(String address, String names) {
		return String.format("%-15s %s", address, names) + "\n";
	}
}
