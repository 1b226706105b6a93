package org.wulf.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wulf.model.Cluster;
import org.wulf.overlay.BuildReport;
import org.wulf.overlay.OverlayBuilder;
import org.wulf.overlay.OverlayStore;
import org.wulf.overlay.TemplateData;
import org.wulf.overlay.FileTemplateHost;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code wulf overlay build [NODE...]}: builds the system and runtime overlay images of nodes (all
 * by default) in parallel; nodes whose inputs are unchanged are skipped. A failing node is reported
 * and the others are still built; the exit code is 1 when any failed.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
		description = "Build the system and runtime overlay images of nodes (__SYSTEM__.img.gz, __RUNTIME__.img.gz).")
final class OverlayBuildCommand implements Runnable {
	@ParentCommand
	OverlayCommand parent;
	@Spec
	CommandSpec spec;
	@Mixin
	OverlayStoreOption storeOption;
	@Mixin
	ImageStoreOption imageOption;
	@Option(names = "--provision", paramLabel = "DIR",
			description = "where built images go, as DIR/overlays/NODE/ (default: $WULF_PROVISION, else provision beside the image store)")
	Path provision;
	@Option(names = "--workers", paramLabel = "N", defaultValue = "0",
			description = "nodes built at once (0 or less: one per processor)")
	int workers;
	@Option(names = { "-f", "--force" }, description = "rebuild even nodes whose inputs are unchanged")
	boolean force;
	@Parameters(arity = "0..*", paramLabel = "NODE", description = "nodes (ranges allowed; default: all)")
	List<String> patterns;

	@Override
	public void run() {
		WulfCommand root = parent.root;
		Cluster cluster = root.session().read();
		OverlayStore store = storeOption.store(root);
		Path images = imageOption.store().root();
		Path provisionDir = provision != null ? provision : OverlayBuilder.defaultProvisionDir(images);
		long started = System.nanoTime();
		TemplateData data = TemplateData.of(cluster, new TemplateData.Settings(TemplateData.localHostName(), store.site(),
				provisionDir, images, root.session().file().path().toAbsolutePath().getParent()));
		List<String> nodes = new ArrayList<>();
		if (patterns == null || patterns.isEmpty()) {
			nodes.addAll(data.nodeNames());
		} else {
			for (String name : Selection.names(spec.commandLine(), patterns)) {
				if (!data.hasNode(name)) {
					throw new CliFailure("there is no node " + name + " (wulf node list)");
				}
				nodes.add(name);
			}
		}
		if (nodes.isEmpty()) {
			root.out().println("no nodes to build");
			return;
		}
		OverlayBuilder builder = new OverlayBuilder(store, provisionDir,
				new FileTemplateHost(root.session().file().path().toAbsolutePath().getParent(), images));
		ProgressBar bar = new ProgressBar(root.err(), "building overlays").counts();
		BuildReport report = builder.build(data, nodes, workers, force, bar::update);
		double seconds = (System.nanoTime() - started) / 1e9;
		for (BuildReport.Failure failure : report.failures()) {
			root.err().println("wulf: " + failure.message());
		}
		root.out().printf("overlays of %d nodes: %d built, %d unchanged, %d failed in %.1f s (%.0f nodes/s, %s written) into %s%n",
				nodes.size(), report.built(), report.skipped(), report.failures().size(), seconds, nodes.size() / seconds,
				ProgressBar.size(report.bytes()), provisionDir.resolve("overlays"));
		if (!report.ok()) {
			throw new CliFailure(report.failures().size() + " of " + nodes.size() + " nodes failed (listed above)");
		}
	}
}
