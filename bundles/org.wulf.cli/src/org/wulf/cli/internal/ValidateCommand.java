package org.wulf.cli.internal;

import java.util.List;

import org.wulf.core.validate.ClusterValidator;
import org.wulf.core.validate.Problem;
import org.wulf.model.Cluster;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code wulf validate}: prints the model's problems; exits 1 when there is an error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check the model: names, MACs, IPs, networks and references. Exit code 1 on errors.")
public final class ValidateCommand implements Runnable {

	@ParentCommand
	WulfCommand root;

	@Override
	public void run() {
		Cluster cluster = root.session().read();
		List<Problem> problems = ClusterValidator.validate(cluster);
		long errors = problems.stream().filter(Problem::isError).count();
		long warnings = problems.size() - errors;
		for (Problem problem : problems) {
			root.out().println(problem);
		}
		root.out().println(cluster.getNodes().size() + " nodes, " + cluster.getProfiles().size() + " profiles: " + errors
				+ (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
		if (errors > 0) {
			throw new CliFailure("the model has " + errors + (errors == 1 ? " error" : " errors"));
		}
	}
}
