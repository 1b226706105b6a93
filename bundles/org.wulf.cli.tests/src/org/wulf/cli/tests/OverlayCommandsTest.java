package org.wulf.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.cli.tests.CliRun.wulf;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.store.ModelFile;
import org.wulf.model.Cluster;

/** {@code wulf overlay} verbs on real directories, with wwctl's names, aliases and flags. */
class OverlayCommandsTest {

	@TempDir
	Path dir;

	private Path model;
	private Path site;
	private Path dist;

	@BeforeEach
	void setUp() throws Exception {
		model = dir.resolve("cluster.wulf");
		site = dir.resolve("overlays");
		dist = dir.resolve("dist");
		Files.createDirectories(dist.resolve("issue/rootfs/etc"));
		Files.writeString(dist.resolve("issue/rootfs/etc/issue.ww"),
				"{{/* wwdoc: the login banner */}}\n{{/* .Tags.banner: extra text for the banner */}}\n{{/* .Kernel.Args: shown */}}\nWelcome to {{ .Hostname }}\n");
		System.setProperty("wulf.overlay.dist", dist.toString());
		assertEquals(0, wulf(model, "cluster", "set", "--ipaddr", "10.0.0.1/16").exitCode());
	}

	@AfterEach
	void tearDown() {
		System.clearProperty("wulf.overlay.dist");
	}

	private CliRun overlay(String... args) {
		String[] all = new String[args.length + 2];
		System.arraycopy(args, 0, all, 1, args.length);
		all[0] = "overlay";
		all[args.length + 1] = "--overlays=" + site;
		return wulf(model, all);
	}

	@Test
	void createImportMkdirChmodChownListAndShow() throws Exception {
		CliRun create = overlay("create", "mine");
		assertEquals(0, create.exitCode(), create.toString());
		assertTrue(Files.isDirectory(site.resolve("mine/rootfs")));
		assertEquals(0, overlay("mkdir", "mine", "/etc/ssh", "-m", "0700").exitCode());
		Path source = dir.resolve("motd");
		Files.writeString(source, "hello\n");
		CliRun imported = overlay("import", "mine", source.toString(), "/etc/motd");
		assertEquals(0, imported.exitCode(), imported.toString());
		CliRun again = overlay("cp", "mine", source.toString(), "/etc/motd");
		assertEquals(1, again.exitCode(), again.toString());
		assertTrue(again.err().contains("--overwrite"), again.err());
		assertEquals(0, overlay("import", "-o", "mine", source.toString(), "/etc/motd").exitCode());
		assertEquals(0, overlay("chmod", "mine", "/etc/motd", "0640").exitCode());
		CliRun chown = overlay("chown", "mine", "/etc/motd", "1000:100");
		assertEquals(0, chown.exitCode(), chown.toString());

		CliRun list = overlay("list");
		assertEquals(0, list.exitCode(), list.toString());
		assertEquals("mine 3 true", list.row("mine").replaceAll("\\s+", " "));
		assertEquals("issue 2 false", list.row("issue").replaceAll("\\s+", " "));
		CliRun longList = overlay("ls", "-l", "mine");
		assertTrue(longList.row("-rw-r-----", "1000", "100", "mine", "/etc/motd").endsWith("true"), longList.out());
		longList.row("drwx------", "0", "0", "mine", "/etc/ssh");
		CliRun all = overlay("list", "-a", "-p", "mine");
		all.row("mine", "/etc/ssh/", "true", site.resolve("mine/rootfs/etc/ssh").toString());

		CliRun show = overlay("cat", "mine", "/etc/motd");
		assertEquals("hello\n", show.out());

		Cluster cluster = new ModelFile(model).load();
		assertTrue(cluster.getOverlays().stream().anyMatch(o -> o.getName().equals("mine") && o.isSite()), "recorded in the model");
		assertTrue(cluster.getOverlays().stream().anyMatch(o -> o.getName().equals("issue") && !o.isSite()));
	}

	@Test
	void changingAStockOverlayCopiesItToTheSite() throws Exception {
		CliRun edit = overlay("edit", "--editor", "sed -i s/Welcome/Hello/", "issue", "/etc/issue.ww");
		assertEquals(0, edit.exitCode(), edit.toString());
		assertTrue(Files.readString(site.resolve("issue/rootfs/etc/issue.ww")).contains("Hello to {{ .Hostname }}"));
		assertTrue(Files.readString(dist.resolve("issue/rootfs/etc/issue.ww")).contains("Welcome"), "stock file untouched");
		assertEquals("issue 2 true", overlay("list").row("issue").replaceAll("\\s+", " "));
		CliRun created = overlay("edit", "-p", "-m", "0600", "--editor", "sh -c 'echo new > \"$0\"'", "issue", "/etc/new/file");
		assertEquals(0, created.exitCode(), created.toString());
		assertEquals("new\n", Files.readString(site.resolve("issue/rootfs/etc/new/file")));
		assertEquals(0600, (Integer) Files.getAttribute(site.resolve("issue/rootfs/etc/new/file"), "unix:mode") & 07777);
	}

	@Test
	void infoListsTheDocumentedVariablesAndTheirOptions() {
		CliRun info = overlay("vars", "issue", "/etc/issue.ww");
		assertEquals(0, info.exitCode(), info.toString());
		assertTrue(info.out().startsWith("the login banner\n"), info.out());
		assertTrue(info.row(".Tags.banner").contains("--tagadd banner=VALUE"), info.out());
		assertTrue(info.row(".Kernel.Args").contains("--kernelargs"), info.out());
	}

	@Test
	void showRendersForANodeAndBuildWritesImagesAndReportsAFailingNode() throws Exception {
		assertEquals(0, wulf(model, "node", "add", "n[01-02]", "--ipaddr", "10.0.0.5", "-O", "issue").exitCode());
		CliRun show = overlay("show", "--render", "n02", "issue", "/etc/issue.ww");
		assertEquals(0, show.exitCode(), show.toString());
		assertTrue(show.out().contains("Filename: /etc/issue\n"), show.out());
		assertTrue(show.out().endsWith("Welcome to n02\n"), show.out());
		assertEquals("\n\n\nWelcome to n01\n", overlay("cat", "-q", "-r", "n01", "issue", "/etc/issue.ww").out());
		CliRun noNode = overlay("show", "-r", "nobody", "issue", "/etc/issue.ww");
		assertEquals(1, noNode.exitCode());
		assertTrue(noNode.err().contains("no node nobody"), noNode.err());

		Path provision = dir.resolve("provision");
		CliRun build = overlay("build", "--provision", provision.toString(), "--workers", "2");
		assertEquals(0, build.exitCode(), build.toString());
		assertTrue(build.out().contains("2 built, 0 unchanged, 0 failed"), build.out());
		assertTrue(Files.exists(provision.resolve("overlays/n01/__SYSTEM__.img.gz")));
		assertTrue(Files.exists(provision.resolve("overlays/n02/__RUNTIME__.img.gz")));
		CliRun again = overlay("build", "n[01-02]", "--provision", provision.toString());
		assertTrue(again.out().contains("0 built, 2 unchanged"), again.out());

		Path bad = dir.resolve("bad.ww");
		Files.writeString(bad, "{{ if eq .Id \"n02\" }}{{ .Kernel.Args.Nope }}{{ end }}\n");
		assertEquals(0, overlay("import", "issue", bad.toString(), "/etc/bad.ww").exitCode());
		CliRun broken = overlay("build", "--provision", provision.toString());
		assertEquals(1, broken.exitCode(), broken.toString());
		assertTrue(broken.err().contains("overlay issue, /etc/bad.ww:1:") && broken.err().contains("(node n02)"), broken.err());
		assertTrue(broken.out().contains("1 built, 0 unchanged, 1 failed"), broken.out());
	}

	@Test
	void deleteRefusesContentWithoutForceAndBadPathsAreClearErrors() throws Exception {
		assertEquals(0, overlay("create", "mine").exitCode());
		assertEquals(0, overlay("mkdir", "mine", "/a/b/c").exitCode());
		CliRun traversal = overlay("mkdir", "mine", "../../escape");
		assertEquals(1, traversal.exitCode());
		assertTrue(traversal.err().contains("leaves overlay mine"), traversal.err());
		assertFalse(Files.exists(dir.resolve("escape")));
		CliRun badName = overlay("create", "bad/name");
		assertEquals(1, badName.exitCode());
		assertTrue(badName.err().contains("not a valid overlay name"), badName.err());
		CliRun notEmpty = overlay("rm", "mine");
		assertEquals(1, notEmpty.exitCode());
		assertTrue(notEmpty.err().contains("--force"), notEmpty.err());
		assertEquals(0, overlay("delete", "--parents", "mine", "/a/b/c").exitCode());
		assertFalse(Files.exists(site.resolve("mine/rootfs/a")));
		assertEquals(0, overlay("del", "mine").exitCode());
		assertFalse(Files.exists(site.resolve("mine")));
		Cluster cluster = new ModelFile(model).load();
		assertFalse(cluster.getOverlays().stream().anyMatch(o -> o.getName().equals("mine")), "record removed");
		CliRun badMode = overlay("chmod", "issue", "/etc/issue.ww", "999");
		assertEquals(1, badMode.exitCode());
		assertTrue(badMode.err().contains("octal"), badMode.err());
	}
}
