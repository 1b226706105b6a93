package org.wulf.overlay.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wulf.overlay.TemplateDoc;

/** Reads the documentation lines of template comments: {@code wwdoc: text} and {@code .Var.Path: help}. */
public final class TemplateDocs {

	private static final Pattern VARIABLE = Pattern.compile("^\\s*(\\.[A-Za-z0-9_.\\[\\]\"]+)\\s*:\\s*(.*)$");
	private static final Pattern WWDOC = Pattern.compile("^\\s*wwdoc\\d*\\s*:\\s*(.*)$");

	private TemplateDocs() {
	}

	/** @return the documentation on one line of a comment (none, or one entry) */
	public static List<TemplateDoc> parse(int line, String text) {
		Matcher doc = WWDOC.matcher(text);
		if (doc.matches()) {
			return List.of(new TemplateDoc(line, null, doc.group(1).trim()));
		}
		Matcher variable = VARIABLE.matcher(text);
		if (variable.matches()) {
			return List.of(new TemplateDoc(line, variable.group(1), variable.group(2).trim()));
		}
		return List.of();
	}
}
