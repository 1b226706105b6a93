package org.wulf.overlay;

import java.nio.file.Path;

/**
 * One overlay found on disk: its name, the directory holding it and the directory whose content is
 * laid over the node's root (Warewulf's {@code NAME/rootfs}, or {@code NAME} itself when it has no
 * {@code rootfs}).
 *
 * @param site true for the site's own overlay, false for a distribution (stock) overlay
 */
public record OverlayDir(String name, Path dir, Path rootfs, boolean site) {
}
