package org.wulf.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.wulf.core.range.NodeRange;
import org.wulf.model.Cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wulf node status}: each node's boot stage, as the running {@code wulf server} reports it. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show where nodes are in their boot (asks wulf server).")
final class NodeStatusCommand implements Runnable {

	@ParentCommand
	NodeCommand parent;
	@Spec
	CommandSpec spec;
	@Option(names = "--url", paramLabel = "URL", description = "the server (default: http://CONTROLLER:PORT of the model)")
	String url;
	@Parameters(paramLabel = "PATTERN", arity = "0..*")
	List<String> patterns = new ArrayList<>();

	@Override
	public void run() {
		WulfCommand root = parent.root;
		String base = url;
		if (base == null) {
			Cluster cluster = root.session().read();
			if (cluster.getControllerIp() == null) {
				throw new CliFailure("no server address: set the controller address (wulf cluster set --ipaddr) or give --url");
			}
			base = "http://" + cluster.getControllerIp() + ":" + cluster.getHttpPort();
		}
		JsonNode nodes;
		try {
			HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
					HttpRequest.newBuilder(URI.create(base + "/status")).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			nodes = new ObjectMapper().readTree(response.body()).path("nodes");
		} catch (IOException e) {
			throw new CliFailure("cannot reach " + base + "/status (is wulf server running?): " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliFailure("interrupted");
		}
		List<String> wanted = patterns.isEmpty() ? null : Selection.names(spec.commandLine(), patterns);
		Table table = new Table("NODENAME", "STAGE", "SENT", "LASTSEEN (s)");
		for (Iterator<Map.Entry<String, JsonNode>> it = nodes.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			if (wanted != null && !wanted.contains(entry.getKey())) {
				continue;
			}
			JsonNode node = entry.getValue();
			long age = Duration.between(Instant.parse(node.path("lastSeen").asText()), Instant.now()).toSeconds();
			table.add(entry.getKey(), node.path("stage").asText().toUpperCase(), node.path("sent").asText(), Long.toString(age));
		}
		table.print(root.out());
		if (wanted != null && wanted.isEmpty()) {
			root.err().println("wulf: no node matches " + NodeRange.fold(patterns));
		}
	}
}
