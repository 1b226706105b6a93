package org.wulf.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless {@code wulf} command as an Equinox application: the product's start script runs it
 * with the command line, and its exit code becomes the process's.
 */
public class WulfApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int code = Wulf.run(args == null ? new String[0] : args, System.out, System.err);
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// a command runs to its end; nothing to interrupt
	}
}
