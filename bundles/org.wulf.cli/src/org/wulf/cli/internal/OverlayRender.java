package org.wulf.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.wulf.model.Cluster;
import org.wulf.overlay.OverlayBuilder;
import org.wulf.overlay.OverlayException;
import org.wulf.overlay.OverlayStore;
import org.wulf.overlay.RenderedOutput;
import org.wulf.overlay.TemplateData;
import org.wulf.overlay.FileTemplateHost;
import org.wulf.overlay.internal.OverlayPath;
import org.wulf.overlay.internal.TemplateRendering;

/** {@code wulf overlay show --render NODE}: a template rendered for one node, as the build would. */
final class OverlayRender {

	private OverlayRender() {
	}

	static void show(WulfCommand root, OverlayStore store, Path images, String overlay, String file, String text, String node,
			boolean quiet) throws OverlayException {
		Cluster cluster = root.session().read();
		Path configDir = root.session().file().path().toAbsolutePath().getParent();
		String host = TemplateData.localHostName();
		TemplateData data = TemplateData.of(cluster, new TemplateData.Settings(host, store.site(),
				OverlayBuilder.defaultProvisionDir(images), images, configDir));
		Instant now = Instant.now();
		Map<String, Object> values;
		if (data.hasNode(node)) {
			values = data.forNode(node, now);
		} else if (node.equals("host") || node.equals(host)) {
			values = data.forHost(now);
		} else {
			throw new OverlayException("there is no node " + node + " to render for (give a node name, or host for this server)");
		}
		String path = "/" + OverlayPath.normalize(overlay, file);
		values.put("Overlay", overlay);
		values.put("BuildSource", store.get(overlay).rootfs().resolve(path.substring(1)).toString());
		RenderedOutput output = TemplateRendering.render(overlay, path, text, values, node, new FileTemplateHost(configDir, images));
		PrintStream out = root.out();
		if (output.aborted()) {
			if (!quiet) {
				out.println("writeFile: false (the template aborted)");
			}
			return;
		}
		for (RenderedOutput.File rendered : output.files()) {
			if (!quiet) {
				out.println("backupFile: " + output.backup());
				out.println("writeFile: true");
				out.println("Filename: " + rendered.path());
			}
			if (rendered.symlinkTarget() != null) {
				out.println((quiet ? "" : "softlink: ") + rendered.symlinkTarget());
			} else {
				out.write(rendered.content(), 0, rendered.content().length);
			}
		}
		out.flush();
	}
}
