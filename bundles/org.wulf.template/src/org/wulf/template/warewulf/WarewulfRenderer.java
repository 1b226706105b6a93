package org.wulf.template.warewulf;

import java.util.List;
import java.util.Objects;

import org.wulf.template.Functions;
import org.wulf.template.Template;
import org.wulf.template.TemplateException;
import org.wulf.template.warewulf.internal.OutputSplitter;
import org.wulf.template.warewulf.internal.OverlayFunctions;

/**
 * Renders Warewulf overlay templates ({@code *.ww}): Go template syntax with the sprig subset and Warewulf's
 * own functions ({@code Include}, {@code IncludeFrom}, {@code IncludeBlock}, {@code ImportLink},
 * {@code basename}, {@code inc}, {@code dec}, {@code file}, {@code softlink}, {@code readlink},
 * {@code abort}, {@code nobackup}, {@code UniqueField}, {@code SystemdEscape}, {@code SystemdEscapePath},
 * {@code IgnitionJson}), then splits the output into the files and links it names. Thread-safe: every
 * call renders with its own state.
 */
public final class WarewulfRenderer {
    private final OverlayHost host;

    public WarewulfRenderer(OverlayHost host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    /**
     * @param templatePath the {@code .ww} file's path inside the overlay, e.g. {@code /etc/hosts.ww}; it names
     *        the template in errors, gives the default output path (without {@code .ww}) and the directory
     *        relative {@code file} names are resolved against
     * @param text the template text
     * @param data the template data (Warewulf's TemplateStruct as maps, records or beans)
     */
    public RenderResult render(String templatePath, String text, Object data) throws TemplateException {
        OverlayFunctions state = new OverlayFunctions(host, data);
        Functions functions = state.bind(Functions.standard());
        String output = Template.parse(templatePath, text, functions).execute(data);
        if (state.aborted()) {
            return new RenderResult(List.of(), true, state.backup());
        }
        String outputPath = templatePath.endsWith(".ww")
                ? templatePath.substring(0, templatePath.length() - 3) : templatePath;
        return new RenderResult(OutputSplitter.split(outputPath, templatePath, output), false, state.backup());
    }

    /** The standard functions plus Warewulf's, for parsing a template without rendering it (checks, docs). */
    public Functions functions() {
        return new OverlayFunctions(host, null).bind(Functions.standard());
    }
}
