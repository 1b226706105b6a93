package org.wulf.template.warewulf;

import java.nio.charset.StandardCharsets;

/**
 * One output of a rendered {@code .ww} template: a path inside the overlay (the template's path without
 * {@code .ww}, or a name given by {@code file}) with either content or, for links, a symlink target.
 */
public record RenderedFile(String path, byte[] content, String symlinkTarget) {

    public boolean isSymlink() {
        return symlinkTarget != null;
    }

    /** The content as UTF-8 text (empty for links). */
    public String text() {
        return content == null ? "" : new String(content, StandardCharsets.UTF_8);
    }
}
