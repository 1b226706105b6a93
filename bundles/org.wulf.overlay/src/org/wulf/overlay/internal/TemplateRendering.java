package org.wulf.overlay.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.wulf.overlay.OverlayTemplateException;
import org.wulf.overlay.RenderedOutput;
import org.wulf.overlay.TemplateDoc;
import org.wulf.overlay.TemplateHost;
import org.wulf.template.Template;
import org.wulf.template.TemplateComment;
import org.wulf.template.TemplateException;
import org.wulf.template.warewulf.OverlayHost;
import org.wulf.template.warewulf.RenderResult;
import org.wulf.template.warewulf.RenderedFile;
import org.wulf.template.warewulf.WarewulfRenderer;

/**
 * The one place that talks to the template engine (bundle {@code org.wulf.template}, Warewulf's
 * Go-template dialect with its overlay functions). Everything else in the overlay bundle sees only
 * {@link RenderedOutput}, {@link TemplateDoc} and {@link OverlayTemplateException}.
 */
public final class TemplateRendering {

	private TemplateRendering() {
	}

	/** @return true when templates can be rendered */
	public static boolean available() {
		return true;
	}

	/**
	 * Renders one {@code .ww} file for one node.
	 *
	 * @param templatePath the template's path in the overlay ({@code /etc/hosts.ww})
	 */
	public static RenderedOutput render(String overlay, String templatePath, String text, Object data, String node,
			TemplateHost host) throws OverlayTemplateException {
		try {
			RenderResult result = new WarewulfRenderer(adapt(host)).render(templatePath, text, data);
			List<RenderedOutput.File> files = new ArrayList<>(result.files().size());
			for (RenderedFile file : result.files()) {
				files.add(new RenderedOutput.File(file.path(), file.content(), file.symlinkTarget()));
			}
			return new RenderedOutput(files, result.aborted(), result.backup());
		} catch (TemplateException e) {
			throw new OverlayTemplateException(overlay, templatePath, e.line(), e.column(), node,
					e.reason() != null ? e.reason() : e.getMessage(), e);
		} catch (RuntimeException e) {
			throw new OverlayTemplateException(overlay, templatePath, 0, 0, node, "the template engine failed: " + e, e);
		}
	}

	/** @return the documentation comments of a template ({@code wwdoc:} and {@code .Var: help} lines) */
	public static List<TemplateDoc> comments(String overlay, String templatePath, String text) throws OverlayTemplateException {
		List<TemplateDoc> docs = new ArrayList<>();
		try {
			Template template = Template.parse(templatePath, text, new WarewulfRenderer(adapt(null)).functions());
			for (TemplateComment comment : template.comments()) {
				int line = comment.line();
				for (String raw : comment.text().split("\n")) {
					docs.addAll(TemplateDocs.parse(line++, raw));
				}
			}
		} catch (TemplateException e) {
			throw new OverlayTemplateException(overlay, templatePath, e.line(), e.column(), null,
					e.reason() != null ? e.reason() : e.getMessage(), e);
		}
		return docs;
	}

	private static OverlayHost adapt(TemplateHost host) {
		return new OverlayHost() {
			@Override
			public String readHostFile(String path) {
				try {
					return host == null ? null : host.readHostFile(path);
				} catch (IOException e) {
					return null;
				}
			}

			@Override
			public String readImageFile(String image, String path) {
				try {
					return host == null ? null : host.readImageFile(image, path);
				} catch (IOException e) {
					return null;
				}
			}

			@Override
			public String resolveLink(String path) {
				try {
					return host == null ? null : host.resolveLink(path);
				} catch (IOException e) {
					return null;
				}
			}
		};
	}
}
