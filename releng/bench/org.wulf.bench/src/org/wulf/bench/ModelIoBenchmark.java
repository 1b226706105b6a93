package org.wulf.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.core.store.AtomicFileWriter;
import org.wulf.core.store.ModelFile;
import org.wulf.core.validate.ClusterValidator;
import org.wulf.core.warewulf.WarewulfSite;
import org.wulf.model.Cluster;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.Profile;
import org.wulf.model.WulfFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Loads and saves a 10,000-node cluster model and prints the times. The peer in the same run is
 * the same cluster as a Warewulf-style nodes.conf map read and written with Jackson YAML (what a
 * Warewulf site's registry costs to parse), so the XMI figures have a reference point.
 *
 * The Warewulf import/export of the same cluster (issue 3) is measured in the same run; the
 * Jackson-tree figures are its floor (parsing alone, no checks, no model).
 *
 * Targets (issues 2 and 3): each well under one second.
 */
class ModelIoBenchmark {

	private static final int NODES = 10_000;
	private static final int ROUNDS = 7;

	@Test
	void loadAndSaveTenThousandNodes() throws Exception {
		Path dir = Files.createTempDirectory("wulf-bench");
		try {
			Cluster cluster = build();
			Path xmi = dir.resolve("cluster.wulf");
			Path yaml = dir.resolve("nodes.conf");
			Map<String, Object> nodesConf = asNodesConf(cluster);
			ObjectMapper yamlMapper = new ObjectMapper(new YAMLFactory());

			long[] save = new long[ROUNDS];
			long[] load = new long[ROUNDS];
			long[] yamlSave = new long[ROUNDS];
			long[] yamlLoad = new long[ROUNDS];
			long[] wwExport = new long[ROUNDS];
			long[] wwImport = new long[ROUNDS];
			Path wwNodesConf = dir.resolve("export/nodes.conf");
			int loadedNodes = 0;
			for (int round = 0; round < ROUNDS; round++) {
				long t0 = System.nanoTime();
				new ModelFile(xmi).saveOver(cluster);
				save[round] = System.nanoTime() - t0;

				t0 = System.nanoTime();
				loadedNodes = new ModelFile(xmi).load().getNodes().size();
				load[round] = System.nanoTime() - t0;

				t0 = System.nanoTime();
				AtomicFileWriter.write(yaml, (OutputStream out) -> yamlMapper.writeValue(out, nodesConf));
				yamlSave[round] = System.nanoTime() - t0;

				t0 = System.nanoTime();
				try (InputStream in = Files.newInputStream(yaml)) {
					yamlMapper.readTree(in);
				}
				yamlLoad[round] = System.nanoTime() - t0;

				t0 = System.nanoTime();
				WarewulfSite.write(cluster, wwNodesConf.getParent());
				wwExport[round] = System.nanoTime() - t0;

				t0 = System.nanoTime();
				Cluster imported = WulfFactory.eINSTANCE.createCluster();
				WarewulfSite.read(wwNodesConf.getParent()).applyTo(imported);
				wwImport[round] = System.nanoTime() - t0;
				if (imported.getNodes().size() != NODES) {
					throw new AssertionError("imported " + imported.getNodes().size() + " nodes, expected " + NODES);
				}
			}
			if (loadedNodes != NODES) {
				throw new AssertionError("loaded " + loadedNodes + " nodes, expected " + NODES);
			}

			long t0 = System.nanoTime();
			NodeResolver resolver = new NodeResolver(cluster);
			for (Node node : cluster.getNodes()) {
				resolver.resolve(node);
			}
			long resolve = System.nanoTime() - t0;
			t0 = System.nanoTime();
			int problems = ClusterValidator.validate(cluster).size();
			long validate = System.nanoTime() - t0;

			System.out.println();
			System.out.println("== Wulf model benchmark: " + NODES + " nodes, " + ROUNDS + " rounds, Java " + Runtime.version()
					+ ", " + Runtime.getRuntime().availableProcessors() + " cores");
			System.out.printf(Locale.ROOT, "file sizes: XMI %.1f MB, Warewulf-style YAML %.1f MB%n", Files.size(xmi) / 1e6,
					Files.size(yaml) / 1e6);
			row("XMI save (atomic, fsync)", save);
			row("XMI load", load);
			row("Warewulf export (nodes.conf + warewulf.conf)", wwExport);
			row("Warewulf import (parse, check, apply)", wwImport);
			row("peer: nodes.conf YAML save (Jackson, atomic)", yamlSave);
			row("peer: nodes.conf YAML load (Jackson tree)", yamlLoad);
			System.out.printf(Locale.ROOT, "resolve all %d effective nodes: %.0f ms; validate the cluster: %.0f ms (%d problems)%n",
					NODES, resolve / 1e6, validate / 1e6, problems);
			System.out.printf(Locale.ROOT, "exported nodes.conf: %.1f MB%n", Files.size(wwNodesConf) / 1e6);
			System.out.println("targets: model load/save and Warewulf import/export each well under 1000 ms (warm median)");
		} finally {
			try (var files = Files.walk(dir)) {
				for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private static void row(String what, long[] nanos) {
		long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
		Arrays.sort(warm);
		System.out.printf(Locale.ROOT, "%-46s first %6.0f ms   warm median %6.0f ms   best %6.0f ms%n", what, nanos[0] / 1e6,
				warm[warm.length / 2] / 1e6, warm[0] / 1e6);
	}

	/** A cluster shaped like a real site: two profiles, every node with a netdev, IPMI and tags. */
	static Cluster build() {
		WulfFactory f = WulfFactory.eINSTANCE;
		Cluster cluster = ModelFile.newCluster();
		cluster.setControllerIp("10.0.0.1");
		cluster.setNetmask("255.255.0.0");
		cluster.setNetwork("10.0.0.0");
		Profile base = cluster.getProfiles().get(0);
		base.setImage("rocky9");
		org.wulf.model.Image image = f.createImage();
		image.setName("rocky9");
		image.setSource("docker://ghcr.io/warewulf/warewulf-rockylinux:9");
		cluster.getImages().add(image);
		base.getKernelArgs().addAll(List.of("quiet", "crashkernel=no", "net.ifnames=1"));
		Profile gpu = f.createProfile();
		gpu.setName("gpu");
		gpu.getTags().put("gpu", "a100");
		cluster.getProfiles().add(gpu);
		for (int i = 0; i < NODES; i++) {
			Node node = f.createNode();
			node.setName(String.format("n%05d", i));
			node.getProfiles().add("default");
			if (i % 4 == 0) {
				node.getProfiles().add("gpu");
			}
			NetDev netDev = f.createNetDev();
			netDev.setName("default");
			netDev.setDevice("eth0");
			netDev.setHwaddr(String.format("02:00:00:%02x:%02x:%02x", i >> 16 & 0xff, i >> 8 & 0xff, i & 0xff));
			netDev.setIpaddr("10.0." + (i / 250 + 1) + "." + (i % 250 + 1));
			netDev.setNetmask("255.255.0.0");
			node.getNetDevs().add(netDev);
			Ipmi ipmi = f.createIpmi();
			ipmi.setIpaddr("10.1." + (i / 250 + 1) + "." + (i % 250 + 1));
			ipmi.setUsername("admin");
			node.setIpmi(ipmi);
			node.getTags().put("rack", "r" + i / 40);
			cluster.getNodes().add(node);
		}
		return cluster;
	}

	private static Map<String, Object> asNodesConf(Cluster cluster) {
		Map<String, Object> nodes = new LinkedHashMap<>();
		for (Node node : cluster.getNodes()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("profiles", new ArrayList<>(node.getProfiles()));
			Map<String, Object> netDevs = new LinkedHashMap<>();
			for (NetDev netDev : node.getNetDevs()) {
				netDevs.put(netDev.getName(), Map.of("device", netDev.getDevice(), "hwaddr", netDev.getHwaddr(), "ipaddr",
						netDev.getIpaddr(), "netmask", netDev.getNetmask()));
			}
			entry.put("network devices", netDevs);
			entry.put("ipmi", Map.of("ipaddr", node.getIpmi().getIpaddr(), "username", node.getIpmi().getUsername()));
			entry.put("tags", Map.copyOf(node.getTags().map()));
			nodes.put(node.getName(), entry);
		}
		return Map.of("nodeprofiles", Map.of("default", Map.of("image name", "rocky9")), "nodes", nodes);
	}
}
