package org.wulf.ui.internal.images;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.swt.widgets.Display;
import org.wulf.image.ImageException;
import org.wulf.image.ImageStore;
import org.wulf.image.InitramfsBuilder;
import org.wulf.ui.internal.document.ClusterDocument;

/**
 * Builds an image's initramfs archive in the background (an Eclipse Job: progress in the status line
 * and the Progress view, cancellable), then records the archive in the model as one undoable change
 * on the UI thread. A failed or cancelled build leaves no half archive (the builder writes to a
 * temporary file) and changes nothing in the model.
 */
public final class ImageBuildJob extends Job {

	private final ClusterDocument document;
	private final ImageStore store;
	private final String image;
	private final Display display;
	private volatile InitramfsBuilder.Result result;

	public ImageBuildJob(Display display, ClusterDocument document, ImageStore store, String image) {
		super("Building image " + image);
		this.display = display;
		this.document = document;
		this.store = store;
		this.image = image;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			build(monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (ImageException e) {
			return Status.error("Image " + image + " was not built: " + e.getMessage(), e);
		}
		display.asyncExec(this::record);
		return Status.OK_STATUS;
	}

	/** Archives the image's root file system, reporting bytes archived to the monitor (in KiB). */
	public InitramfsBuilder.Result build(IProgressMonitor monitor) throws ImageException {
		SubMonitor progress = SubMonitor.convert(monitor, "Archiving the root file system of " + image, 1000);
		long[] reported = { 0 };
		InitramfsBuilder builder = new InitramfsBuilder().progress((done, total) -> {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			long permille = total <= 0 ? 1000 : done * 1000 / total;
			if (permille > reported[0]) {
				progress.worked((int) (permille - reported[0]));
				reported[0] = permille;
			}
		});
		result = store.build(image, builder, InitramfsBuilder.Compression.GZIP);
		progress.done();
		return result;
	}

	/** Records the built archive in the model as one undoable change. */
	private void record() {
		InitramfsBuilder.Result built = result;
		if (built == null || ImageStore.find(document.cluster(), image).isEmpty()) {
			return; // the image is no longer in the model: the archive stays in the store only
		}
		ChangeCommand change = new ChangeCommand(document.cluster()) {
			@Override
			protected void doExecute() {
				try {
					store.recordBuild(document.cluster(), image, built);
				} catch (ImageException e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
			}
		};
		change.setLabel("Record the build of image " + image);
		document.execute(change);
	}

	public InitramfsBuilder.Result result() {
		return result;
	}
}
