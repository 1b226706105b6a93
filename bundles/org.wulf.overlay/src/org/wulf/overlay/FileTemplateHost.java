package org.wulf.overlay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;


/**
 * What templates read on the server: {@code Include} paths (relative ones from the configuration
 * directory, as Warewulf takes them from /etc/warewulf), {@code IncludeFrom} files of the image
 * store's root file systems, and resolved links.
 */
public record FileTemplateHost(Path configDir, Path imageStore) implements TemplateHost {

	@Override
	public String readHostFile(String path) throws IOException {
		Path file = Path.of(path);
		if (!file.isAbsolute()) {
			file = configDir.resolve(path);
		}
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	@Override
	public String readImageFile(String image, String path) throws IOException {
		if (image == null || image.isEmpty() || image.contains("/") || image.equals("..") || imageStore == null) {
			return null;
		}
		Path rootfs = imageStore.resolve(image).resolve("rootfs");
		Path file = rootfs.resolve(path.replaceFirst("^/+", "")).normalize();
		if (!file.startsWith(rootfs) || !Files.isRegularFile(file)) {
			return null;
		}
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	@Override
	public String resolveLink(String path) throws IOException {
		return Path.of(path).toRealPath().toString();
	}
}
