package org.wulf.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.core.tests.Models.netDev;
import static org.wulf.core.tests.Models.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.core.store.AtomicFileWriter;
import org.wulf.core.store.ModelChangedOnDiskException;
import org.wulf.core.store.ModelFile;
import org.wulf.core.store.ModelFileException;
import org.wulf.model.Cluster;
import org.wulf.model.Node;
import org.wulf.model.WulfFactory;

class ModelFileTest {

	@TempDir
	Path dir;

	@Test
	void missingFileGivesANewClusterWithTheDefaultProfile() throws Exception {
		Cluster cluster = new ModelFile(dir.resolve("none.wulf")).load();
		assertEquals(0, cluster.getNodes().size());
		assertEquals("default", cluster.getProfiles().get(0).getName());
		assertFalse(Files.exists(dir.resolve("none.wulf")));
	}

	@Test
	void savedClusterLoadsBackEqual() throws Exception {
		Cluster cluster = ModelFile.newCluster();
		cluster.setControllerIp("10.0.0.1");
		Node node = node(cluster, "n01", "default");
		netDev(node, "default", "aa:bb:cc:dd:ee:01", "10.0.1.1").setMtu(9000);
		node.getTags().put("rack", "r1");
		node.getKernelArgs().addAll(List.of("quiet", "quiet"));
		node.setDiscoverable(Boolean.FALSE);
		node.setIpmi(WulfFactory.eINSTANCE.createIpmi());
		node.getIpmi().setPort(623);

		Path path = dir.resolve("sub/dir/cluster.wulf");
		new ModelFile(path).save(cluster);
		Cluster loaded = new ModelFile(path).load();

		assertTrue(EcoreUtil.equals(cluster, loaded), "the loaded cluster equals the saved one");
		assertEquals(List.of("quiet", "quiet"), loaded.getNodes().get(0).getKernelArgs());
		assertEquals(Boolean.FALSE, loaded.getNodes().get(0).getDiscoverable());
	}

	@Test
	void malformedXmlNamesFileLineAndColumn() throws Exception {
		Path path = dir.resolve("broken.wulf");
		Files.writeString(path, "<?xml version=\"1.0\"?>\n<wulf:Cluster xmlns:wulf=\"http://www.wulf.org/model/1.0\">\n  <nodes name=\"n1\">\n</wulf:Cluster>\n");
		ModelFileException e = assertThrows(ModelFileException.class, () -> new ModelFile(path).load());
		assertEquals(4, e.line(), e.getMessage());
		assertTrue(e.column() > 0, e.getMessage());
		assertTrue(e.getMessage().startsWith(path + ":4:"), e.getMessage());
		assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
	}

	@Test
	void unknownAttributeNamesItsLine() throws Exception {
		Path path = dir.resolve("unknown.wulf");
		Files.writeString(path, "<?xml version=\"1.0\"?>\n<wulf:Cluster xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" xmlns:wulf=\"http://www.wulf.org/model/1.0\">\n"
				+ "  <nodes name=\"n1\"/>\n  <nodes name=\"n2\" colour=\"blue\"/>\n</wulf:Cluster>\n");
		ModelFileException e = assertThrows(ModelFileException.class, () -> new ModelFile(path).load());
		assertEquals(4, e.line(), e.getMessage());
		assertTrue(e.getMessage().contains("colour"), e.getMessage());
	}

	@Test
	void emptyFileIsReported() throws Exception {
		Path path = dir.resolve("empty.wulf");
		Files.writeString(path, "");
		ModelFileException e = assertThrows(ModelFileException.class, () -> new ModelFile(path).load());
		assertTrue(e.getMessage().startsWith(path.toString()), e.getMessage());
	}

	@Test
	void aCrashWhileWritingLeavesTheOldFileWhole() throws Exception {
		Path path = dir.resolve("cluster.wulf");
		Cluster cluster = ModelFile.newCluster();
		node(cluster, "n1");
		new ModelFile(path).save(cluster);
		byte[] before = Files.readAllBytes(path);

		IOException crash = assertThrows(IOException.class, () -> AtomicFileWriter.write(path, out -> {
			out.write("<?xml version=\"1.0\"?>\n<wulf:Cluster".getBytes(StandardCharsets.UTF_8));
			throw new IOException("simulated crash half way through the write");
		}));
		assertEquals("simulated crash half way through the write", crash.getMessage());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(path)), "the old file is unchanged");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("cluster.wulf"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
		}
		assertEquals("n1", new ModelFile(path).load().getNodes().get(0).getName());
	}

	@Test
	void aWriterThatClosesTheStreamStillGetsAnAtomicDurableFile() throws Exception {
		Path path = dir.resolve("closed.txt");
		AtomicFileWriter.write(path, out -> {
			out.write("content".getBytes(StandardCharsets.UTF_8));
			out.close();
		});
		assertEquals("content", Files.readString(path));
	}

	@Test
	void aTemporaryFileLeftByAKilledWriterIsIgnored() throws Exception {
		Path path = dir.resolve("cluster.wulf");
		Cluster cluster = ModelFile.newCluster();
		node(cluster, "n1");
		new ModelFile(path).save(cluster);
		Files.writeString(dir.resolve(".cluster.wulf.12345.tmp"), "<?xml version=\"1.0\"?><wulf:Clus");
		assertEquals(1, new ModelFile(path).load().getNodes().size());
	}

	@Test
	void saveRefusesToOverwriteAFileChangedByAnotherWriter() throws Exception {
		Path path = dir.resolve("cluster.wulf");
		new ModelFile(path).save(ModelFile.newCluster());
		ModelFile mine = new ModelFile(path);
		Cluster myCluster = mine.load();

		ModelFile theirs = new ModelFile(path);
		Cluster theirCluster = theirs.load();
		node(theirCluster, "theirs");
		theirs.save(theirCluster);

		node(myCluster, "mine");
		assertTrue(mine.changedOnDisk());
		assertThrows(ModelChangedOnDiskException.class, () -> mine.save(myCluster));
		assertEquals("theirs", new ModelFile(path).load().getNodes().get(0).getName());
	}

	@Test
	void saveKeepsTheFilePermissions() throws Exception {
		Path path = dir.resolve("cluster.wulf");
		ModelFile file = new ModelFile(path);
		file.save(ModelFile.newCluster());
		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
		Cluster cluster = file.load();
		node(cluster, "n1");
		file.save(cluster);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
	}

	@Test
	void tenThousandNodesRoundTrip() throws Exception {
		Cluster cluster = ModelFile.newCluster();
		for (int i = 0; i < 10_000; i++) {
			Node node = node(cluster, String.format("n%05d", i), "default");
			netDev(node, "default", String.format("02:00:00:00:%02x:%02x", i / 256, i % 256),
					"10.0." + (i / 250) + "." + (i % 250 + 1));
		}
		Path path = dir.resolve("big.wulf");
		new ModelFile(path).save(cluster);
		Cluster loaded = new ModelFile(path).load();
		assertEquals(10_000, loaded.getNodes().size());
		assertEquals("10.0.39.250", loaded.getNodes().get(9_999).getNetDevs().get(0).getIpaddr());
	}
}
