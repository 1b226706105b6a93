package org.wulf.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Wulf Studio's workbench: one window on the {@link ClusterPerspective}, no saved layout. */
public final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StudioArguments arguments;

	public StudioWorkbenchAdvisor(StudioArguments arguments) {
		this.arguments = arguments;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		// the layout is fixed for now; restoring a stale one after an update would only hide views
		configurer.setSaveAndRestore(false);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ClusterPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new StudioWindowAdvisor(configurer, arguments);
	}
}
