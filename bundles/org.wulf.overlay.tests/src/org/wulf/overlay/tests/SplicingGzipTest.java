package org.wulf.overlay.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.overlay.internal.SplicingGzipOutputStream;

/** Gzip members with precompressed content spliced in: valid (CRC-32 and size) for Java's reader and gzip(1). */
class SplicingGzipTest {
	@TempDir
	Path tmp;

	@Test
	void twoSplicesBetweenOrdinaryBytesGiveAValidMemberWithTheRightCrc() throws Exception {
		Random random = new Random(42);
		byte[] first = new byte[300_000];
		random.nextBytes(first);
		byte[] second = "hosts line\n".repeat(20_000).getBytes(StandardCharsets.US_ASCII);
		SplicingGzipOutputStream.Compressed a = SplicingGzipOutputStream.compress(first);
		SplicingGzipOutputStream.Compressed b = SplicingGzipOutputStream.compress(second);

		ByteArrayOutputStream gz = new ByteArrayOutputStream();
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (SplicingGzipOutputStream out = new SplicingGzipOutputStream(gz)) {
			byte[] head = "header before".getBytes(StandardCharsets.US_ASCII);
			out.write(head);
			plain.write(head);
			out.expect(a);
			out.write(first);
			plain.write(first);
			byte[] middle = "between the two".repeat(50).getBytes(StandardCharsets.US_ASCII);
			out.write(middle);
			plain.write(middle);
			out.expect(b);
			out.write(second);
			plain.write(second);
			out.write('!');
			plain.write('!');
		}
		byte[] decompressed;
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.toByteArray()))) {
			decompressed = in.readAllBytes(); // throws ZipException on a wrong CRC or size
		}
		assertArrayEquals(plain.toByteArray(), decompressed);

		Path file = Files.write(tmp.resolve("spliced.gz"), gz.toByteArray());
		Process gzip = new ProcessBuilder("gzip", "-t", file.toString()).redirectErrorStream(true).start();
		String said = new String(gzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, gzip.waitFor(), "gzip -t: " + said);
	}
}
