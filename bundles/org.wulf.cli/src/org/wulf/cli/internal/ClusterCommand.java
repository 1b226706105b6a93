package org.wulf.cli.internal;

import org.wulf.model.Cluster;
import org.wulf.model.DhcpMode;
import org.wulf.model.NfsExport;
import org.wulf.model.WulfFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wulf cluster show|set}: the controller's settings (what {@code warewulf.conf} holds for
 * Warewulf): addresses, provisioning port, secure mode, DHCP, TFTP, NFS exports, default profile.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true, description = "Show or change the controller's settings.",
		subcommands = { ClusterCommand.Show.class, ClusterCommand.Set.class })
public final class ClusterCommand implements Runnable {

	@ParentCommand
	WulfCommand root;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "missing command: show or set");
	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the controller's settings.")
	static final class Show implements Runnable {
		@ParentCommand
		ClusterCommand parent;

		@Override
		public void run() {
			Cluster c = parent.root.session().read();
			Table table = new Table("SETTING", "VALUE");
			table.add("name", c.getName());
			table.add("ipaddr", c.getControllerIp());
			table.add("netmask", c.getNetmask());
			table.add("network", c.getNetwork());
			table.add("interface", c.getProvisionInterface());
			table.add("port", Integer.toString(c.getHttpPort()));
			table.add("secure", Boolean.toString(c.isSecure()));
			table.add("dhcp", c.isDhcpEnabled() ? c.getDhcpMode().getLiteral() : "off");
			table.add("dhcp range", c.getDhcpRangeStart() == null ? null : c.getDhcpRangeStart() + "-" + c.getDhcpRangeEnd());
			table.add("tftp root", c.isTftpEnabled() ? c.getTftpRoot() : "off");
			table.add("default profile", c.getDefaultProfile());
			table.add("update interval", Integer.toString(c.getUpdateInterval()));
			table.add("ssh key types", c.getSshKeyTypes().isEmpty() ? null : String.join(",", c.getSshKeyTypes()));
			for (NfsExport export : c.getNfsExports()) {
				table.add("nfs export", export.getPath() + " (" + export.getOptions() + ")");
			}
			table.add("nodes", Integer.toString(c.getNodes().size()));
			table.add("profiles", Integer.toString(c.getProfiles().size()));
			table.print(parent.root.out());
		}
	}

	@Command(name = "set", mixinStandardHelpOptions = true, description = "Change the controller's settings.")
	static final class Set implements Runnable {
		@ParentCommand
		ClusterCommand parent;
		@Spec
		CommandSpec spec;

		@Option(names = "--name", paramLabel = "NAME")
		String name;
		@Option(names = "--ipaddr", paramLabel = "IP[/PREFIX]", description = "controller address; with /PREFIX also sets netmask and network")
		String ipaddr;
		@Option(names = "--netmask", paramLabel = "MASK")
		String netmask;
		@Option(names = "--network", paramLabel = "NETWORK")
		String network;
		@Option(names = "--interface", paramLabel = "IF", description = "provisioning interface the engine binds to")
		String provisionInterface;
		@Option(names = "--port", paramLabel = "PORT", description = "provisioning HTTP port")
		Integer port;
		@Option(names = "--secure", arity = "1", paramLabel = "BOOL", description = "runtime overlays only to privileged ports")
		Boolean secure;
		@Option(names = "--dhcp", paramLabel = "MODE", description = "server, proxy, external or off")
		String dhcp;
		@Option(names = "--dhcp-range", paramLabel = "START-END")
		String dhcpRange;
		@Option(names = "--tftproot", paramLabel = "DIR")
		String tftpRoot;
		@Option(names = "--default-profile", paramLabel = "PROFILE")
		String defaultProfile;
		@Option(names = "--nfs-export", paramLabel = "PATH[:OPTIONS]", description = "add an NFS export")
		java.util.List<String> nfsExports = new java.util.ArrayList<>();
		@Option(names = "--update-interval", paramLabel = "SECONDS",
				description = "how often the nodes' agent refreshes the runtime overlay (0 or less: every 300 s, as wwclient)")
		Integer updateInterval;
		@Option(names = "--ssh-key-types", paramLabel = "TYPE", split = ",", description = "key types of wulf ssh keys (ed25519, ecdsa, rsa)")
		java.util.List<String> sshKeyTypes;
		@Option(names = { "-f", "--force" }, description = "save even if the model would be invalid")
		boolean force;

		@Override
		public void run() {
			String[] range = dhcpRange == null ? null : dhcpRange.split("-", 2);
			if (range != null && range.length != 2) {
				throw new ParameterException(spec.commandLine(), "--dhcp-range: \"" + dhcpRange + "\" is not START-END");
			}
			DhcpMode mode = null;
			if (dhcp != null && !dhcp.equals("off")) {
				mode = DhcpMode.get(dhcp);
				if (mode == null) {
					throw new ParameterException(spec.commandLine(), "--dhcp: \"" + dhcp + "\" is not server, proxy, external or off");
				}
			}
			String address = ipaddr;
			Integer prefix = null;
			if (ipaddr != null && ipaddr.contains("/")) {
				address = ipaddr.substring(0, ipaddr.indexOf('/'));
				try {
					prefix = Integer.valueOf(ipaddr.substring(ipaddr.indexOf('/') + 1));
				} catch (NumberFormatException e) {
					prefix = -1;
				}
				if (prefix < 0 || prefix > 32) {
					throw new ParameterException(spec.commandLine(), "--ipaddr: \"" + ipaddr + "\" has a bad prefix length");
				}
			}
			if (sshKeyTypes != null) {
				for (String type : sshKeyTypes) {
					if (!org.wulf.core.configure.SshKeys.SUPPORTED_TYPES.contains(type)) {
						throw new ParameterException(spec.commandLine(), "--ssh-key-types: \"" + type + "\" is not one of "
								+ String.join(", ", org.wulf.core.configure.SshKeys.SUPPORTED_TYPES));
					}
				}
			}
			checkIp("--ipaddr", address);
			checkIp("--network", network);
			if (netmask != null && !org.wulf.core.net.Ipv4.isValidNetmask(netmask)) {
				throw new ParameterException(spec.commandLine(), "--netmask: \"" + netmask + "\" is not a netmask");
			}
			if (range != null) {
				checkIp("--dhcp-range", range[0]);
				checkIp("--dhcp-range", range[1]);
			}
			String controller = address;
			Integer prefixLength = prefix;
			DhcpMode dhcpMode = mode;
			parent.root.session().change(c -> {
				if (name != null) {
					c.setName(name);
				}
				if (controller != null) {
					c.setControllerIp(controller);
					if (prefixLength != null) {
						var mask = org.wulf.core.net.Ipv4.netmaskOfPrefix(prefixLength);
						c.setNetmask(mask.toString());
						c.setNetwork(org.wulf.core.net.Ipv4.parse(controller).networkOf(mask).toString());
					}
				}
				if (netmask != null) {
					c.setNetmask(netmask);
				}
				if (network != null) {
					c.setNetwork(network);
				}
				if (provisionInterface != null) {
					c.setProvisionInterface(provisionInterface);
				}
				if (port != null) {
					c.setHttpPort(port);
				}
				if (secure != null) {
					c.setSecure(secure);
				}
				if (dhcp != null) {
					c.setDhcpEnabled(dhcpMode != null);
					if (dhcpMode != null) {
						c.setDhcpMode(dhcpMode);
					}
				}
				if (range != null) {
					c.setDhcpRangeStart(range[0]);
					c.setDhcpRangeEnd(range[1]);
				}
				if (tftpRoot != null) {
					c.setTftpRoot(tftpRoot);
				}
				if (defaultProfile != null) {
					c.setDefaultProfile(defaultProfile);
				}
				if (updateInterval != null) {
					c.setUpdateInterval(updateInterval);
				}
				if (sshKeyTypes != null) {
					c.getSshKeyTypes().clear();
					c.getSshKeyTypes().addAll(sshKeyTypes);
				}
				for (String export : nfsExports) {
					NfsExport nfs = WulfFactory.eINSTANCE.createNfsExport();
					int colon = export.indexOf(':');
					nfs.setPath(colon < 0 ? export : export.substring(0, colon));
					if (colon >= 0) {
						nfs.setOptions(export.substring(colon + 1));
					}
					c.getNfsExports().add(nfs);
				}
			}, force);
			parent.root.out().println("Changed the cluster settings");
		}

		private void checkIp(String flag, String value) {
			if (value == null) {
				return;
			}
			try {
				org.wulf.core.net.Ipv4.parse(value);
			} catch (IllegalArgumentException e) {
				throw new ParameterException(spec.commandLine(), flag + ": " + e.getMessage());
			}
		}
	}
}
