package org.wulf.provision.tftp.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.wulf.provision.tftp.TftpEvent;

/** Test files and the events a server reports, shared by the test classes. */
final class ServerFixture {

	private ServerFixture() {
	}

	static byte[] randomBytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	static Path write(Path dir, String name, byte[] content) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.write(file, content);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Collects a server's events for assertions. */
	static final class Events {

		private final BlockingQueue<TftpEvent> queue = new LinkedBlockingQueue<>();
		private final List<TftpEvent> seen = new ArrayList<>();

		void add(TftpEvent event) {
			queue.add(event);
		}

		/** @return the first event (from now on, or seen before and not yet matched) that matches, waiting up to 10 s */
		TftpEvent await(Predicate<TftpEvent> match) throws InterruptedException {
			for (TftpEvent event : seen) {
				if (match.test(event)) {
					seen.remove(event);
					return event;
				}
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (true) {
				TftpEvent event = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (event == null) {
					throw new AssertionError("no matching TFTP event within 10 s; seen: " + seen);
				}
				if (match.test(event)) {
					return event;
				}
				seen.add(event);
			}
		}

		TftpEvent await(TftpEvent.Kind kind, String file) throws InterruptedException {
			return await(e -> e.kind() == kind && e.file().equals(file));
		}
	}
}
