package org.wulf.overlay.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wulf.overlay.OverlayDir;
import org.wulf.overlay.OverlayEntry;
import org.wulf.overlay.OverlayException;
import org.wulf.overlay.OverlayStore;

/**
 * One overlay as read at the start of a build: its entries (with modes, owners, sizes and times),
 * the content of its files, and a digest of the listing (path, type, mode, owner, size, mtime,
 * link target) that changes whenever a file of the overlay is edited, added, removed or chmod'ed.
 */
public final class SourceSnapshot {

	private final OverlayDir overlay;
	private final List<OverlayEntry> entries;
	private final Map<String, byte[]> contents = new HashMap<>();
	private final String digest;
	private final boolean usesAllNodes;

	private SourceSnapshot(OverlayDir overlay, List<OverlayEntry> entries) throws IOException {
		this.overlay = overlay;
		this.entries = entries;
		StringBuilder listing = new StringBuilder(overlay.name()).append('|').append(overlay.dir()).append('\n');
		boolean allNodes = false;
		for (OverlayEntry entry : entries) {
			listing.append(entry.path()).append(' ').append(entry.kind()).append(' ').append(entry.mode()).append(' ')
					.append(entry.uid()).append(':').append(entry.gid()).append(' ').append(entry.size()).append(' ')
					.append(entry.mtimeMillis()).append(' ').append(entry.target()).append('\n');
			if (entry.kind() == OverlayEntry.Kind.FILE) {
				Path file = overlay.rootfs().resolve(entry.path().substring(1));
				byte[] content = Files.readAllBytes(file);
				contents.put(entry.path(), content);
				if (entry.isTemplate() && new String(content, StandardCharsets.UTF_8).contains("AllNodes")) {
					allNodes = true;
				}
			}
		}
		this.usesAllNodes = allNodes;
		this.digest = Digests.sha256(listing.toString());
	}

	public static SourceSnapshot read(OverlayDir overlay) throws OverlayException {
		List<OverlayEntry> entries = OverlayStore.files(overlay);
		try {
			return new SourceSnapshot(overlay, entries);
		} catch (IOException e) {
			throw new OverlayException("cannot read overlay " + overlay.name() + " (" + overlay.rootfs() + "): " + e.getMessage(), e);
		}
	}

	public OverlayDir overlay() {
		return overlay;
	}

	public List<OverlayEntry> entries() {
		return entries;
	}

	public byte[] content(String path) {
		return contents.get(path);
	}

	/** @return the digest of the listing: changes with any edit of the overlay's files */
	public String digest() {
		return digest;
	}

	/** @return true when a template of this overlay mentions AllNodes (its output then depends on every node) */
	public boolean usesAllNodes() {
		return usesAllNodes;
	}
}
