package org.wulf.ui.internal.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.wulf.core.store.ModelFile;
import org.wulf.core.store.ModelFileException;
import org.wulf.model.Cluster;

/**
 * The cluster model the workbench edits: one file, one loaded {@link Cluster}, one EMF command
 * stack. Every edit goes through {@link #execute(Command)}, so it can be undone and makes the
 * document dirty; {@link #save()} writes atomically and refuses to overwrite a file changed on
 * disk (by the CLI, say) since it was read.
 */
public final class ClusterDocument {

	/** Told after every change of the model or of the dirty state. */
	@FunctionalInterface
	public interface Listener {
		void changed(ClusterDocument document);
	}

	private ModelFile file;
	private final BasicCommandStack commands = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private Cluster cluster;

	private ClusterDocument(Path path) throws ModelFileException {
		this.file = new ModelFile(path);
		this.domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
				commands);
		this.cluster = file.load();
		commands.addCommandStackListener(event -> fire());
	}

	/** Opens a model file; a file that does not exist yet is a new, empty cluster. */
	public static ClusterDocument open(Path path) throws ModelFileException {
		return new ClusterDocument(path.toAbsolutePath().normalize());
	}

	public Cluster cluster() {
		return cluster;
	}

	public Path path() {
		return file.path();
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** Runs an edit as an undoable command; a command that cannot execute is refused (false). */
	public boolean execute(Command command) {
		if (!command.canExecute()) {
			return false;
		}
		commands.execute(command);
		return true;
	}

	public boolean canUndo() {
		return commands.canUndo();
	}

	public boolean canRedo() {
		return commands.canRedo();
	}

	public void undo() {
		commands.undo();
	}

	public void redo() {
		commands.redo();
	}

	public boolean isDirty() {
		return commands.isSaveNeeded();
	}

	/** @return whether another program changed the file since this document read or wrote it */
	public boolean changedOnDisk() throws IOException {
		return file.changedOnDisk();
	}

	/**
	 * Writes the model atomically under the model's lock.
	 *
	 * @throws org.wulf.core.store.ModelChangedOnDiskException when the file changed on disk meanwhile
	 */
	public void save() throws ModelFileException {
		try (ModelFile.ModelLock lock = file.lock()) {
			file.save(cluster);
		} catch (IOException e) {
			throw new ModelFileException(file.path(), "cannot release the lock: " + e.getMessage(), e);
		}
		commands.saveIsDone();
		fire();
	}

	/** Writes the model over a file another program changed: the user chose to keep this version. */
	public void saveOver() throws ModelFileException {
		try (ModelFile.ModelLock lock = file.lock()) {
			file.saveOver(cluster);
		} catch (IOException e) {
			throw new ModelFileException(file.path(), "cannot release the lock: " + e.getMessage(), e);
		}
		commands.saveIsDone();
		fire();
	}

	/** Writes the model to another file, which from now on is this document's file. */
	public void saveAs(Path path) throws ModelFileException {
		ModelFile target = new ModelFile(path.toAbsolutePath().normalize());
		try (ModelFile.ModelLock lock = target.lock()) {
			target.saveOver(cluster);
		} catch (IOException e) {
			throw new ModelFileException(target.path(), "cannot release the lock: " + e.getMessage(), e);
		}
		file = target;
		commands.saveIsDone();
		fire();
	}

	/** Replaces the model with what is on disk now, dropping unsaved edits and the undo history. */
	public void reload() throws ModelFileException {
		cluster = file.load();
		commands.flush();
		fire();
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void fire() {
		for (Listener listener : listeners) {
			listener.changed(this);
		}
	}
}
