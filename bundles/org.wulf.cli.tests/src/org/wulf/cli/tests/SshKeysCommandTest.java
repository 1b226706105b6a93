package org.wulf.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.cli.tests.CliRun.wulf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wulf ssh keys} with the real ssh-keygen; {@code wulf cluster set --update-interval / --ssh-key-types}. */
class SshKeysCommandTest {

	@TempDir
	Path dir;

	Path model;

	@BeforeEach
	void setUp() {
		model = dir.resolve("cluster.wulf");
		assertEquals(0, wulf(model, "cluster", "set", "--name", "lab", "--ipaddr", "10.0.0.1/24").exitCode());
	}

	private static String mode(Path file) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
	}

	@Test
	void makesHostAndRootKeysBesideTheModelOnceAndKeepsThem() throws Exception {
		CliRun first = wulf(model, "ssh", "keys");
		assertEquals(0, first.exitCode(), first.toString());
		Path keys = dir.resolve("keys");
		assertEquals("rwx------", mode(keys));
		for (String type : List.of("ed25519", "rsa")) {
			for (String name : List.of("ssh_host_" + type + "_key", "id_" + type)) {
				assertEquals("rw-------", mode(keys.resolve(name)), name);
				assertEquals("rw-r--r--", mode(keys.resolve(name + ".pub")), name);
				assertTrue(Files.readString(keys.resolve(name + ".pub")).startsWith("ssh-" + type + " "), name);
				assertTrue(first.out().contains("created " + keys.resolve(name) + "\n"), first.out());
				// ssh-keygen itself reads the pair back
				Process check = new ProcessBuilder("ssh-keygen", "-l", "-f", keys.resolve(name).toString()).start();
				assertTrue(check.waitFor(30, TimeUnit.SECONDS));
				assertEquals(0, check.exitValue(), name);
			}
		}
		List<String> authorized = Files.readAllLines(keys.resolve("authorized_keys"));
		assertEquals(List.of(Files.readString(keys.resolve("id_ed25519.pub")).strip(), Files.readString(keys.resolve("id_rsa.pub")).strip()),
				authorized);
		assertTrue(authorized.get(0).endsWith(" root@lab"), authorized.get(0));

		String hostKey = Files.readString(keys.resolve("ssh_host_ed25519_key"));
		Files.delete(keys.resolve("id_rsa.pub"));
		CliRun second = wulf(model, "ssh", "keys");
		assertEquals(0, second.exitCode(), second.toString());
		assertEquals("created " + keys.resolve("id_rsa.pub") + "\nMade 1 file(s) in " + keys + "; kept 8\n", second.out());
		assertEquals(hostKey, Files.readString(keys.resolve("ssh_host_ed25519_key")), "existing keys are kept");
		CliRun third = wulf(model, "ssh", "keys");
		assertEquals("All SSH keys were already in " + keys + "\n", third.out());
	}

	@Test
	void typesComeFromTheClusterOrTheCommandLine() throws Exception {
		assertEquals(0, wulf(model, "cluster", "set", "--ssh-key-types", "ecdsa", "--update-interval", "30").exitCode());
		CliRun show = wulf(model, "cluster", "show");
		assertTrue(show.row("update", "interval").endsWith("30"), show.out());
		assertTrue(show.row("ssh", "key", "types").endsWith("ecdsa"), show.out());
		Path elsewhere = dir.resolve("elsewhere");
		assertEquals(0, wulf(model, "ssh", "keys", "--keys", elsewhere.toString()).exitCode());
		assertTrue(Files.isRegularFile(elsewhere.resolve("ssh_host_ecdsa_key")));
		assertTrue(Files.notExists(elsewhere.resolve("ssh_host_ed25519_key")));
		assertEquals(0, wulf(model, "ssh", "keys", "--keys", elsewhere.toString(), "--type", "ed25519").exitCode());
		assertTrue(Files.isRegularFile(elsewhere.resolve("ssh_host_ed25519_key")));
		assertEquals(1, Files.readAllLines(elsewhere.resolve("authorized_keys")).size(), "only the asked types are authorized");
	}

	@Test
	void badTypesAreRefusedWithTheChoices() {
		CliRun set = wulf(model, "cluster", "set", "--ssh-key-types", "dsa");
		assertEquals(2, set.exitCode());
		assertTrue(set.err().contains("\"dsa\" is not one of ed25519, ecdsa, rsa"), set.err());
		CliRun keys = wulf(model, "ssh", "keys", "--type", "blowfish");
		assertEquals(1, keys.exitCode());
		assertTrue(keys.err().contains("SSH key type \"blowfish\" is not one of ed25519, ecdsa, rsa"), keys.err());
		assertTrue(Files.notExists(dir.resolve("keys/ssh_host_ed25519_key")));
	}
}
