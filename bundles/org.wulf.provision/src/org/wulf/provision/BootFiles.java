package org.wulf.provision;

import java.nio.file.Path;
import java.util.Map;

import org.wulf.core.resolve.EffectiveNode;
import org.wulf.provision.http.BootStage;

/** Where the files a node boots live (kernel, image, overlays); the image and overlay stores provide it. */
@FunctionalInterface
public interface BootFiles {

	/** @return the file for each stage this node can be sent; stages without a file are left out */
	Map<BootStage, Path> of(EffectiveNode node);
}
