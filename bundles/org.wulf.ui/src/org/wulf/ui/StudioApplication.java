package org.wulf.ui;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.wulf.ui.internal.Messages;
import org.wulf.ui.internal.StudioArguments;
import org.wulf.ui.internal.StudioWorkbenchAdvisor;

/**
 * Wulf Studio, the Equinox application {@code org.wulf.ui.studio}: checks the command line
 * ({@code --model PATH}, {@code --screenshot PNG}, {@code --help}) and runs the workbench.
 * A bad command line ends with exit code 2 before any window opens.
 */
public class StudioApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		StudioArguments arguments;
		try {
			arguments = StudioArguments.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.err.println(Messages.Studio_usage);
			return Integer.valueOf(2);
		}
		if (arguments.help()) {
			System.out.println(Messages.Studio_usage);
			return IApplication.EXIT_OK;
		}
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor(arguments));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
