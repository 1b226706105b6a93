package org.wulf.template;

/**
 * The text of a template comment (<code>{{/* text *&#47;}}</code>, trimmed, without the delimiters) and the
 * 1-based line it starts on; {@code overlay info} reads {@code wwdoc:} and {@code .Var: help} lines from them.
 */
public record TemplateComment(String text, int line) {
}
