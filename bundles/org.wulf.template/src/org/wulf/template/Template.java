package org.wulf.template;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.wulf.template.internal.Executor;
import org.wulf.template.internal.Nodes.ListNode;
import org.wulf.template.internal.Parser;
import org.wulf.template.internal.SourceText;

/**
 * A parsed template in Go {@code text/template} syntax, executed with {@code missingkey=default} semantics.
 * Written from scratch for Wulf: no maintained Java implementation of Go templates exists, and overlays
 * written for Warewulf must render unchanged. A parsed template is immutable and may be executed concurrently.
 */
public final class Template {
    private final SourceText source;
    private final Map<String, ListNode> templates;
    private final List<TemplateComment> comments;

    private Template(SourceText source, Map<String, ListNode> templates, List<TemplateComment> comments) {
        this.source = source;
        this.templates = templates;
        this.comments = comments;
    }

    /**
     * Parses {@code text}; {@code name} names the file in error messages and is the root template's name
     * (so {@code {{template "name"}}} recurses into the whole file).
     */
    public static Template parse(String name, String text, Functions functions) throws TemplateException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        SourceText source = new SourceText(name, text);
        Map<String, ListNode> templates = new HashMap<>();
        List<TemplateComment> comments = new ArrayList<>();
        ListNode root = new Parser(source, functions == null ? Functions.standard() : functions, templates,
                comments).parse();
        if (!templates.containsKey(name) || !root.nodes().isEmpty()) {
            templates.put(name, root);
        }
        return new Template(source, Map.copyOf(templates), List.copyOf(comments));
    }

    /** Executes the root template with {@code data} as dot, writing to {@code out}. */
    public void execute(Writer out, Object data) throws TemplateException {
        executeTemplate(source.name(), out, data);
    }

    /** Executes the template named {@code name} (defined with define or block, or the root). */
    public void executeTemplate(String name, Writer out, Object data) throws TemplateException {
        try {
            new Executor(source, templates, out).run(name, data);
        } catch (UncheckedIOException e) {
            throw new TemplateException(source.name(), 0, 0, "cannot write output: " + e.getCause().getMessage(), e);
        }
    }

    public String execute(Object data) throws TemplateException {
        StringWriter out = new StringWriter();
        execute(out, data);
        return out.toString();
    }

    public String name() {
        return source.name();
    }

    /** The comments of the template text, in order, with their lines. */
    public List<TemplateComment> comments() {
        return comments;
    }

    /** Names of the templates defined in the text (with define or block), plus the root name. */
    public Set<String> templateNames() {
        return templates.keySet();
    }

}
