package org.wulf.template.warewulf;

import java.util.List;

/**
 * The outcome of rendering one {@code .ww} template: the files to write (none when the template called
 * {@code abort}), and whether an existing destination should first be saved as {@code .wwbackup}
 * ({@code false} after {@code nobackup}).
 */
public record RenderResult(List<RenderedFile> files, boolean aborted, boolean backup) {

    /** The file rendered to {@code path}, or null. */
    public RenderedFile file(String path) {
        for (RenderedFile f : files) {
            if (f.path().equals(path)) {
                return f;
            }
        }
        return null;
    }
}
