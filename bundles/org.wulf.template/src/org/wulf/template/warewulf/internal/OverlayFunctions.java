package org.wulf.template.warewulf.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.wulf.template.Functions;
import org.wulf.template.TemplateException;
import org.wulf.template.internal.Args;
import org.wulf.template.internal.Values;
import org.wulf.template.internal.sprig.Paths;
import org.wulf.template.warewulf.OverlayHost;

/**
 * Warewulf's overlay template functions bound to one rendering: they read through the {@link OverlayHost}
 * and record {@code abort}/{@code nobackup} for the result.
 */
public final class OverlayFunctions {
    private static final System.Logger LOG = System.getLogger(OverlayFunctions.class.getName());

    private final OverlayHost host;
    private final Object data;
    private volatile boolean aborted;
    private volatile boolean backup = true;

    public OverlayFunctions(OverlayHost host, Object data) {
        this.host = host;
        this.data = data;
    }

    public boolean aborted() {
        return aborted;
    }

    public boolean backup() {
        return backup;
    }

    public Functions bind(Functions base) {
        return base
                .with("Include", args -> {
                    Args.count("Include", args, 1);
                    String path = Args.string("Include", args, 0);
                    String content = host.readHostFile(path);
                    if (content == null) {
                        LOG.log(System.Logger.Level.INFO, "Include: cannot read {0}; including nothing", path);
                        return "";
                    }
                    return trimNewline(content);
                })
                .with("IncludeFrom", args -> {
                    Args.count("IncludeFrom", args, 2);
                    String image = Args.string("IncludeFrom", args, 0);
                    String path = Args.string("IncludeFrom", args, 1);
                    if (image.isEmpty()) {
                        LOG.log(System.Logger.Level.WARNING, "IncludeFrom {0}: the node has no image", path);
                        return "";
                    }
                    String content = host.readImageFile(image, path);
                    if (content == null) {
                        LOG.log(System.Logger.Level.WARNING, "IncludeFrom: {0} does not exist in image {1}", path,
                                image);
                        return "";
                    }
                    return trimNewline(content);
                })
                .with("IncludeBlock", args -> {
                    Args.count("IncludeBlock", args, 2);
                    return includeBlock(Args.string("IncludeBlock", args, 0), Args.string("IncludeBlock", args, 1));
                })
                .with("ImportLink", args -> {
                    Args.count("ImportLink", args, 1);
                    String target = host.resolveLink(Args.string("ImportLink", args, 0));
                    // Warewulf prints the word "abort" when the link cannot be resolved
                    return target == null ? "abort" : OutputSplitter.linkMarker(target);
                })
                .with("readlink", args -> {
                    Args.count("readlink", args, 1);
                    String path = Args.string("readlink", args, 0);
                    String target = host.resolveLink(path);
                    if (target == null) {
                        throw new TemplateException("lstat " + path + ": no such file or directory");
                    }
                    return target;
                })
                .with("basename", args -> {
                    Args.count("basename", args, 1);
                    return Paths.base(Args.string("basename", args, 0));
                })
                .with("inc", args -> {
                    Args.count("inc", args, 1);
                    return Values.integer(Args.integer("inc", args, 0) + 1);
                })
                .with("dec", args -> {
                    Args.count("dec", args, 1);
                    return Values.integer(Args.integer("dec", args, 0) - 1);
                })
                .with("file", args -> {
                    Args.count("file", args, 1);
                    return OutputSplitter.fileMarker(Args.string("file", args, 0));
                })
                .with("softlink", args -> {
                    Args.count("softlink", args, 1);
                    return OutputSplitter.linkMarker(Args.string("softlink", args, 0));
                })
                .with("abort", args -> {
                    Args.count("abort", args, 0);
                    aborted = true;
                    return "";
                })
                .with("nobackup", args -> {
                    Args.count("nobackup", args, 0);
                    backup = false;
                    return "";
                })
                .with("UniqueField", args -> {
                    Args.count("UniqueField", args, 3);
                    return uniqueField(Args.string("UniqueField", args, 0), (int) Args.integer("UniqueField", args, 1),
                            Args.string("UniqueField", args, 2));
                })
                .with("SystemdEscape", args -> {
                    Args.count("SystemdEscape", args, 1);
                    return SystemdEscaping.escape(Args.string("SystemdEscape", args, 0));
                })
                .with("SystemdEscapePath", args -> {
                    Args.count("SystemdEscapePath", args, 1);
                    return SystemdEscaping.escapePath(Args.string("SystemdEscapePath", args, 0));
                })
                .with("IgnitionJson", args -> {
                    Args.count("IgnitionJson", args, 0);
                    return IgnitionConfig.json(data);
                });
    }

    private static String trimNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** Lines up to the first one containing {@code abort}, each with its newline, then {@code abort}. */
    private String includeBlock(String path, String abort) {
        String content = host.readHostFile(path);
        if (content == null) {
            LOG.log(System.Logger.Level.INFO, "IncludeBlock: cannot read {0}", path);
            return abort;
        }
        StringBuilder b = new StringBuilder();
        for (String line : scanLines(content)) {
            if (line.contains(abort)) {
                break;
            }
            b.append(line).append('\n');
        }
        return b.append(abort).toString();
    }

    /** bufio.ScanLines: split on \n, drop a trailing \r, no empty last line. */
    private static List<String> scanLines(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < s.length()) {
            int nl = s.indexOf('\n', from);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(from, end);
            out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            from = nl < 0 ? s.length() : nl + 1;
        }
        return out;
    }

    /** Keeps the first line for each value of field {@code index}; lines without that field stay. */
    static String uniqueField(String sep, int index, String input) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : org.wulf.template.internal.sprig.Sprig.splitAll(input, "\n")) {
            List<String> fields = org.wulf.template.internal.sprig.Sprig.splitAll(line, sep);
            if (fields.size() > index && index >= 0) {
                String field = fields.get(index);
                if (!field.isEmpty() && !seen.add(field)) {
                    continue;
                }
            }
            out.add(line);
        }
        return String.join("\n", out);
    }
}
