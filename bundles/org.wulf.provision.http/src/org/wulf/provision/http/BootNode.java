package org.wulf.provision.http;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the HTTP server needs to boot one node: a snapshot the engine makes from the effective
 * node, never the live model.
 *
 * @param name       the node's name
 * @param mac        the MAC it boots from (lower-case, colons)
 * @param kernelArgs the kernel command line arguments, space separated
 * @param token      the secret the node must present to fetch its runtime overlay
 * @param assetKey   when set, requests must carry {@code ?assetkey=} with this value
 * @param files      the file served for each of the stages kernel, image, system and runtime (absent stages are skipped)
 */
public record BootNode(String name, String mac, String kernelArgs, String token, String assetKey, Map<BootStage, Path> files) {

	public BootNode {
		files = Map.copyOf(files);
	}
}
