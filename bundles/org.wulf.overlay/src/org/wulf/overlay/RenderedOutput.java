package org.wulf.overlay;

import java.util.List;

/**
 * What one template produced for one node: the files it writes (a template may write several with
 * {@code file}, or make a link with {@code softlink}), whether it aborted (nothing is written) and
 * whether an existing file would be backed up ({@code nobackup} turns that off).
 */
public record RenderedOutput(List<File> files, boolean aborted, boolean backup) {

	/**
	 * @param path          the path inside the node's root, with a leading slash and without {@code .ww}
	 * @param symlinkTarget the link target when the output is a symbolic link, else null
	 */
	public record File(String path, byte[] content, String symlinkTarget) {
	}
}
