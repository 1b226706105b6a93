package org.wulf.core.configure;

import java.util.List;

/**
 * The content of one service file rendered from the model.
 *
 * @param file    which file it is
 * @param content the whole text, lines ending in {@code \n}
 * @param summary what it holds, for the user (e.g. {@code 12 names of 5 nodes})
 * @param notes   things the user should know: entries left out and why, settings that conflict
 */
public record RenderedFile(ServiceFile file, String content, String summary, List<String> notes) {

	public RenderedFile {
		notes = List.copyOf(notes);
	}
}
