package org.wulf.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wulf.core.configure.ConfigureException;
import org.wulf.core.configure.DhcpBackend;
import org.wulf.core.configure.ExternalServices;
import org.wulf.core.configure.RenderedFile;
import org.wulf.core.configure.ServiceFile;
import org.wulf.model.Cluster;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wulf configure hostfile|dhcp|nfs} (or {@code --all}): the configuration of services a site
 * runs outside Wulf, rendered from the model by {@link ExternalServices}. Like
 * {@code wwctl configure}, but it never restarts a service: it says what to restart.
 */
@Command(name = "configure", mixinStandardHelpOptions = true,
		description = { "Write the configuration of services that run outside Wulf, from the model: /etc/hosts, a DHCP "
				+ "server (dnsmasq or ISC dhcpd) and /etc/exports.",
				"Each file is replaced atomically; a file Wulf did not write before is first saved as NAME.wulf-orig.",
				"Services are not restarted." },
		subcommands = { ConfigureCommand.Hostfile.class, ConfigureCommand.Dhcp.class, ConfigureCommand.Nfs.class })
public final class ConfigureCommand implements Runnable {

	@ParentCommand
	WulfCommand root;
	@Spec
	CommandSpec spec;
	@Option(names = { "-a", "--all" },
			description = "configure hostfile, dhcp and nfs (DHCP and NFS only when the model turns them on); nothing is "
					+ "written unless every file can be made")
	boolean all;
	@Option(names = "--backend", paramLabel = "dhcpd|dnsmasq",
			description = "the DHCP server (default: the model's DHCP template or service name, else dnsmasq)")
	String backend;
	@Mixin
	Target target;

	/** Where the files go: under a root directory, or to standard output. */
	static final class Target {
		@Option(names = "--out", paramLabel = "DIR", defaultValue = "/",
				description = "the root the files are written under: DIR/etc/hosts, DIR/etc/dhcp/dhcpd.conf, "
						+ "DIR/etc/dnsmasq.d/wulf.conf, DIR/etc/exports (default: ${DEFAULT-VALUE})")
		Path out;
		@Option(names = "--stdout", description = "print what would be written instead of writing it")
		boolean stdout;
	}

	@Override
	public void run() {
		if (!all) {
			throw new ParameterException(spec.commandLine(), "missing what to configure: hostfile, dhcp or nfs (or --all)");
		}
		DhcpBackend chosen = backend(spec, backend);
		Cluster cluster = root.session().read();
		ExternalServices services = new ExternalServices(cluster);
		List<RenderedFile> files = new ArrayList<>();
		files.add(render(() -> services.hosts(existing(target, ServiceFile.HOSTS))));
		if (cluster.isDhcpEnabled()) {
			files.add(render(() -> services.dhcp(chosen)));
		} else {
			root.err().println("  note: DHCP is off in the model: no DHCP configuration (wulf cluster set --dhcp external)");
		}
		if (cluster.isNfsEnabled()) {
			files.add(render(services::exports));
		} else {
			root.err().println("  note: NFS is off in the model (nfs enabled: false): no exports");
		}
		emit(root, target, files);
	}

	@Command(name = "hostfile", aliases = "hosts", mixinStandardHelpOptions = true,
			description = { "Write /etc/hosts: the controller, then every node's addresses (the node's name for its primary "
					+ "device, NODE-DEVICE for the others, NODE-ipmi for IPMI).",
					"Lines above Wulf's part of an existing file are kept." })
	static final class Hostfile implements Runnable {
		@ParentCommand
		ConfigureCommand parent;
		@Mixin
		Target target;

		@Override
		public void run() {
			ExternalServices services = new ExternalServices(parent.root.session().read());
			emit(parent.root, target, List.of(render(() -> services.hosts(existing(target, ServiceFile.HOSTS)))));
		}
	}

	@Command(name = "dhcp", mixinStandardHelpOptions = true,
			description = { "Write a DHCP server's configuration for PXE and iPXE boot from the controller: the subnet, the "
					+ "dynamic range, a fixed address per node device, iPXE over TFTP by client architecture, then the iPXE "
					+ "script over HTTP.",
					"dnsmasq: /etc/dnsmasq.d/wulf.conf; ISC dhcpd: /etc/dhcp/dhcpd.conf." })
	static final class Dhcp implements Runnable {
		@ParentCommand
		ConfigureCommand parent;
		@Spec
		CommandSpec spec;
		@Option(names = "--backend", paramLabel = "dhcpd|dnsmasq",
				description = "the DHCP server (default: the model's DHCP template or service name, else dnsmasq)")
		String backend;
		@Mixin
		Target target;

		@Override
		public void run() {
			DhcpBackend chosen = backend(spec, backend);
			ExternalServices services = new ExternalServices(parent.root.session().read());
			emit(parent.root, target, List.of(render(() -> services.dhcp(chosen))));
		}
	}

	@Command(name = "nfs", mixinStandardHelpOptions = true,
			description = "Write /etc/exports: the cluster's NFS exports to the provisioning network.")
	static final class Nfs implements Runnable {
		@ParentCommand
		ConfigureCommand parent;
		@Mixin
		Target target;

		@Override
		public void run() {
			ExternalServices services = new ExternalServices(parent.root.session().read());
			emit(parent.root, target, List.of(render(services::exports)));
		}
	}

	/** Rendering of one file; throws when the model lacks what the file needs. */
	@FunctionalInterface
	private interface Rendering {
		RenderedFile render() throws ConfigureException;
	}

	private static RenderedFile render(Rendering rendering) {
		try {
			return rendering.render();
		} catch (ConfigureException e) {
			throw new CliFailure(e.getMessage() + " (nothing was written)", e);
		}
	}

	private static DhcpBackend backend(CommandSpec spec, String text) {
		if (text == null) {
			return null;
		}
		DhcpBackend backend = DhcpBackend.of(text);
		if (backend == null) {
			throw new ParameterException(spec.commandLine(), "--backend: \"" + text + "\" is not dhcpd or dnsmasq");
		}
		return backend;
	}

	private static String existing(Target target, ServiceFile file) {
		try {
			return ExternalServices.read(target.out, file);
		} catch (IOException e) {
			throw new CliFailure(file.under(target.out) + ": cannot read: " + e.getMessage(), e);
		}
	}

	private static void emit(WulfCommand root, Target target, List<RenderedFile> files) {
		for (RenderedFile file : files) {
			for (String note : file.notes()) {
				root.err().println("  note: " + note);
			}
		}
		if (target.stdout) {
			for (RenderedFile file : files) {
				if (files.size() > 1) {
					root.out().println("==> " + file.file().under(target.out) + " <==");
				}
				root.out().print(file.content());
			}
			root.out().flush();
			return;
		}
		for (RenderedFile file : files) {
			ExternalServices.Written written;
			try {
				written = ExternalServices.write(target.out, file);
			} catch (IOException e) {
				throw new CliFailure(file.file().under(target.out) + ": cannot write: " + e.getMessage(), e);
			}
			root.out().println("Wrote " + written.path() + " (" + file.summary() + ")"
					+ (written.backup() != null ? "; the file it replaced is saved as " + written.backup() : "")
					+ (file.file().applyHint() != null ? "; " + file.file().applyHint() : ""));
		}
	}
}
