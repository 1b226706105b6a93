package org.wulf.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.wulf.ui.effective.EffectiveValuesView;
import org.wulf.ui.explorer.ClusterExplorer;
import org.wulf.ui.nodes.NodeTableView;
import org.wulf.ui.problems.ProblemsView;
import org.wulf.ui.provision.ProvisioningView;

/** The cluster perspective: the Cluster Explorer, the node table and the effective values of the selection. */
public final class ClusterPerspective implements IPerspectiveFactory {

	public static final String ID = "org.wulf.ui.perspective"; //$NON-NLS-1$
	/** The workbench's Progress view, declared in Wulf's plugin.xml. */
	public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		// the editor area (node, profile and overlay editors) sits under the node table, beside the bottom
		// views; hidden until the first editor opens, so the bottom views have the room until then
		layout.setEditorAreaVisible(false);
		layout.addStandaloneView(ClusterExplorer.ID, true, IPageLayout.LEFT, 0.22f, layout.getEditorArea());
		layout.getViewLayout(ClusterExplorer.ID).setCloseable(false);
		layout.addView(NodeTableView.ID, IPageLayout.TOP, 0.6f, layout.getEditorArea());
		layout.addStandaloneView(EffectiveValuesView.ID, true, IPageLayout.RIGHT, 0.72f, NodeTableView.ID);
		IFolderLayout bottom = layout.createFolder("org.wulf.ui.bottom", IPageLayout.RIGHT, 0.5f, layout.getEditorArea());
		bottom.addView(ProblemsView.ID);
		bottom.addView(ProvisioningView.ID);
		bottom.addView(org.wulf.ui.profiles.ProfileView.ID);
		bottom.addPlaceholder(PROGRESS_VIEW);
	}
}
