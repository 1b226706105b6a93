package org.wulf.ui.internal.viewers;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * A JFace tree content provider that asks the EMF item providers for the structure
 * ({@link ITreeItemContentProvider}), and refreshes the viewer when they report a change.
 *
 * <p>This is the part of EMF's {@code AdapterFactoryContentProvider} that Wulf needs:
 * {@code org.eclipse.emf.edit.ui} is not published to Maven Central, {@code org.eclipse.emf.edit}
 * is.</p>
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = new Object[0];

	protected final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public Object[] getElements(Object input) {
		if (adapterFactory.adapt(input, IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider provider) {
			return toArray(provider.getElements(input));
		}
		return NONE;
	}

	@Override
	public Object[] getChildren(Object element) {
		if (treeProvider(element) instanceof ITreeItemContentProvider provider) {
			return toArray(provider.getChildren(element));
		}
		return NONE;
	}

	@Override
	public boolean hasChildren(Object element) {
		return treeProvider(element) instanceof ITreeItemContentProvider provider && provider.hasChildren(element);
	}

	@Override
	public Object getParent(Object element) {
		return treeProvider(element) instanceof ITreeItemContentProvider provider ? provider.getParent(element) : null;
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	/** Model changes come from any thread; the viewer is only touched in the UI thread. */
	@Override
	public void notifyChanged(Notification notification) {
		StructuredViewer target = viewer;
		if (target == null || target.getControl().isDisposed()) {
			return;
		}
		Object element = notification instanceof IViewerNotification viewerNotification
				? viewerNotification.getElement() : notification.getNotifier();
		boolean labels = !(notification instanceof IViewerNotification viewerNotification) || viewerNotification.isLabelUpdate();
		Control control = target.getControl();
		Runnable refresh = () -> {
			if (!control.isDisposed()) {
				target.refresh(element, labels);
			}
		};
		if (control.getDisplay().getThread() == Thread.currentThread()) {
			refresh.run();
		} else {
			control.getDisplay().asyncExec(refresh);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}

	protected Object treeProvider(Object element) {
		return adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}

	private static Object[] toArray(Collection<?> objects) {
		return objects == null ? NONE : objects.toArray();
	}
}
