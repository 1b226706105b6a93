package org.wulf.image.oci.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.wulf.image.oci.OciException;
import org.wulf.image.oci.Platform;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A {@code docker save} / {@code podman save} archive: {@code manifest.json} lists, per image, its
 * config file and layer tars. Layers carry no blob digest there, so each uncompressed layer is
 * checked against the config's {@code rootfs.diff_ids} instead.
 */
public final class DockerArchiveSource implements ImageSource {

	private final LocalFiles files;
	private final String tag;

	public DockerArchiveSource(LocalFiles files, String tag) {
		this.files = files;
		this.tag = tag;
	}

	@Override
	public Resolved resolve(Platform platform) throws OciException {
		JsonNode manifest = json("manifest.json");
		if (!manifest.isArray() || manifest.isEmpty()) {
			throw new OciException(files.where() + ": manifest.json lists no image");
		}
		JsonNode chosen = null;
		for (JsonNode image : manifest) {
			for (JsonNode repoTag : image.path("RepoTags")) {
				String t = repoTag.asText();
				if (tag != null && (t.equals(tag) || t.endsWith(":" + tag) || t.endsWith("/" + tag))) {
					chosen = image;
				}
			}
		}
		if (chosen == null) {
			if (tag != null) {
				throw new OciException("docker archive " + files.where() + " has no image tagged '" + tag + "'");
			}
			if (manifest.size() > 1) {
				throw new OciException("docker archive " + files.where() + " holds " + manifest.size() + " images; name one with :TAG");
			}
			chosen = manifest.get(0);
		}
		String configPath = chosen.path("Config").asText();
		JsonNode config = json(configPath);
		JsonNode diffIds = config.path("rootfs").path("diff_ids");
		JsonNode layerPaths = chosen.path("Layers");
		if (diffIds.size() != layerPaths.size()) {
			throw new OciException(files.where() + ": " + configPath + " names " + diffIds.size() + " layers but manifest.json lists "
					+ layerPaths.size());
		}
		String os = config.path("os").asText("");
		String arch = config.path("architecture").asText("");
		if (!os.isEmpty() && !arch.isEmpty() && !platform.matches(new Platform(os, arch, null))) {
			throw new OciException("docker archive " + files.where() + " holds an image for " + os + "/" + arch + ", not " + platform
					+ "; import it with --platform " + os + "/" + arch + " if that is intended");
		}
		List<Layer> layers = new ArrayList<>();
		for (int i = 0; i < layerPaths.size(); i++) {
			String path = layerPaths.get(i).asText();
			String diffId = Digests.check(diffIds.get(i).asText(), files.where() + " " + configPath);
			long size;
			try {
				size = files.size(path);
			} catch (IOException e) {
				throw new OciException("cannot read layer " + path + " of " + files.where() + ": " + e.getMessage(), e);
			}
			layers.add(new Layer() {
				@Override
				public String digest() {
					return null;
				}

				@Override
				public String diffId() {
					return diffId;
				}

				@Override
				public long size() {
					return size;
				}

				@Override
				public InputStream open() throws IOException {
					return files.open(path);
				}
			});
		}
		return new Resolved(Digests.of(readBytes(configPath)), layers);
	}

	private JsonNode json(String path) throws OciException {
		try {
			return Manifests.JSON.readTree(readBytes(path));
		} catch (IOException e) {
			throw new OciException(files.where() + ": " + path + " is not valid JSON: " + e.getMessage(), e);
		}
	}

	private byte[] readBytes(String path) throws OciException {
		try (InputStream in = files.open(path)) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new OciException("cannot read " + path + " of " + files.where() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void close() throws OciException {
		try {
			files.close();
		} catch (IOException e) {
			throw new OciException("cannot close " + files.where() + ": " + e.getMessage(), e);
		}
	}
}
