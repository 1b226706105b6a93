package org.wulf.provision;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Function;
import java.util.function.Supplier;

import org.wulf.model.Cluster;
import org.wulf.overlay.OverlayBuilder;
import org.wulf.overlay.OverlayException;
import org.wulf.overlay.TemplateData;
import org.wulf.provision.http.BootNode;
import org.wulf.provision.http.BootStage;
import org.wulf.provision.http.FilePreparer;

/**
 * Warewulf's "autobuild overlays" for the engine: before a node's system or runtime overlay is sent,
 * its images are built if they are missing or their inputs changed (the model the engine serves,
 * or the overlay files), when the served cluster has {@code autobuildOverlays} set. Only the
 * requesting node is built, on its request's thread; the same builder serves {@code wulf overlay build}.
 * The template data is made once per served model snapshot.
 */
public final class OverlayAutobuild implements FilePreparer {

	private static final Logger LOG = System.getLogger("org.wulf.provision");

	private final OverlayBuilder builder;
	private final Supplier<Cluster> served;
	private final Function<Cluster, TemplateData> dataOf;
	private Cluster dataCluster;
	private TemplateData data;

	/**
	 * @param served the cluster the engine serves now (its snapshot's copy, never edited)
	 * @param dataOf makes the template data of a cluster
	 */
	public OverlayAutobuild(OverlayBuilder builder, Supplier<Cluster> served, Function<Cluster, TemplateData> dataOf) {
		this.builder = builder;
		this.served = served;
		this.dataOf = dataOf;
	}

	@Override
	public void prepare(BootNode node, BootStage stage) throws IOException {
		Cluster cluster = served.get();
		if (!cluster.isAutobuildOverlays() || (stage != BootStage.SYSTEM && stage != BootStage.RUNTIME)) {
			return;
		}
		TemplateData current = data(cluster);
		if (!current.hasNode(node.name())) {
			return;
		}
		try {
			long started = System.nanoTime();
			if (builder.buildIfStale(current, node.name())) {
				LOG.log(Level.INFO, "node {0}: overlays built for its {1} request in {2} ms", node.name(), stage.id(),
						(System.nanoTime() - started) / 1_000_000);
			}
		} catch (OverlayException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private synchronized TemplateData data(Cluster cluster) {
		if (cluster != dataCluster) {
			data = dataOf.apply(cluster);
			dataCluster = cluster;
		}
		return data;
	}
}
