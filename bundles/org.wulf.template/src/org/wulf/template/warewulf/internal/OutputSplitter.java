package org.wulf.template.warewulf.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wulf.template.internal.sprig.Paths;
import org.wulf.template.warewulf.RenderedFile;

/**
 * Splits a template's output into files the way Warewulf does: {@code file} and {@code softlink} print marker
 * comments, and the output is then read line by line. A line holding a file marker is dropped and starts a
 * new file (relative names are taken from the template's directory); a line holding a softlink marker turns
 * the current output into a link. As in Warewulf (4.6.5+, {@code BuildOverlayIndir}), text before the first
 * file marker stays in the buffer and so begins the first named file.
 */
public final class OutputSplitter {
    private static final Pattern FILE = Pattern.compile(".*\\{\\{\\s*/\\*\\s*file\\s*[\"'](.*)[\"']\\s*\\*/\\s*}}.*");
    private static final Pattern LINK = Pattern.compile(".*\\{\\{\\s*/\\*\\s*softlink\\s*[\"'](.*)[\"']\\s*\\*/\\s*}}.*");

    private OutputSplitter() {
    }

    public static String fileMarker(String name) {
        return "{{ /* file \"" + name + "\" */ }}";
    }

    public static String linkMarker(String target) {
        return "{{ /* softlink \"" + target + "\" */ }}";
    }

    /**
     * @param outputPath the template's path without {@code .ww}
     * @param templatePath the template's path (its directory anchors relative {@code file} names)
     */
    public static List<RenderedFile> split(String outputPath, String templatePath, String output) {
        Map<String, RenderedFile> files = new LinkedHashMap<>();
        String current = outputPath;
        StringBuilder buffer = new StringBuilder();
        boolean named = false;
        boolean link = false;
        for (String line : lines(output)) {
            String bare = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            Matcher l = LINK.matcher(bare);
            Matcher f = FILE.matcher(bare);
            if (l.matches()) {
                put(files, new RenderedFile(current, new byte[0], l.group(1)));
                link = true;
            } else if (f.matches()) {
                if (named && !link) {
                    put(files, new RenderedFile(current, bytes(buffer), null));
                    buffer.setLength(0);
                }
                String name = f.group(1);
                current = name.startsWith("/") ? Paths.clean(name)
                        : Paths.clean(Paths.dir(templatePath) + "/" + name);
                named = true;
                link = false;
            } else {
                buffer.append(line);
            }
        }
        if (!link) {
            put(files, new RenderedFile(current, bytes(buffer), null));
        }
        return List.copyOf(files.values());
    }

    private static void put(Map<String, RenderedFile> files, RenderedFile f) {
        files.remove(f.path());
        files.put(f.path(), f);
    }

    private static byte[] bytes(StringBuilder b) {
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Lines with their newline kept; a last line without newline is kept as is. */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < s.length()) {
            int nl = s.indexOf('\n', from);
            int end = nl < 0 ? s.length() : nl + 1;
            out.add(s.substring(from, end));
            from = end;
        }
        return out;
    }
}
