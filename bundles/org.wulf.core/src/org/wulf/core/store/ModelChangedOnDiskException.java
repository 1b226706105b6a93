package org.wulf.core.store;

import java.nio.file.Path;

/**
 * The model file was changed by someone else (another CLI run, the workbench, an editor) after it
 * was read. Saving now would silently overwrite their change, so the save is refused.
 */
public class ModelChangedOnDiskException extends ModelFileException {

	private static final long serialVersionUID = 1L;

	public ModelChangedOnDiskException(Path path) {
		super(path, "the file was changed on disk after it was read; reload it and apply the change again", null);
	}
}
