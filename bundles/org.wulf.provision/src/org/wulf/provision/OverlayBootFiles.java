package org.wulf.provision;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.wulf.core.resolve.EffectiveNode;
import org.wulf.overlay.OverlayContext;
import org.wulf.provision.http.BootStage;

/**
 * Adds a node's built overlay images ({@code PROVISION/overlays/NODE/__SYSTEM__.img.gz} and
 * {@code __RUNTIME__.img.gz}) to the kernel and image another source gives. The images may not
 * exist yet: the autobuild makes them on the first request, else the request gets a 404.
 */
public record OverlayBootFiles(BootFiles images, Path provisionDir) implements BootFiles {

	@Override
	public Map<BootStage, Path> of(EffectiveNode node) {
		Map<BootStage, Path> files = new EnumMap<>(BootStage.class);
		files.putAll(images.of(node));
		files.put(BootStage.SYSTEM, OverlayContext.SYSTEM.image(provisionDir, node.name()));
		files.put(BootStage.RUNTIME, OverlayContext.RUNTIME.image(provisionDir, node.name()));
		return files;
	}
}
