package org.wulf.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;

import org.wulf.core.store.ModelFile;
import org.wulf.core.store.ModelFileException;
import org.wulf.core.validate.ClusterValidator;
import org.wulf.core.validate.Problem;
import org.wulf.model.Cluster;

/**
 * One command's use of the model file: read it, or read-change-validate-save it under the model's
 * lock. A change that would leave the model invalid is not saved unless forced.
 */
final class ModelSession {

	private final ModelFile file;
	private final PrintStream err;

	ModelSession(ModelFile file, PrintStream err) {
		this.file = file;
		this.err = err;
	}

	Cluster read() {
		try {
			return file.load();
		} catch (ModelFileException e) {
			throw new CliFailure(e.getMessage(), e);
		}
	}

	/**
	 * Applies a change under the model's lock and saves it when the result is valid (or forced).
	 * The change throws {@link CliFailure} to abandon everything; nothing is written then.
	 */
	void change(Consumer<Cluster> change, boolean force) {
		try (ModelFile.ModelLock lock = file.lock()) {
			Cluster cluster = read();
			change.accept(cluster);
			List<Problem> problems = ClusterValidator.validate(cluster);
			long errors = problems.stream().filter(Problem::isError).count();
			for (Problem problem : problems) {
				if (problem.isError() || force) {
					err.println("  " + problem);
				}
			}
			if (errors > 0 && !force) {
				throw new CliFailure("not saved: the model would have " + errors + (errors == 1 ? " error" : " errors")
						+ " (listed above); fix them, or save anyway with --force");
			}
			file.save(cluster);
		} catch (ModelFileException e) {
			throw new CliFailure(e.getMessage(), e);
		} catch (IOException e) {
			throw new CliFailure("cannot release the lock of " + file.path() + ": " + e.getMessage(), e);
		}
	}

	ModelFile file() {
		return file;
	}
}
