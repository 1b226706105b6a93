package org.wulf.overlay.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.overlay.OverlayDir;
import org.wulf.overlay.OverlayEntry;
import org.wulf.overlay.OverlayException;
import org.wulf.overlay.OverlayStore;

/** The overlay store on real directories: lookup order, clone-to-site, file operations, refused paths. */
class OverlayStoreTest {

	@TempDir
	Path dir;

	private Path site;
	private Path dist;
	private OverlayStore store;

	@BeforeEach
	void stockOverlays() throws Exception {
		site = dir.resolve("site");
		dist = dir.resolve("dist");
		Files.createDirectories(dist.resolve("hosts/rootfs/etc"));
		Files.writeString(dist.resolve("hosts/rootfs/etc/hosts.ww"), "{{ .Hostname }}\n");
		Files.setAttribute(dist.resolve("hosts/rootfs/etc/hosts.ww"), "unix:mode", 0640);
		Files.createDirectories(dist.resolve("bare/etc"));
		Files.writeString(dist.resolve("bare/etc/motd"), "hello\n");
		store = new OverlayStore(site, List.of(dist));
	}

	@Test
	void listsSiteAndDistributionOverlaysAndABareDirectoryIsItsOwnRoot() throws Exception {
		store.create("mine");
		List<OverlayDir> all = store.list();
		assertEquals(List.of("bare", "hosts", "mine"), all.stream().map(OverlayDir::name).toList());
		OverlayDir bare = store.get("bare");
		assertEquals(dist.resolve("bare"), bare.rootfs());
		assertFalse(bare.site());
		assertEquals(site.resolve("mine/rootfs"), store.get("mine").rootfs());
		assertTrue(store.get("mine").site());
	}

	@Test
	void aSiteOverlayHidesTheDistributionOverlayOfTheSameName() throws Exception {
		Files.createDirectories(site.resolve("hosts/rootfs/etc"));
		Files.writeString(site.resolve("hosts/rootfs/etc/hosts.ww"), "site version\n");
		assertTrue(store.get("hosts").site());
		assertEquals("site version\n", new String(store.readFile("hosts", "/etc/hosts.ww"), StandardCharsets.UTF_8));
	}

	@Test
	void changingADistributionOverlayClonesItToTheSiteFirst() throws Exception {
		store.chmod("hosts", "/etc/hosts.ww", 0600);
		OverlayDir hosts = store.get("hosts");
		assertTrue(hosts.site());
		assertEquals(0600, Files.getAttribute(site.resolve("hosts/rootfs/etc/hosts.ww"), "unix:mode", LinkOption.NOFOLLOW_LINKS)
				.hashCode() & 07777);
		assertEquals(0640, (Integer) Files.getAttribute(dist.resolve("hosts/rootfs/etc/hosts.ww"), "unix:mode") & 07777,
				"the stock file is untouched");
		assertEquals("{{ .Hostname }}\n", Files.readString(site.resolve("hosts/rootfs/etc/hosts.ww")));
	}

	@Test
	void refusesInvalidNamesAndPathsThatLeaveTheOverlay() throws Exception {
		store.create("mine");
		OverlayException name = assertThrows(OverlayException.class, () -> store.create("../evil"));
		assertTrue(name.getMessage().contains("not a valid overlay name"), name.getMessage());
		assertThrows(OverlayException.class, () -> store.create("a/b"));
		OverlayException dots = assertThrows(OverlayException.class, () -> store.mkdir("mine", "/etc/../../../tmp", 0755));
		assertTrue(dots.getMessage().contains("leaves overlay mine"), dots.getMessage());
		assertThrows(OverlayException.class, () -> store.readFile("mine", "../../dist/hosts/rootfs/etc/hosts.ww"));
		Files.createSymbolicLink(site.resolve("mine/rootfs/out"), dir);
		OverlayException link = assertThrows(OverlayException.class,
				() -> store.writeFile("mine", "/out/escaped", "x".getBytes(), 0644, false));
		assertTrue(link.getMessage().contains("symbolic link /out"), link.getMessage());
		assertFalse(Files.exists(dir.resolve("escaped")));
	}

	@Test
	void mkdirImportWriteChmodChownAndListKeepModesAndOwners() throws Exception {
		store.create("mine");
		store.mkdir("mine", "/etc/ssh", 0700);
		Path source = dir.resolve("sshd_config");
		Files.writeString(source, "PermitRootLogin no\n");
		Files.setAttribute(source, "unix:mode", 0600);
		store.importFile("mine", source, "/etc/ssh/sshd_config", false, false);
		OverlayException exists = assertThrows(OverlayException.class,
				() -> store.importFile("mine", source, "/etc/ssh/sshd_config", false, false));
		assertTrue(exists.getMessage().contains("--overwrite"), exists.getMessage());
		store.importFile("mine", source, "/etc/ssh/sshd_config", true, false);
		OverlayException noParent = assertThrows(OverlayException.class,
				() -> store.writeFile("mine", "/usr/local/bin/tool", "#!/bin/sh\n".getBytes(), 0755, false));
		assertTrue(noParent.getMessage().contains("--parents"), noParent.getMessage());
		store.writeFile("mine", "/usr/local/bin/tool", "#!/bin/sh\n".getBytes(), 0755, true);
		store.chown("mine", "/usr/local/bin/tool", "1234", "55");
		store.chmod("mine", "/usr/local/bin/tool", 04750); // after chown, which clears setuid
		store.chown("mine", "/etc/ssh/sshd_config", "root", "root");
		Files.createSymbolicLink(site.resolve("mine/rootfs/etc/localtime"), Path.of("/usr/share/zoneinfo/UTC"));
		List<OverlayEntry> files = store.files("mine");
		assertEquals(List.of("/", "/etc", "/etc/localtime", "/etc/ssh", "/etc/ssh/sshd_config", "/usr", "/usr/local",
				"/usr/local/bin", "/usr/local/bin/tool"), files.stream().map(OverlayEntry::path).toList());
		OverlayEntry tool = files.stream().filter(f -> f.path().equals("/usr/local/bin/tool")).findFirst().orElseThrow();
		assertEquals(04750, tool.mode());
		assertEquals(1234, tool.uid());
		assertEquals(55, tool.gid());
		OverlayEntry ssh = files.stream().filter(f -> f.path().equals("/etc/ssh")).findFirst().orElseThrow();
		assertEquals(0700, ssh.mode());
		assertEquals(OverlayEntry.Kind.DIRECTORY, ssh.kind());
		OverlayEntry link = files.stream().filter(f -> f.path().equals("/etc/localtime")).findFirst().orElseThrow();
		assertEquals(OverlayEntry.Kind.SYMLINK, link.kind());
		assertEquals("/usr/share/zoneinfo/UTC", link.target());
		assertEquals(0600, files.stream().filter(f -> f.path().equals("/etc/ssh/sshd_config")).findFirst().orElseThrow().mode());
		OverlayException noUser = assertThrows(OverlayException.class,
				() -> store.chown("mine", "/usr/local/bin/tool", "no-such-user-xyz", null));
		assertTrue(noUser.getMessage().contains("no-such-user-xyz"), noUser.getMessage());
	}

	@Test
	void deleteNeedsForceForContentAndParentsRemovesEmptyDirectories() throws Exception {
		store.create("mine");
		store.writeFile("mine", "/a/b/c/file", "x".getBytes(), 0644, true);
		OverlayException notEmpty = assertThrows(OverlayException.class, () -> store.delete("mine", false));
		assertTrue(notEmpty.getMessage().contains("--force"), notEmpty.getMessage());
		assertThrows(OverlayException.class, () -> store.deleteFile("mine", "/a/b", false, false));
		store.deleteFile("mine", "/a/b/c/file", false, true);
		assertFalse(Files.exists(site.resolve("mine/rootfs/a")), "empty parents removed");
		store.writeFile("mine", "/x/y", "x".getBytes(), 0644, true);
		store.delete("mine", true);
		assertTrue(store.find("mine").isEmpty());
		OverlayException stock = assertThrows(OverlayException.class, () -> store.delete("hosts", true));
		assertTrue(stock.getMessage().contains("distribution overlay"), stock.getMessage());
	}

	@Test
	void writeReplacesAtomicallyKeepingModeAndLeavesNoTemporaryFiles() throws Exception {
		store.create("mine");
		store.writeFile("mine", "/etc/motd", "one\n".getBytes(), 0600, true);
		store.writeFile("mine", "/etc/motd", "two\n".getBytes(), 0644, false);
		assertArrayEquals("two\n".getBytes(), store.readFile("mine", "/etc/motd"));
		assertEquals(0600, (Integer) Files.getAttribute(site.resolve("mine/rootfs/etc/motd"), "unix:mode") & 07777);
		try (var children = Files.list(site.resolve("mine/rootfs/etc"))) {
			assertEquals(List.of("motd"), children.map(p -> p.getFileName().toString()).toList());
		}
	}
}
