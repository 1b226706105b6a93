package org.wulf.ui.internal.document;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.wulf.core.warewulf.ImportReport;
import org.wulf.core.warewulf.WarewulfFormatException;
import org.wulf.core.warewulf.WarewulfSite;
import org.wulf.model.Cluster;

/**
 * Imports a Warewulf configuration directory ({@code nodes.conf}, {@code warewulf.conf}) into the
 * edited model as one undoable change. Both files are read first; a file that does not read
 * changes nothing.
 */
public final class WarewulfImport {

	private WarewulfImport() {
	}

	/** @return what the import did (counts, unknown keys kept, notes) */
	public static ImportReport into(ClusterDocument document, Path confDir) throws WarewulfFormatException, IOException {
		WarewulfSite.Imported site = WarewulfSite.read(confDir);
		Cluster cluster = document.cluster();
		ChangeCommand change = new ChangeCommand(cluster) {
			@Override
			protected void doExecute() {
				site.applyTo(cluster);
			}
		};
		change.setLabel("Import Warewulf configuration from " + confDir);
		document.execute(change);
		return site.report();
	}
}
