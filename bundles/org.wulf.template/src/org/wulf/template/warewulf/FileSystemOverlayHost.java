package org.wulf.template.warewulf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * An {@link OverlayHost} over real files: server files relative to a configuration directory (Warewulf uses
 * {@code /etc/warewulf}), image files inside an image's rootfs (paths cannot leave it), links resolved like
 * Go's {@code filepath.EvalSymlinks}.
 */
public final class FileSystemOverlayHost implements OverlayHost {
    private final Path configDir;
    private final Function<String, Path> imageRootfs;

    /**
     * @param configDir where relative {@code Include} paths point
     * @param imageRootfs the rootfs directory of an image name, or null for an unknown image
     */
    public FileSystemOverlayHost(Path configDir, Function<String, Path> imageRootfs) {
        this.configDir = Objects.requireNonNull(configDir, "configDir");
        this.imageRootfs = Objects.requireNonNull(imageRootfs, "imageRootfs");
    }

    @Override
    public String readHostFile(String path) {
        return read(resolve(path));
    }

    @Override
    public String readImageFile(String image, String path) {
        Path root = imageRootfs.apply(image);
        if (root == null) {
            return null;
        }
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root.normalize())) {
            return null;
        }
        return read(file);
    }

    @Override
    public String resolveLink(String path) {
        try {
            return resolve(path).toRealPath().toString();
        } catch (IOException e) {
            return null;
        }
    }

    private Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : configDir.resolve(p);
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
