package org.wulf.image.oci.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import org.wulf.image.oci.OciException;

/**
 * Resolves a path inside a root file system the way a process chrooted there would see it:
 * symbolic links met on the way are followed, but an absolute target starts again at the root
 * and {@code ..} stops at the root. The result is always inside the root, so a layer can never
 * make the importer write outside it, whatever links earlier layers planted.
 */
public final class SafePaths {

	private static final int MAX_LINKS = 255;

	private SafePaths() {
	}

	/**
	 * @param root   the absolute, normalised root
	 * @param path   a path relative to the root ('/' separated)
	 * @param followLast whether a link in the last element is followed too
	 */
	public static Path resolve(Path root, String path, boolean followLast) throws OciException, IOException {
		Deque<String> pending = new ArrayDeque<>();
		push(pending, path);
		Path current = root;
		int links = 0;
		while (!pending.isEmpty()) {
			String element = pending.pop();
			if (element.isEmpty() || element.equals(".")) {
				continue;
			}
			if (element.equals("..")) {
				current = current.equals(root) ? root : current.getParent();
				continue;
			}
			Path next = current.resolve(element);
			boolean last = pending.stream().allMatch(e -> e.isEmpty() || e.equals("."));
			if ((!last || followLast) && Files.isSymbolicLink(next)) {
				if (++links > MAX_LINKS) {
					throw new OciException("too many levels of symbolic links resolving /" + path + " in " + root);
				}
				String target = Files.readSymbolicLink(next).toString();
				if (target.startsWith("/")) {
					current = root;
				}
				push(pending, target);
				continue;
			}
			current = next;
		}
		return current;
	}

	private static void push(Deque<String> pending, String path) {
		String[] elements = path.split("/");
		for (int i = elements.length - 1; i >= 0; i--) {
			pending.push(elements[i]);
		}
	}
}
