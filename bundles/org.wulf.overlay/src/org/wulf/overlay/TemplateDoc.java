package org.wulf.overlay;

/**
 * A documentation comment of a template, for {@code wulf overlay info}: a {@code wwdoc:} line
 * (variable null) or a {@code .Var: help} line.
 */
public record TemplateDoc(int line, String variable, String help) {
}
