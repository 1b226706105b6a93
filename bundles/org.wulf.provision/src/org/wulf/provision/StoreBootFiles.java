package org.wulf.provision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.wulf.core.resolve.EffectiveNode;
import org.wulf.model.Cluster;
import org.wulf.model.Image;
import org.wulf.model.ImageArtifact;
import org.wulf.provision.http.BootStage;

/**
 * Boot files from the image store ({@code STORE/NAME/rootfs}, built archives recorded in the model):
 * the node's image's kernel and its newest built archive. Used by {@code wulf server} and the workbench.
 */
public record StoreBootFiles(Path store, Cluster cluster) implements BootFiles {
	@Override
	public Map<BootStage, Path> of(EffectiveNode node) {
		Map<BootStage, Path> files = new EnumMap<>(BootStage.class);
		String name = node.values().getImage();
		Image image = name == null ? null
				: cluster.getImages().stream().filter(i -> name.equals(i.getName())).findFirst().orElse(null);
		if (image == null) {
			return files;
		}
		if (image.getKernelPath() != null) {
			Path kernel = Path.of(image.getKernelPath());
			if (!kernel.isAbsolute() || !Files.exists(kernel)) {
				kernel = store.resolve(image.getName()).resolve("rootfs").resolve(image.getKernelPath().replaceFirst("^/+", ""));
			}
			files.put(BootStage.KERNEL, kernel);
		}
		ImageArtifact newest = null;
		for (ImageArtifact artifact : image.getArtifacts()) {
			if (newest == null || (artifact.getBuilt() != null && newest.getBuilt() != null
					&& artifact.getBuilt().after(newest.getBuilt()))) {
				newest = artifact;
			}
		}
		if (newest != null && newest.getPath() != null) {
			files.put(BootStage.IMAGE, Path.of(newest.getPath()));
		}
		return files;
	}
}
