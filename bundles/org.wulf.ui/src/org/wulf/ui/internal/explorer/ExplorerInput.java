package org.wulf.ui.internal.explorer;

import org.wulf.model.Cluster;

/**
 * The input of the Cluster Explorer's tree. The cluster itself is the tree's single root element,
 * and a JFace viewer must not have an element that equals its input: the viewer maps the input to
 * the tree control, so the cluster would then show up as its own child.
 */
public record ExplorerInput(Cluster cluster) {
}
