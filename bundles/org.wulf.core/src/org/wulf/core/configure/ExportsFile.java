package org.wulf.core.configure;

import java.util.List;
import java.util.regex.Pattern;

import org.wulf.model.Cluster;
import org.wulf.model.NfsExport;

/**
 * {@code /etc/exports}: each NFS export of the cluster, to the provisioning network, with its
 * options ({@value #DEFAULT_OPTIONS} when it has none). Blanks in a path are written as
 * {@code \040}, the octal escape exportfs reads.
 */
public final class ExportsFile {

	public static final String DEFAULT_OPTIONS = "rw,sync,no_subtree_check";

	private static final Pattern BAD_OPTIONS = Pattern.compile("[\\s()\"#]");

	private ExportsFile() {
	}

	public static RenderedFile render(Cluster cluster) throws ConfigureException {
		ClusterNetwork network = ClusterNetwork.of(cluster);
		StringBuilder out = new StringBuilder();
		out.append(GeneratedHeader.line(cluster, "wulf configure nfs", "edit the model, not this file: it is rewritten"));
		if (cluster.getNfsExports().isEmpty()) {
			out.append("# the cluster has no NFS exports (add one with wulf cluster set --nfs-export PATH[:OPTIONS])\n");
		}
		for (NfsExport export : cluster.getNfsExports()) {
			String path = export.getPath() == null ? "" : export.getPath().trim();
			if (!path.startsWith("/")) {
				throw new ConfigureException("the NFS export \"" + path + "\" is not an absolute path; fix the cluster's exports"
						+ " (wulf cluster set --nfs-export /PATH[:OPTIONS] adds one)");
			}
			if (path.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
				throw new ConfigureException("the NFS export path \"" + path + "\" holds a control character or a backslash");
			}
			String options = ClusterNetwork.isBlank(export.getOptions()) ? DEFAULT_OPTIONS : export.getOptions().trim();
			if (BAD_OPTIONS.matcher(options).find()) {
				throw new ConfigureException("the options of NFS export " + path + " (\"" + options
						+ "\") hold a blank, a parenthesis, a quote or #; write them comma separated, e.g. " + DEFAULT_OPTIONS);
			}
			out.append(String.format("%-23s %s(%s)", path.replace(" ", "\\040"), network.cidr(), options)).append('\n');
		}
		int count = cluster.getNfsExports().size();
		String summary = count + (count == 1 ? " export" : " exports") + " to " + network.cidr();
		List<String> notes = cluster.isNfsEnabled() ? List.of()
				: List.of("NFS is off in the model (nfs enabled: false); the exports are written anyway");
		return new RenderedFile(ServiceFile.EXPORTS, out.toString(), summary, notes);
	}
}
