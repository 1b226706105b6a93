package org.wulf.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.wulf.provision.tftp.TftpServer;

/**
 * Downloads a 32 MiB file over loopback with blksize 1468 and windowsize 1, 8 and 16 from Wulf's
 * TFTP server (in this JVM) and from tftpd-hpa (started by releng/bench/tftp-bench.sh, which passes
 * its port in the environment), with the same client, and prints the throughput and the ratio.
 * The tftp-hpa client (512-byte blocks, lock-step: it has no options) is timed against both too.
 * <p>
 * Environment (set by the script; without it only Wulf is measured, on a file made here):
 * {@code WULF_BENCH_TFTP_DIR} (the directory both serve), {@code WULF_BENCH_TFTP_FILE} (the file's
 * name in it) and {@code WULF_BENCH_TFTPD_PORT} (tftpd-hpa's port on 127.0.0.1).
 */
class TftpBenchmark {

	private static final int SIZE = 32 * 1024 * 1024;
	private static final int BLOCK_SIZE = 1468;
	private static final int[] WINDOWS = { 1, 8, 16 };
	private static final int ROUNDS = 5;
	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	@Test
	void windowedDownloadsFromWulfAndTftpdHpa() throws Exception {
		String dirVariable = System.getenv("WULF_BENCH_TFTP_DIR");
		Path dir = dirVariable != null ? Path.of(dirVariable) : Files.createTempDirectory("wulf-tftp-bench");
		String file = System.getenv().getOrDefault("WULF_BENCH_TFTP_FILE", "bench-32MiB.bin");
		if (dirVariable == null) {
			byte[] content = new byte[SIZE];
			new Random(32).nextBytes(content);
			Files.write(dir.resolve(file), content);
		}
		byte[] expected = Files.readAllBytes(dir.resolve(file));
		String tftpdPort = System.getenv("WULF_BENCH_TFTPD_PORT");

		// One INFO line per transfer would bury the figures.
		Logger tftpLog = Logger.getLogger("org.wulf.provision.tftp");
		tftpLog.setLevel(Level.WARNING);
		try (TftpServer wulf = new TftpServer("127.0.0.1", 0, dir).start()) {
			InetSocketAddress wulfAddress = new InetSocketAddress(LOOPBACK, wulf.port());
			InetSocketAddress tftpdAddress = tftpdPort == null ? null : new InetSocketAddress(LOOPBACK, Integer.parseInt(tftpdPort));
			System.out.println();
			System.out.printf(Locale.ROOT,
					"== TFTP benchmark: %d MiB over loopback, blksize %d, median of %d runs after a warm-up (servers alternating), %d CPUs, Java %s%n",
					expected.length >> 20, BLOCK_SIZE, ROUNDS, Runtime.getRuntime().availableProcessors(), Runtime.version());
			System.out.printf(Locale.ROOT, "%-11s %18s %18s %18s%n", "windowsize", "Wulf MiB/s", "tftpd-hpa MiB/s", "Wulf / tftpd-hpa");
			for (int window : WINDOWS) {
				Measured[] both = measure(wulfAddress, tftpdAddress, file, window, expected);
				Measured ours = both[0];
				Measured theirs = both[1];
				String theirsText = theirs == null ? "not run" : String.format(Locale.ROOT, "%.1f", theirs.median);
				String ratio = theirs == null ? "n/a" : String.format(Locale.ROOT, "%.2f", ours.median / theirs.median);
				String note = theirs != null && theirs.window != window
						? "  (tftpd-hpa did not acknowledge windowsize: it ran with window " + theirs.window + ")"
						: "";
				System.out.printf(Locale.ROOT, "%-11d %18.1f %18s %18s%s%n", window, ours.median, theirsText, ratio, note);
			}
			Path hpaClient = Path.of("/usr/bin/tftp");
			if (Files.isExecutable(hpaClient)) {
				double ours = hpaClient(wulf.port(), file, expected);
				String theirs = tftpdPort == null ? "not run"
						: String.format(Locale.ROOT, "%.1f", hpaClient(Integer.parseInt(tftpdPort), file, expected));
				System.out.printf(Locale.ROOT, "tftp-hpa client (512-byte blocks, lock-step; median of 3): Wulf %.1f MiB/s, tftpd-hpa %s MiB/s%n", ours,
						theirs);
			}
			if (tftpdAddress == null) {
				System.out.println("tftpd-hpa: not started; run releng/bench/tftp-bench.sh for the comparison");
			}
		} finally {
			if (dirVariable == null) {
				Files.deleteIfExists(dir.resolve(file));
				Files.deleteIfExists(dir);
			}
		}
	}

	private record Measured(double median, int window) {
	}

	/**
	 * Alternates the two servers round by round, so that whatever else the machine does weighs on
	 * both alike.
	 *
	 * @return Wulf's figures, then tftpd-hpa's (null when it is not running)
	 */
	private static Measured[] measure(InetSocketAddress wulf, InetSocketAddress tftpd, String name, int window, byte[] expected)
			throws IOException {
		double[][] rates = { new double[ROUNDS], new double[ROUNDS] };
		int[] negotiated = new int[2];
		InetSocketAddress[] servers = { wulf, tftpd };
		for (int round = -1; round < ROUNDS; round++) {
			for (int s = 0; s < 2; s++) {
				if (servers[s] == null) {
					continue;
				}
				WindowedTftpClient.Result result = new WindowedTftpClient(servers[s]).download(name, BLOCK_SIZE, window);
				if (!Arrays.equals(expected, result.content())) {
					throw new IOException(servers[s] + " sent different bytes for " + name);
				}
				if (result.blockSize() != BLOCK_SIZE) {
					throw new IOException(servers[s] + " did not agree to blksize " + BLOCK_SIZE + " but " + result.blockSize());
				}
				negotiated[s] = result.windowSize();
				if (round >= 0) {
					rates[s][round] = result.mibPerSecond();
				}
			}
		}
		Measured[] measured = new Measured[2];
		for (int s = 0; s < 2; s++) {
			if (servers[s] != null) {
				Arrays.sort(rates[s]);
				measured[s] = new Measured(rates[s][ROUNDS / 2], negotiated[s]);
			}
		}
		return measured;
	}

	/** @return the median MiB/s of three tftp-hpa client downloads after a warm-up one, each checked against the file */
	private static double hpaClient(int port, String name, byte[] expected) throws Exception {
		Path out = Files.createTempFile("wulf-tftp-bench", ".out");
		try {
			double[] rates = new double[3];
			for (int round = -1; round < rates.length; round++) {
				long started = System.nanoTime();
				Process tftp = new ProcessBuilder("/usr/bin/tftp", "127.0.0.1", Integer.toString(port), "-m", "binary", "-c", "get", name,
						out.toString()).redirectErrorStream(true).start();
				tftp.getOutputStream().close();
				if (!tftp.waitFor(120, TimeUnit.SECONDS)) {
					tftp.destroyForcibly();
					throw new IOException("tftp-hpa client did not finish within 120 s");
				}
				long nanos = System.nanoTime() - started;
				String said = new String(tftp.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
				if (!said.isEmpty() || !Arrays.equals(expected, Files.readAllBytes(out))) {
					throw new IOException("tftp-hpa client failed on port " + port + ": " + said);
				}
				if (round >= 0) {
					rates[round] = expected.length / (1024.0 * 1024.0) / (nanos / 1e9);
				}
			}
			Arrays.sort(rates);
			return rates[1];
		} finally {
			Files.deleteIfExists(out);
		}
	}
}
