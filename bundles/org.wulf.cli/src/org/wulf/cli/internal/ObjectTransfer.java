package org.wulf.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.wulf.core.warewulf.ImportReport;
import org.wulf.core.warewulf.WarewulfFormatException;
import org.wulf.core.warewulf.WarewulfSite;
import org.wulf.model.NodeSettings;

/**
 * {@code node|profile export} and {@code import}: a YAML map of name → the object's own settings,
 * in the nodes.conf schema, as {@code wwctl node export} writes it.
 */
final class ObjectTransfer {

	private ObjectTransfer() {
	}

	static String export(List<? extends NodeSettings> objects) {
		try {
			return WarewulfSite.writeObjects(objects);
		} catch (IOException e) {
			throw new CliFailure("cannot write YAML: " + e.getMessage(), e);
		}
	}

	/** Reads the file first, so a bad file changes nothing. */
	static <T extends NodeSettings> List<T> read(Path file, boolean profiles, ImportReport report) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return WarewulfSite.readObjects(reader, file, profiles, report);
		} catch (WarewulfFormatException e) {
			throw new CliFailure(e.getMessage(), e);
		} catch (NoSuchFileException e) {
			throw new CliFailure(file + ": no such file", e);
		} catch (IOException e) {
			throw new CliFailure(file + ": cannot read: " + e.getMessage(), e);
		}
	}
}
