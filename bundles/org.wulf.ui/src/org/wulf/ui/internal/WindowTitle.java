package org.wulf.ui.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/** The window title names the open model file: "Wulf Studio — /etc/wulf/cluster.wulf". */
public final class WindowTitle {

	private WindowTitle() {
	}

	public static String of(Path model) {
		return NLS.bind(Messages.Studio_windowTitle, model);
	}

	/** Retitles an open window after another model file was opened in it. */
	public static void show(IWorkbenchWindow window, Path model) {
		Shell shell = window == null ? null : window.getShell();
		if (shell != null && !shell.isDisposed()) {
			shell.setText(of(model));
		}
	}
}
