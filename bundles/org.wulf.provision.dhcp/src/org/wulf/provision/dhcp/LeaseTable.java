package org.wulf.provision.dhcp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The dynamic leases: which pool address belongs to which MAC until when. Offers hold an address
 * for a short time; acknowledged leases and releases are appended to the lease file (a journal,
 * compacted atomically at start and when it grows), so a restart hands every machine the same
 * address again and a crash loses nothing that was acknowledged. Thread-safe.
 */
public final class LeaseTable {

	private static final Logger LOG = System.getLogger("org.wulf.provision.dhcp");
	/** How long an offered address stays held for the client that was offered it. */
	static final Duration OFFER_HOLD = Duration.ofSeconds(60);
	/** How long an address a client declined (in use by someone else) is kept out of the pool. */
	static final Duration DECLINE_HOLD = Duration.ofMinutes(10);

	/** One lease; {@code bound} is false while only offered. */
	public record Lease(String mac, Inet4Address address, Instant expires, String hostname, boolean bound) {
	}

	private final Path file;
	private final Clock clock;
	private final Map<String, Lease> byMac = new HashMap<>();
	private final Map<Integer, String> byAddress = new HashMap<>();
	private final Map<Integer, Instant> declined = new HashMap<>();
	private java.io.BufferedWriter journal;
	private long journalLines;
	private long cursor = -1;

	public LeaseTable(Path file, Clock clock) {
		this.file = file;
		this.clock = clock;
	}

	/**
	 * Reads the lease file, if any; later lines for a MAC replace earlier ones, and a line with
	 * address "-" ends that MAC's lease. Lines it cannot read are reported and skipped, never fatal.
	 * The file is then rewritten compactly (atomically) and further changes are appended to it.
	 */
	public synchronized LeaseTable load() throws IOException {
		if (file == null || !Files.exists(file)) {
			return this;
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		Instant now = clock.instant();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\s+");
			try {
				if (parts.length < 3) {
					throw new IllegalArgumentException("expected 'MAC ADDRESS EXPIRES-EPOCH-SECONDS [HOSTNAME]'");
				}
				String mac = parts[0].toLowerCase();
				if (parts[1].equals("-")) {
					Lease gone = byMac.remove(mac);
					if (gone != null) {
						byAddress.remove(DhcpMessage.toInt(gone.address));
					}
					continue;
				}
				Inet4Address address = DhcpMessage.parseAddress(parts[1]);
				Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
				if (expires.isAfter(now)) {
					put(new Lease(mac, address, expires, parts.length > 3 ? parts[3] : null, true));
				}
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "{0}:{1}: lease skipped ({2}): {3}", file, i + 1, e.getMessage(), line);
			}
		}
		rewrite();
		return this;
	}

	public synchronized Optional<Lease> byMac(String mac) {
		Lease lease = byMac.get(mac);
		return lease != null && lease.expires.isAfter(clock.instant()) ? Optional.of(lease) : Optional.empty();
	}

	/**
	 * Picks the address to offer a MAC: its current lease, else the address it asks for when free,
	 * else the next free pool address after the last one handed out (the lowest after a start).
	 * {@code usable} rejects addresses reserved elsewhere.
	 *
	 * @return the address, or empty when the pool is exhausted
	 */
	public synchronized Optional<Inet4Address> choose(String mac, Inet4Address requested, int poolStart, int poolEnd,
			IntPredicate usable) {
		Instant now = clock.instant();
		Lease current = byMac.get(mac);
		if (current != null && usable.test(DhcpMessage.toInt(current.address))) {
			return Optional.of(current.address);
		}
		if (requested != null) {
			int ip = DhcpMessage.toInt(requested);
			if (inPool(ip, poolStart, poolEnd) && isFree(ip, mac, now) && usable.test(ip)) {
				return Optional.of(requested);
			}
		}
		// scan from where the last allocation ended (wrapping), so a big pool is not walked from its start each time
		long first = Integer.toUnsignedLong(poolStart);
		long size = Integer.toUnsignedLong(poolEnd) - first + 1;
		long offset = cursor >= first && cursor < first + size ? cursor - first : 0;
		for (long i = 0; i < size; i++) {
			int ip = (int) (first + (offset + i) % size);
			if (isFree(ip, mac, now) && usable.test(ip)) {
				cursor = first + (offset + i + 1) % size;
				return Optional.of(DhcpMessage.toAddress(ip));
			}
		}
		return Optional.empty();
	}

	/** Holds an offered address for the MAC for {@link #OFFER_HOLD}. */
	public synchronized void hold(String mac, Inet4Address address) {
		Lease current = byMac.get(mac);
		if (current != null && current.bound && current.address.equals(address)) {
			return; // renewing an existing lease: keep it bound
		}
		put(new Lease(mac, address, clock.instant().plus(OFFER_HOLD), null, false));
	}

	/** Whether the address may be acknowledged to this MAC (free, or already its own). */
	public synchronized boolean canBind(String mac, Inet4Address address) {
		return isFree(DhcpMessage.toInt(address), mac, clock.instant());
	}

	/** Binds the lease and saves the table. */
	public synchronized Lease bind(String mac, Inet4Address address, Duration time, String hostname) {
		Lease lease = new Lease(mac, address, clock.instant().plus(time), hostname, true);
		put(lease);
		append(line(lease));
		return lease;
	}

	/** Gives the MAC's address back to the pool (RELEASE, or an offer the client turned down). */
	public synchronized void release(String mac) {
		Lease lease = byMac.remove(mac);
		if (lease != null) {
			byAddress.remove(DhcpMessage.toInt(lease.address));
			if (lease.bound) {
				append(mac + " - 0\n");
			}
		}
	}

	/** Drops an unbound offer, keeping bound leases (the client chose another server). */
	public synchronized void dropOffer(String mac) {
		Lease lease = byMac.get(mac);
		if (lease != null && !lease.bound) {
			release(mac);
		}
	}

	/** The address is in use by a machine we do not know (DECLINE): keep it out of the pool for a while. */
	public synchronized void decline(String mac, Inet4Address address) {
		release(mac);
		declined.put(DhcpMessage.toInt(address), clock.instant().plus(DECLINE_HOLD));
	}

	public synchronized List<Lease> leases() {
		Instant now = clock.instant();
		return byMac.values().stream().filter(l -> l.expires.isAfter(now)).sorted(
				(a, b) -> Integer.compareUnsigned(DhcpMessage.toInt(a.address), DhcpMessage.toInt(b.address))).toList();
	}

	private boolean isFree(int ip, String mac, Instant now) {
		Instant until = declined.get(ip);
		if (until != null && until.isAfter(now)) {
			return false;
		}
		String holder = byAddress.get(ip);
		if (holder == null || holder.equals(mac)) {
			return true;
		}
		Lease lease = byMac.get(holder);
		return lease == null || !lease.expires.isAfter(now);
	}

	private static boolean inPool(int ip, int start, int end) {
		return Integer.compareUnsigned(ip, start) >= 0 && Integer.compareUnsigned(ip, end) <= 0;
	}

	private void put(Lease lease) {
		Lease old = byMac.put(lease.mac, lease);
		if (old != null) {
			byAddress.remove(DhcpMessage.toInt(old.address));
		}
		String previousHolder = byAddress.put(DhcpMessage.toInt(lease.address), lease.mac);
		if (previousHolder != null && !previousHolder.equals(lease.mac)) {
			byMac.remove(previousHolder); // that lease had expired, or isFree would not have allowed this
		}
	}

	private static String line(Lease lease) {
		String hostname = lease.hostname == null || lease.hostname.isBlank() ? "" : " " + lease.hostname.replaceAll("\\s", "_");
		return lease.mac + " " + lease.address.getHostAddress() + " " + lease.expires.getEpochSecond() + hostname + "\n";
	}

	/** Appends one change; the file is a journal, compacted on the next start or when it grows. */
	private void append(String line) {
		if (file == null) {
			return;
		}
		try {
			if (journal == null) {
				rewrite();
			}
			journal.write(line);
			journal.flush(); // to the OS: a crash of this process loses nothing acknowledged
			if (++journalLines > 1000 && journalLines > 4L * byMac.size()) {
				rewrite();
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot save the DHCP leases to " + file + ": " + e.getMessage(), e);
		}
	}

	/** Writes the live bound leases to a new file, atomically, and appends to that from then on. */
	private void rewrite() throws IOException {
		if (journal != null) {
			journal.close();
			journal = null;
		}
		StringBuilder text = new StringBuilder("# Wulf DHCP leases: MAC ADDRESS EXPIRES(epoch s) [HOSTNAME]; ADDRESS - ends a lease\n");
		List<Lease> bound = new ArrayList<>(leases());
		bound.removeIf(l -> !l.bound);
		for (Lease lease : bound) {
			text.append(line(lease));
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temp = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(temp, text, StandardCharsets.UTF_8);
		try {
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
		}
		journal = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		journalLines = 0;
	}

	/** Closes the lease journal (the server calls this when it stops). */
	public synchronized void close() {
		if (journal != null) {
			try {
				journal.close();
			} catch (IOException e) {
				LOG.log(Level.WARNING, "closing {0}: {1}", file, e.getMessage());
			}
			journal = null;
		}
	}
}
