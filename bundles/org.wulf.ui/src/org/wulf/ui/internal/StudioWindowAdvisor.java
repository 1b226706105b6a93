package org.wulf.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The Wulf Studio window: titled with the model file, a status line, no tool bar. With
 * {@code --screenshot} it saves a PNG of itself once the explorer has been drawn and closes the
 * workbench, so a build or a headless machine can check what the window shows.
 */
final class StudioWindowAdvisor extends WorkbenchWindowAdvisor {

	/** Time the window gets to lay out and draw the explorer before a screenshot is taken. */
	private static final int SCREENSHOT_DELAY_MS = 1500;

	private final StudioArguments arguments;

	StudioWindowAdvisor(IWorkbenchWindowConfigurer configurer, StudioArguments arguments) {
		super(configurer);
		this.arguments = arguments;
	}

	@Override
	public org.eclipse.ui.application.ActionBarAdvisor createActionBarAdvisor(
			org.eclipse.ui.application.IActionBarConfigurer configurer) {
		return new StudioActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 720));
		configurer.setTitle(WindowTitle.of(arguments.model()));
		configurer.setShowCoolBar(false);
		configurer.setShowPerspectiveBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true); // running jobs in the status line
	}

	@Override
	public void postWindowOpen() {
		Shell shell = getWindowConfigurer().getWindow().getShell();
		System.out.println(NLS.bind(Messages.Studio_windowOpen, shell.getText()));
		arguments.screenshot().ifPresent(file -> shell.getDisplay().timerExec(SCREENSHOT_DELAY_MS, () -> saveAndClose(shell, file)));
	}

	private void saveAndClose(Shell shell, Path file) {
		if (shell.isDisposed()) {
			return;
		}
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// let pending paints finish so that the screenshot shows the drawn window
		}
		try {
			WindowSnapshot.save(shell, file);
			System.out.println(NLS.bind(Messages.Studio_screenshotSaved, file));
		} catch (IOException | RuntimeException e) {
			System.err.println(NLS.bind(Messages.Studio_screenshotFailed, file, e.getMessage()));
			ILog.of(getClass()).error(NLS.bind(Messages.Studio_screenshotFailed, file, e.getMessage()), e);
		}
		getWindowConfigurer().getWorkbenchConfigurer().getWorkbench().close();
	}
}
