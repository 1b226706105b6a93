package org.wulf.image.oci;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An import source as written on the command line: {@code docker://REF}, {@code oci:DIR[:TAG]},
 * {@code oci-archive:FILE[:TAG]}, {@code docker-archive:FILE[:TAG]}, {@code file://FILE}, an
 * existing archive file or an existing directory (a root file system).
 */
public record SourceSpec(Kind kind, String location, String tag) {

	public enum Kind {
		REGISTRY, LAYOUT, LAYOUT_ARCHIVE, DOCKER_ARCHIVE, ARCHIVE, DIRECTORY
	}

	public static SourceSpec parse(String source) throws OciException {
		if (source.startsWith("docker://")) {
			return new SourceSpec(Kind.REGISTRY, source.substring("docker://".length()), null);
		}
		if (source.startsWith("oci:")) {
			return withTag(Kind.LAYOUT, source.substring(4));
		}
		if (source.startsWith("oci-archive:")) {
			return withTag(Kind.LAYOUT_ARCHIVE, source.substring("oci-archive:".length()));
		}
		if (source.startsWith("docker-archive:")) {
			return withTag(Kind.DOCKER_ARCHIVE, source.substring("docker-archive:".length()));
		}
		if (source.startsWith("file://")) {
			return new SourceSpec(Kind.ARCHIVE, source.substring("file://".length()), null);
		}
		if (source.startsWith("docker-daemon:")) {
			throw new OciException("'" + source + "': Wulf does not talk to a Docker daemon; export the image with"
					+ " 'docker save -o FILE.tar IMAGE' and import FILE.tar");
		}
		Path path = Path.of(source);
		if (Files.isDirectory(path)) {
			return new SourceSpec(Kind.DIRECTORY, source, null);
		}
		if (Files.isRegularFile(path)) {
			return new SourceSpec(Kind.ARCHIVE, source, null);
		}
		throw new OciException("image source '" + source + "' is not an existing directory or archive file, nor docker://REF,"
				+ " oci:DIR[:TAG], oci-archive:FILE[:TAG] or docker-archive:FILE");
	}

	/** {@code PATH:TAG}: a colon after the last '/' starts the tag unless the whole is an existing path. */
	private static SourceSpec withTag(Kind kind, String rest) {
		int colon = rest.lastIndexOf(':');
		if (colon > rest.lastIndexOf('/') && !Files.exists(Path.of(rest))) {
			return new SourceSpec(kind, rest.substring(0, colon), rest.substring(colon + 1));
		}
		return new SourceSpec(kind, rest, null);
	}
}
