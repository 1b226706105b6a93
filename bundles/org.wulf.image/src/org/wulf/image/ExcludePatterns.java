package org.wulf.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The files an image keeps out of its initramfs, as Warewulf reads them from
 * {@code <rootfs>/etc/warewulf/excludes}: one shell glob a line, matched against the path relative to
 * the root ({@code boot/*}, {@code var/cache/dnf}); leading and trailing slashes are ignored, blank
 * lines and {@code #} comments skipped. {@code *} and {@code ?} do not cross a {@code /}; {@code [a-z]},
 * {@code [^x]} (or {@code [!x]}) and {@code \} escapes work as in Go's {@code filepath.Match}. An
 * excluded directory is left out with everything below it.
 */
public final class ExcludePatterns {

	/** Where an image lists its excludes, relative to the root file system. */
	public static final String FILE = "etc/warewulf/excludes";

	private final List<Pattern> patterns;
	private final List<String> globs;

	private ExcludePatterns(List<String> globs) {
		this.globs = List.copyOf(globs);
		this.patterns = globs.stream().map(ExcludePatterns::compile).toList();
	}

	public static ExcludePatterns none() {
		return new ExcludePatterns(List.of());
	}

	public static ExcludePatterns of(List<String> globs) {
		List<String> cleaned = new ArrayList<>();
		for (String glob : globs) {
			String trimmed = glob.strip().replaceAll("^/+", "").replaceAll("/+$", "");
			if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
				cleaned.add(trimmed);
			}
		}
		return new ExcludePatterns(cleaned);
	}

	/** Reads the image's excludes file; an image without one excludes nothing. */
	public static ExcludePatterns of(Path rootfs) throws ImageException {
		Path file = rootfs.resolve(FILE);
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return none();
		}
		try {
			return of(Files.readAllLines(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new ImageException("cannot read the excludes file " + file + ": " + e.getMessage(), e);
		}
	}

	/** @param relative a path relative to the root, '/'-separated, without a leading slash */
	public boolean excludes(String relative) {
		for (Pattern pattern : patterns) {
			if (pattern.matcher(relative).matches()) {
				return true;
			}
		}
		return false;
	}

	public List<String> globs() {
		return globs;
	}

	static Pattern compile(String glob) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < glob.length(); i++) {
			char c = glob.charAt(i);
			switch (c) {
			case '*' -> regex.append("[^/]*");
			case '?' -> regex.append("[^/]");
			case '\\' -> {
				if (i + 1 < glob.length()) {
					regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
				} else {
					regex.append("\\\\");
				}
			}
			case '[' -> {
				int end = glob.indexOf(']', i + 2);
				if (end < 0) { // no closing bracket: a literal '['
					regex.append("\\[");
					break;
				}
				String body = glob.substring(i + 1, end);
				boolean negated = body.startsWith("^") || body.startsWith("!");
				if (negated) {
					body = body.substring(1);
				}
				regex.append('[').append(negated ? "^/" : "");
				for (char b : body.toCharArray()) {
					regex.append(b == '-' ? "-" : Character.isLetterOrDigit(b) ? String.valueOf(b) : "\\" + b);
				}
				regex.append(']');
				i = end;
			}
			default -> regex.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
			}
		}
		return Pattern.compile(regex.toString());
	}
}
