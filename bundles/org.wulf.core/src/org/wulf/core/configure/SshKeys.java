package org.wulf.core.configure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.wulf.core.store.AtomicFileWriter;

/**
 * The cluster's SSH keys, made with {@code ssh-keygen} in one folder (by default {@code keys/} beside the
 * model file, as Warewulf keeps them in its configuration folder): per key type the nodes' host key
 * {@code ssh_host_TYPE_key} and root's key {@code id_TYPE}, and {@code authorized_keys} with root's public
 * keys. The stock overlays include these files ({@code Include "keys/..."}), so every node gets the same host
 * keys and accepts root from the controller.
 *
 * <p>Idempotent: existing keys are kept (a lost {@code .pub} is derived again from its private key). Private
 * keys are 0600 in a 0700 folder; every file appears whole (written beside its place, then renamed).</p>
 */
public final class SshKeys {

	/** The types {@code ssh-keygen -t} makes that current OpenSSH servers accept. */
	public static final List<String> SUPPORTED_TYPES = List.of("ed25519", "ecdsa", "rsa");

	/** The types used when the cluster names none ({@code sshKeyTypes} empty). */
	public static final List<String> DEFAULT_TYPES = List.of("ed25519", "rsa");

	/** What one run did, file by file. */
	public record Result(List<Path> created, List<Path> kept) {
	}

	private final Path directory;
	private final String keygen;

	/** @param directory where the keys live (created when missing) */
	public SshKeys(Path directory) {
		this(directory, "ssh-keygen");
	}

	SshKeys(Path directory, String keygen) {
		this.directory = directory;
		this.keygen = keygen;
	}

	/** @return the default key folder for a model file: {@code keys} beside it */
	public static Path defaultDirectory(Path modelFile) {
		Path parent = modelFile.toAbsolutePath().getParent();
		return (parent == null ? Path.of("/") : parent).resolve("keys");
	}

	/**
	 * Makes whatever keys of these types are missing, then writes {@code authorized_keys}.
	 *
	 * @param types   key types (ed25519, ecdsa, rsa); empty means {@link #DEFAULT_TYPES}
	 * @param comment the comment of the keys, e.g. {@code root@CLUSTER}
	 * @throws ConfigureException for an unknown type, a missing {@code ssh-keygen} or one that fails
	 */
	public Result generate(List<String> types, String comment) throws ConfigureException, IOException {
		List<String> wanted = new ArrayList<>();
		for (String type : types.isEmpty() ? DEFAULT_TYPES : types) {
			String t = type.trim().toLowerCase(Locale.ROOT);
			if (!SUPPORTED_TYPES.contains(t)) {
				throw new ConfigureException("SSH key type \"" + type + "\" is not one of " + String.join(", ", SUPPORTED_TYPES)
						+ (t.equals("dsa") ? " (OpenSSH no longer accepts DSA keys)" : ""));
			}
			if (!wanted.contains(t)) {
				wanted.add(t);
			}
		}
		Files.createDirectories(directory);
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
		List<Path> created = new ArrayList<>();
		List<Path> kept = new ArrayList<>();
		for (String type : wanted) {
			for (String name : List.of("ssh_host_" + type + "_key", "id_" + type)) {
				ensure(type, name, comment, created, kept);
			}
		}
		StringBuilder authorized = new StringBuilder();
		for (String type : wanted) {
			authorized.append(Files.readString(directory.resolve("id_" + type + ".pub")).strip()).append('\n');
		}
		Path authorizedKeys = directory.resolve("authorized_keys");
		byte[] content = authorized.toString().getBytes(StandardCharsets.UTF_8);
		if (Files.isRegularFile(authorizedKeys) && java.util.Arrays.equals(Files.readAllBytes(authorizedKeys), content)) {
			kept.add(authorizedKeys);
		} else {
			AtomicFileWriter.write(authorizedKeys, PosixFilePermissions.fromString("rw-r--r--"), out -> out.write(content));
			created.add(authorizedKeys);
		}
		return new Result(List.copyOf(created), List.copyOf(kept));
	}

	private void ensure(String type, String name, String comment, List<Path> created, List<Path> kept)
			throws ConfigureException, IOException {
		Path key = directory.resolve(name);
		Path pub = directory.resolve(name + ".pub");
		if (Files.isRegularFile(key)) {
			Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
			if (Files.isRegularFile(pub)) {
				kept.add(key);
				kept.add(pub);
				return;
			}
			String derived = run(List.of(keygen, "-y", "-f", key.toString()), key).strip();
			// newer ssh-keygen prints the key's comment too; older ones only TYPE KEY
			String line = derived.split("\\s+").length >= 3 ? derived : derived + " " + comment;
			AtomicFileWriter.write(pub, PosixFilePermissions.fromString("rw-r--r--"),
					out -> out.write((line + "\n").getBytes(StandardCharsets.UTF_8)));
			kept.add(key);
			created.add(pub);
			return;
		}
		// made in a private temporary folder beside the keys, then renamed into place: public half first,
		// so a private key never appears without its public one
		Path work = Files.createTempDirectory(directory, ".keygen-");
		try {
			Path made = work.resolve(name);
			List<String> command = new ArrayList<>(List.of(keygen, "-q", "-t", type, "-N", "", "-C", comment, "-f", made.toString()));
			if (type.equals("rsa")) {
				command.addAll(2, List.of("-b", "3072"));
			}
			run(command, key);
			Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rw-------"));
			Files.setPosixFilePermissions(work.resolve(name + ".pub"), PosixFilePermissions.fromString("rw-r--r--"));
			move(work.resolve(name + ".pub"), pub);
			move(made, key);
			created.add(key);
			created.add(pub);
		} finally {
			try (Stream<Path> left = Files.walk(work)) {
				for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private String run(List<String> command, Path key) throws ConfigureException, IOException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new ConfigureException(keygen + " cannot be run (" + e.getMessage()
					+ "); install OpenSSH's client tools (Debian: apt install openssh-client)");
		}
		process.getOutputStream().close();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new ConfigureException(keygen + " did not finish within 2 minutes making " + key);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException("interrupted while making " + key, e);
		}
		if (process.exitValue() != 0) {
			throw new ConfigureException(keygen + " failed making " + key + " (exit " + process.exitValue() + "): " + output.strip());
		}
		return output;
	}
}
