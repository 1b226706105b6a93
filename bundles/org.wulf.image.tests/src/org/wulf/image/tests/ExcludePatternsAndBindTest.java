package org.wulf.image.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wulf.image.ExcludePatterns;
import org.wulf.image.ImageException;
import org.wulf.image.exec.Bind;

class ExcludePatternsAndBindTest {

	@Test
	void globsMatchLikeGosFilepathMatch() {
		ExcludePatterns excludes = ExcludePatterns.of(List.of("/boot/*", "usr/share/doc/", "var/log/*.[0-9]", "tmp/?",
				"etc/[!a-m]*.conf", "opt/a\\*b", "  # a comment", ""));
		assertEquals(List.of("boot/*", "usr/share/doc", "var/log/*.[0-9]", "tmp/?", "etc/[!a-m]*.conf", "opt/a\\*b"), excludes.globs());
		assertTrue(excludes.excludes("boot/vmlinuz-6.1"));
		assertFalse(excludes.excludes("boot"), "boot/* names what is inside");
		assertFalse(excludes.excludes("boot/grub/grub.cfg"), "* does not cross a /; the directory boot/grub is excluded instead");
		assertTrue(excludes.excludes("boot/grub"));
		assertTrue(excludes.excludes("usr/share/doc"));
		assertTrue(excludes.excludes("var/log/messages.1"));
		assertFalse(excludes.excludes("var/log/messages"));
		assertTrue(excludes.excludes("tmp/x"));
		assertFalse(excludes.excludes("tmp/xy"));
		assertTrue(excludes.excludes("etc/resolv.conf"));
		assertFalse(excludes.excludes("etc/krb5.conf"));
		assertTrue(excludes.excludes("opt/a*b"));
		assertFalse(excludes.excludes("opt/aXb"), "an escaped * is literal");
		assertFalse(ExcludePatterns.none().excludes("anything"));
	}

	@Test
	void bindsParseSourceDestinationAndMode() throws Exception {
		assertEquals(new Bind(Path.of("/srv/data"), "/srv/data", false), Bind.parse("/srv/data"));
		assertEquals(new Bind(Path.of("/srv/data"), "/mnt", true), Bind.parse("/srv/data:/mnt:ro"));
		assertEquals(new Bind(Path.of("/srv/data"), "/mnt", false), Bind.parse("/srv/data:/mnt/:rw"));
		assertEquals(new Bind(Path.of("/etc/hosts"), "/etc/hosts", true), Bind.parse("/etc/hosts::ro"));
		for (String bad : List.of("", ":/mnt", "/a:mnt", "/a:/mnt:rx", "/a:/b:ro:x", "/a:/mnt/../etc")) {
			assertThrows(ImageException.class, () -> Bind.parse(bad), bad);
		}
	}
}
