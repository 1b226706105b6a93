package org.wulf.image.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.wulf.image.tests.Processes.quote;
import static org.wulf.image.tests.Processes.sh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.image.compress.Crc32Combine;
import org.wulf.image.compress.ParallelGzipOutputStream;

class ParallelGzipOutputStreamTest {

	static final int BLOCK = 64 * 1024;

	@TempDir
	Path dir;

	/** Text that repeats across block boundaries (the dictionary matters) mixed with random runs. */
	static byte[] sample(int size, long seed) {
		Random random = new Random(seed);
		ByteArrayOutputStream out = new ByteArrayOutputStream(size);
		while (out.size() < size) {
			if (random.nextInt(4) == 0) {
				byte[] noise = new byte[random.nextInt(20_000)];
				random.nextBytes(noise);
				out.writeBytes(noise);
			} else {
				out.writeBytes(("line " + random.nextInt(500) + " of a fairly repetitive config file\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		return Arrays.copyOf(out.toByteArray(), size);
	}

	static byte[] compress(byte[] input, int level, int threads, int chunk) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OutputStream gz = new ParallelGzipOutputStream(out, level, threads, BLOCK)) {
			for (int at = 0; at < input.length; at += chunk) {
				gz.write(input, at, Math.min(chunk, input.length - at));
			}
		}
		return out.toByteArray();
	}

	static byte[] gunzip(byte[] gz) throws Exception {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
			return in.readAllBytes();
		}
	}

	@Test
	void combinedCrcEqualsTheCrcOfTheConcatenation() {
		Random random = new Random(7);
		for (int round = 0; round < 50; round++) {
			byte[] a = new byte[random.nextInt(5000)];
			byte[] b = new byte[random.nextInt(300_000)];
			random.nextBytes(a);
			random.nextBytes(b);
			CRC32 whole = new CRC32();
			whole.update(a);
			whole.update(b);
			CRC32 first = new CRC32();
			first.update(a);
			CRC32 second = new CRC32();
			second.update(b);
			assertEquals((int) whole.getValue(), Crc32Combine.combine((int) first.getValue(), (int) second.getValue(), b.length),
					"round " + round + ": " + a.length + " + " + b.length + " bytes");
		}
	}

	@Test
	void manyBlocksMakeOneStreamThatGzipAcceptsAndUnpacks() throws Exception {
		assumeTrue(Processes.installed("gzip"), "gzip is not installed");
		byte[] input = sample(20 * BLOCK + 12345, 1);
		byte[] gz = compress(input, 6, 3, 7777);
		Path file = dir.resolve("data.gz");
		Files.write(file, gz);
		sh("gzip -t " + quote(file)); // checks the deflate data, the CRC-32 and ISIZE
		sh("zcat " + quote(file) + " > " + quote(dir.resolve("data")));
		assertArrayEquals(input, Files.readAllBytes(dir.resolve("data")));
		assertArrayEquals(input, gunzip(gz));
		// one member: the trailer holds the CRC-32 and length of the whole input
		CRC32 crc = new CRC32();
		crc.update(input);
		assertEquals((int) crc.getValue(), littleEndian(gz, gz.length - 8));
		assertEquals(input.length, littleEndian(gz, gz.length - 4));
		String[] listed = sh("gzip -l " + quote(file)).strip().split("\n")[1].trim().split("\\s+");
		assertEquals(String.valueOf(input.length), listed[1], "gzip -l reads the length from ISIZE");
	}

	@Test
	void outputDependsOnLevelAndBlockSizeButNotOnThreads() throws Exception {
		byte[] input = sample(9 * BLOCK + 3, 2);
		byte[] one = compress(input, 6, 1, 100_000);
		byte[] four = compress(input, 6, 4, 4096);
		assertArrayEquals(one, four);
		assertArrayEquals(input, gunzip(one));
	}

	@Test
	void edgeSizesAndLevelsRoundTrip() throws Exception {
		for (int size : new int[] { 0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK }) {
			for (int level : new int[] { 0, 1, 9 }) {
				byte[] input = sample(size, size + level);
				byte[] gz = compress(input, level, 2, 1000);
				assertArrayEquals(input, gunzip(gz), size + " bytes at level " + level);
				if (Processes.installed("gzip")) {
					Path file = dir.resolve("edge-" + size + "-" + level + ".gz");
					Files.write(file, gz);
					sh("gzip -t " + quote(file));
				}
			}
		}
	}

	@Test
	void dictionaryKeepsTheRatioNearSerialGzip() throws Exception {
		byte[] input = sample(16 * BLOCK, 3);
		ByteArrayOutputStream serial = new ByteArrayOutputStream();
		try (OutputStream gz = new java.util.zip.GZIPOutputStream(serial)) {
			gz.write(input);
		}
		byte[] parallel = compress(input, 6, 2, 65536);
		// without the preset dictionary each 64 KiB block would start cold; with it the cost is the flush markers
		assertTrue(parallel.length < serial.size() * 1.02, parallel.length + " vs serial " + serial.size());
	}

	static int littleEndian(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
	}
}
