package org.wulf.core.configure;

import java.util.Map;

import org.wulf.core.configure.DhcpPlan.StaticLease;
import org.wulf.model.Cluster;

/**
 * {@code /etc/dhcp/dhcpd.conf} for ISC dhcpd: one subnet for the provisioning network with the
 * dynamic range and the boot rules, and a host declaration per static lease.
 *
 * <p>Boot rules: a client whose user class is {@code iPXE} gets the iPXE script's URL; a firmware
 * PXE client gets the iPXE binary for its architecture (option 93, declared here because dhcpd
 * does not name it) from the controller as TFTP server ({@code next-server}).</p>
 */
public final class DhcpdConfig {

	/** Option 93 as dhcpd sees it; a name of Wulf's so it cannot clash with a site's own declaration. */
	static final String ARCH_OPTION = "wulf-client-arch";

	private DhcpdConfig() {
	}

	public static RenderedFile render(Cluster cluster) throws ConfigureException {
		return render(DhcpPlan.of(cluster));
	}

	static RenderedFile render(DhcpPlan plan) {
		StringBuilder out = new StringBuilder();
		out.append(GeneratedHeader.line(plan.cluster, "wulf configure dhcp", "edit the model, not this file: it is rewritten"));
		out.append("# ISC dhcpd: PXE firmware loads iPXE over TFTP from ").append(plan.network.controller())
				.append(", iPXE loads its script over HTTP.\n");
		if (plan.networkInterface != null) {
			out.append("# Serve only the provisioning interface ").append(plan.networkInterface)
					.append(": INTERFACESv4=\"").append(plan.networkInterface)
					.append("\" in /etc/default/isc-dhcp-server (Debian) or DHCPDARGS in /etc/sysconfig/dhcpd.\n");
		}
		out.append('\n');
		out.append("authoritative;\n");
		out.append("ddns-update-style none;\n");
		out.append("allow booting;\n");
		out.append("allow bootp;\n");
		out.append("option ").append(ARCH_OPTION).append(" code 93 = unsigned integer 16;\n");
		out.append('\n');
		out.append("subnet ").append(plan.network.network()).append(" netmask ").append(plan.network.netmask()).append(" {\n");
		if (plan.hasRange()) {
			out.append("\trange ").append(plan.rangeStart).append(' ').append(plan.rangeEnd).append(";\n");
		} else {
			out.append("\t# no dynamic range: only the nodes below get an address (wulf cluster set --dhcp-range START-END)\n");
		}
		out.append("\tnext-server ").append(plan.network.controller()).append(";\n");
		out.append("\tif exists user-class and option user-class = \"iPXE\" {\n");
		out.append("\t\tfilename \"").append(plan.ipxeUrl).append("\";\n");
		for (Map.Entry<Integer, String> boot : plan.bootFiles.entrySet()) {
			out.append("\t} elsif option ").append(ARCH_OPTION).append(" = ").append(PxeBoot.archCode(boot.getKey()))
					.append(" {\n");
			out.append("\t\t# ").append(PxeBoot.archName(boot.getKey())).append('\n');
			out.append("\t\tfilename \"").append(boot.getValue()).append("\";\n");
		}
		out.append("\t}\n");
		out.append("}\n");
		if (!plan.leases.isEmpty()) {
			out.append('\n');
			out.append("# the nodes' network devices: fixed addresses\n");
		}
		for (StaticLease lease : plan.leases) {
			out.append("host ").append(lease.name()).append(" { hardware ethernet ").append(lease.mac())
					.append("; fixed-address ").append(lease.address()).append(';');
			if (lease.hostname() != null) {
				out.append(" option host-name \"").append(lease.hostname()).append("\";");
			}
			out.append(" }\n");
		}
		return new RenderedFile(ServiceFile.DHCPD, out.toString(), plan.summary(), plan.notes);
	}
}
