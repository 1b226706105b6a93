package org.wulf.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wulf.core.configure.ConfigureException;
import org.wulf.core.configure.SshKeys;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Cluster;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wulf ssh keys}: the cluster's SSH host keys and root's keys (what {@code wwctl configure ssh}
 * makes), in the keys folder beside the model, where the stock overlays include them from.
 */
@Command(name = "ssh", mixinStandardHelpOptions = true, description = "The cluster's SSH keys.",
		subcommands = { SshCommand.Keys.class })
public final class SshCommand implements Runnable {

	@ParentCommand
	WulfCommand root;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "missing command: keys");
	}

	@Command(name = "keys", mixinStandardHelpOptions = true,
			description = { "Make the cluster's SSH keys that are missing: host keys ssh_host_TYPE_key (the same on every node), "
					+ "root's id_TYPE and authorized_keys. Existing keys are kept.",
					"The overlays wulf-init and wulf-runtime include them as keys/FILE, relative to the model's folder." })
	static final class Keys implements Runnable {
		@ParentCommand
		SshCommand parent;

		@Option(names = "--keys", paramLabel = "DIR", description = "the keys folder (default: keys beside the model file)")
		Path keys;

		@Option(names = "--type", paramLabel = "TYPE", split = ",",
				description = "key types (ed25519, ecdsa, rsa); default: the cluster's ssh key types, else ed25519,rsa")
		List<String> types = new ArrayList<>();

		@Override
		public void run() {
			WulfCommand root = parent.root;
			ModelSession session = root.session();
			Cluster cluster = session.read();
			Path modelPath = root.model != null ? root.model : ModelFile.defaultPath();
			Path dir = keys != null ? keys : SshKeys.defaultDirectory(modelPath);
			List<String> wanted = !types.isEmpty() ? types : cluster.getSshKeyTypes();
			SshKeys.Result result;
			try {
				result = new SshKeys(dir).generate(wanted, "root@" + (cluster.getName() == null ? "wulf" : cluster.getName()));
			} catch (ConfigureException e) {
				throw new CliFailure(e.getMessage(), e);
			} catch (IOException e) {
				throw new CliFailure("cannot write the SSH keys in " + dir + ": " + e.getMessage(), e);
			}
			for (Path p : result.created()) {
				root.out().println("created " + p);
			}
			root.out().println(result.created().isEmpty() ? "All SSH keys were already in " + dir
					: "Made " + result.created().size() + " file(s) in " + dir + "; kept " + result.kept().size());
		}
	}
}
