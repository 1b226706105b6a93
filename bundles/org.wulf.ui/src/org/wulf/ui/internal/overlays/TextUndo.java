package org.wulf.ui.internal.overlays;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.swt.custom.StyledText;

/**
 * Undo and redo for a StyledText (which has none of its own): every change is recorded as the
 * replaced range and the text it replaced, so it can be put back; redo puts the change in again.
 */
public final class TextUndo {

	private record Change(int start, String removed, String inserted) {
	}

	private final StyledText text;
	private final Deque<Change> undo = new ArrayDeque<>();
	private final Deque<Change> redo = new ArrayDeque<>();
	private boolean replaying;

	public TextUndo(StyledText text) {
		this.text = text;
		text.addExtendedModifyListener(e -> {
			if (!replaying) {
				undo.push(new Change(e.start, e.replacedText, text.getTextRange(e.start, e.length)));
				redo.clear();
			}
		});
	}

	public boolean canUndo() {
		return !undo.isEmpty();
	}

	public void undo() {
		if (!undo.isEmpty()) {
			Change change = undo.pop();
			replay(change.start(), change.inserted().length(), change.removed());
			redo.push(change);
		}
	}

	public void redo() {
		if (!redo.isEmpty()) {
			Change change = redo.pop();
			replay(change.start(), change.removed().length(), change.inserted());
			undo.push(change);
		}
	}

	/** Forgets the history (a file was opened). */
	public void reset() {
		undo.clear();
		redo.clear();
	}

	private void replay(int start, int length, String replacement) {
		replaying = true;
		try {
			text.replaceTextRange(start, length, replacement);
			text.setCaretOffset(start + replacement.length());
		} finally {
			replaying = false;
		}
	}
}
