package org.wulf.template.warewulf;

import java.util.List;
import java.util.Objects;

import org.wulf.template.Template;
import org.wulf.template.TemplateComment;

/**
 * An overlay template ({@code *.ww}) parsed once, to be rendered by {@link WarewulfRenderer#render(OverlayTemplate,
 * Object)} for any number of nodes, from any number of threads at once: parsing is most of the cost of a
 * rendering, and the parsed form holds no per-rendering state. Made by {@link WarewulfRenderer#parse}.
 */
public final class OverlayTemplate {
    private final String path;
    private final Template template;

    OverlayTemplate(String path, Template template) {
        this.path = Objects.requireNonNull(path, "path");
        this.template = Objects.requireNonNull(template, "template");
    }

    /** The template's path inside its overlay, e.g. {@code /etc/hosts.ww}. */
    public String path() {
        return path;
    }

    /** The parsed template (executing it directly gives the raw output, before it is split into files). */
    public Template template() {
        return template;
    }

    /** The {@code {{/* ... *}{@literal /}}} comments of the template, with their lines. */
    public List<TemplateComment> comments() {
        return template.comments();
    }
}
