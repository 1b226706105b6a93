package org.wulf.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wulf.core.resolve.EffectiveNode;
import org.wulf.core.resolve.NodeResolver;
import org.wulf.core.resolve.ResolvedField;
import org.wulf.model.Cluster;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.NodeSettings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/** Prints nodes (or profiles) in the formats of {@code wwctl node list}, from their effective values. */
final class NodeListing {

	private final List<? extends NodeSettings> objects;
	private final PrintStream out;
	private final NodeResolver resolver;

	NodeListing(Cluster cluster, List<? extends NodeSettings> objects, PrintStream out) {
		this.objects = objects;
		this.out = out;
		this.resolver = new NodeResolver(cluster);
	}

	void print(NodeCommand.ListFormat format) {
		if (format.all) {
			printAll();
		} else if (format.longFormat) {
			printLong();
		} else if (format.net) {
			printNetworks();
		} else if (format.ipmi) {
			printIpmi();
		} else if (format.json || format.yaml) {
			printStructured(format.yaml);
		} else {
			printShort();
		}
	}

	private void printShort() {
		Table table = new Table("NODE NAME", "PROFILES", "NETWORK");
		for (NodeSettings object : objects) {
			EffectiveNode node = resolver.resolve(object);
			List<String> networks = new ArrayList<>();
			for (NetDev netDev : node.values().getNetDevs()) {
				networks.add(netDev.getIpaddr() == null ? netDev.getName() : netDev.getName() + ":" + netDev.getIpaddr());
			}
			table.add(object.getName(), String.join(",", object.getProfiles()), String.join(",", networks));
		}
		table.print(out);
	}

	private void printAll() {
		Table table = new Table("NODE", "FIELD", "PROFILE", "VALUE");
		for (NodeSettings object : objects) {
			for (ResolvedField field : resolver.resolve(object).fields()) {
				table.add(object.getName(), field.path(), field.provenance().label(), field.displayValue());
			}
		}
		table.print(out);
	}

	private void printLong() {
		Table table = new Table("NODE NAME", "KERNEL VERSION", "IMAGE", "OVERLAYS (S/R)");
		for (NodeSettings object : objects) {
			NodeSettings values = resolver.resolve(object).values();
			table.add(object.getName(), values.getKernelVersion(), values.getImage(),
					String.join(",", values.getSystemOverlays()) + "/" + String.join(",", values.getRuntimeOverlays()));
		}
		table.print(out);
	}

	private void printNetworks() {
		Table table = new Table("NODE", "NETWORK", "HWADDR", "IPADDR", "GATEWAY", "DEVICE");
		for (NodeSettings object : objects) {
			List<NetDev> netDevs = resolver.resolve(object).values().getNetDevs();
			if (netDevs.isEmpty()) {
				table.add(object.getName());
			}
			for (NetDev netDev : netDevs) {
				table.add(object.getName(), netDev.getName(), netDev.getHwaddr(), netDev.getIpaddr(), netDev.getGateway(),
						netDev.getDevice());
			}
		}
		table.print(out);
	}

	private void printIpmi() {
		Table table = new Table("NODE", "IPMI IPADDR", "IPMI PORT", "IPMI USERNAME", "IPMI INTERFACE");
		for (NodeSettings object : objects) {
			Ipmi ipmi = resolver.resolve(object).values().getIpmi();
			if (ipmi == null) {
				table.add(object.getName());
			} else {
				table.add(object.getName(), ipmi.getIpaddr(), ipmi.getPort() == null ? null : ipmi.getPort().toString(),
						ipmi.getUsername(), ipmi.getInterface());
			}
		}
		table.print(out);
	}

	/** A map keyed by name: each field that has a value, with its value and source. */
	private void printStructured(boolean yaml) {
		Map<String, Object> document = new LinkedHashMap<>();
		for (NodeSettings object : objects) {
			Map<String, Object> fields = new LinkedHashMap<>();
			for (ResolvedField field : resolver.resolve(object).fields()) {
				if (field.value() == null || field.value().isEmpty()) {
					continue;
				}
				Map<String, String> entry = new LinkedHashMap<>();
				entry.put("value", field.value());
				entry.put("source", field.provenance().label());
				fields.put(field.path(), entry);
			}
			document.put(object.getName(), fields);
		}
		ObjectMapper mapper = yaml
				? new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
						.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build())
				: new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		try {
			out.println(mapper.writeValueAsString(document).stripTrailing());
		} catch (JsonProcessingException e) {
			throw new CliFailure("cannot write " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage(), e);
		}
	}
}
