package org.wulf.template.warewulf;

/**
 * What Warewulf's overlay functions read from outside the template: files of the server ({@code Include},
 * {@code IncludeBlock}), files of a node image ({@code IncludeFrom}) and symbolic links ({@code readlink},
 * {@code ImportLink}). The host decides where relative paths point (Warewulf: {@code /etc/warewulf}).
 */
public interface OverlayHost {
    /** The content of a server file, or null if it cannot be read. */
    String readHostFile(String path);

    /** The content of {@code path} inside the rootfs of {@code image}, or null if missing. */
    String readImageFile(String image, String path);

    /** The fully resolved target of {@code path} (like filepath.EvalSymlinks), or null if it cannot resolve. */
    String resolveLink(String path);
}
