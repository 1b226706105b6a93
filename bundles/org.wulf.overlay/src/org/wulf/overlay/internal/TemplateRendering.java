package org.wulf.overlay.internal;

import java.util.ArrayList;
import java.util.List;

import org.wulf.overlay.OverlayTemplateException;
import org.wulf.overlay.RenderedOutput;
import org.wulf.overlay.TemplateDoc;
import org.wulf.overlay.TemplateHost;

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
		return false;
	}

	/**
	 * Renders one {@code .ww} file for one node.
	 *
	 * @param templatePath the template's path in the overlay ({@code /etc/hosts.ww})
	 */
	public static RenderedOutput render(String overlay, String templatePath, String text, Object data, String node,
			TemplateHost host) throws OverlayTemplateException {
		throw new OverlayTemplateException(overlay, templatePath, 0, 0, node,
				"the template engine (bundle org.wulf.template) is not installed", null);
	}

	/** @return the documentation comments of a template ({@code wwdoc:} and {@code .Var: help} lines) */
	public static List<TemplateDoc> comments(String overlay, String templatePath, String text) throws OverlayTemplateException {
		List<TemplateDoc> docs = new ArrayList<>();
		int from = 0;
		while (true) {
			int open = text.indexOf("{{/*", from);
			int openTrim = text.indexOf("{{- /*", from);
			if (open < 0 || (openTrim >= 0 && openTrim < open)) {
				open = openTrim;
			}
			if (open < 0) {
				break;
			}
			int close = text.indexOf("*/", open);
			if (close < 0) {
				throw new OverlayTemplateException(overlay, templatePath, line(text, open), 0, null, "unclosed comment", null);
			}
			String body = text.substring(text.indexOf("/*", open) + 2, close);
			int line = line(text, open);
			for (String raw : body.split("\n")) {
				docs.addAll(TemplateDocs.parse(line++, raw));
			}
			from = close + 2;
		}
		return docs;
	}

	private static int line(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}
}
