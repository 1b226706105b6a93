package org.wulf.core.tests.warewulf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies a fixture Warewulf configuration directory (sites/NAME) out of the test bundle. */
final class Sites {

	private Sites() {
	}

	static Path copy(String name, Path into) throws IOException {
		Path dir = Files.createDirectories(into.resolve(name));
		for (String file : new String[] { "nodes.conf", "warewulf.conf" }) {
			try (InputStream in = Sites.class.getResourceAsStream("sites/" + name + "/" + file)) {
				if (in == null) {
					throw new IOException("fixture sites/" + name + "/" + file + " is not in the test bundle");
				}
				Files.copy(in, dir.resolve(file));
			}
		}
		return dir;
	}
}
