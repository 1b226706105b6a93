package org.wulf.core.configure;

import java.util.Map;

import org.wulf.core.configure.DhcpPlan.StaticLease;
import org.wulf.model.Cluster;

/**
 * {@code /etc/dnsmasq.d/wulf.conf}, a dnsmasq drop-in: the DHCP range of the provisioning network
 * (the dynamic range, or the whole network for static leases only), the boot rules and a
 * {@code dhcp-host} per static lease. When the cluster names a provisioning interface dnsmasq
 * binds to it alone.
 *
 * <p>Boot rules are made mutually exclusive with tags, so their order does not matter: a client
 * tagged {@code wulf-ipxe} (user class {@code iPXE}) gets the iPXE script's URL; any other gets the
 * iPXE binary for its architecture (option 93, tag {@code wulf-archN}) with the controller as TFTP
 * server. Tags carry Wulf's prefix so they cannot meet a site's own tags in other drop-ins.</p>
 */
public final class DnsmasqConfig {

	static final String LEASE_TIME = "1h";

	private DnsmasqConfig() {
	}

	public static RenderedFile render(Cluster cluster) throws ConfigureException {
		return render(DhcpPlan.of(cluster));
	}

	static RenderedFile render(DhcpPlan plan) {
		StringBuilder out = new StringBuilder();
		out.append(GeneratedHeader.line(plan.cluster, "wulf configure dhcp", "edit the model, not this file: it is rewritten"));
		out.append("# dnsmasq: PXE firmware loads iPXE over TFTP from ").append(plan.network.controller())
				.append(", iPXE loads its script over HTTP.\n");
		out.append('\n');
		if (plan.networkInterface != null) {
			out.append("interface=").append(plan.networkInterface).append('\n');
			out.append("bind-interfaces\n");
		}
		out.append("dhcp-authoritative\n");
		if (plan.hasRange()) {
			out.append("dhcp-range=").append(plan.rangeStart).append(',').append(plan.rangeEnd).append(',')
					.append(plan.network.netmask()).append(',').append(LEASE_TIME).append('\n');
		} else {
			out.append("# no dynamic range: only the nodes below get an address (wulf cluster set --dhcp-range START-END)\n");
			out.append("dhcp-range=").append(plan.network.network()).append(",static,").append(plan.network.netmask())
					.append(',').append(LEASE_TIME).append('\n');
		}
		out.append('\n');
		out.append("# boot: firmware PXE by client architecture (option 93), then iPXE (user class \"iPXE\") over HTTP\n");
		for (Integer arch : plan.bootFiles.keySet()) {
			out.append("dhcp-match=set:").append(tag(arch)).append(",option:client-arch,").append(arch).append('\n');
		}
		out.append("dhcp-userclass=set:wulf-ipxe,iPXE\n");
		for (Map.Entry<Integer, String> boot : plan.bootFiles.entrySet()) {
			out.append("dhcp-boot=tag:").append(tag(boot.getKey())).append(",tag:!wulf-ipxe,").append(boot.getValue())
					.append(",,").append(plan.network.controller()).append('\n');
		}
		out.append("dhcp-boot=tag:wulf-ipxe,").append(plan.ipxeUrl).append('\n');
		if (!plan.leases.isEmpty()) {
			out.append('\n');
			out.append("# the nodes' network devices: fixed addresses\n");
		}
		for (StaticLease lease : plan.leases) {
			out.append("dhcp-host=").append(lease.mac()).append(',').append(lease.address());
			if (lease.hostname() != null) {
				out.append(',').append(lease.hostname());
			}
			out.append('\n');
		}
		return new RenderedFile(ServiceFile.DNSMASQ, out.toString(), plan.summary(), plan.notes);
	}

	private static String tag(int arch) {
		return "wulf-arch" + arch;
	}
}
