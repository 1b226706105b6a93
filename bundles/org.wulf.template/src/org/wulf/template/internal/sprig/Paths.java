package org.wulf.template.internal.sprig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wulf.template.TemplateFunction;
import org.wulf.template.internal.Args;

/** base, dir, ext, clean, isAbs: Go's {@code path} package (slash-separated, lexical only). */
public final class Paths {
    private Paths() {
    }

    static void register(Map<String, TemplateFunction> f) {
        f.put("base", args -> {
            Args.count("base", args, 1);
            return base(Args.string("base", args, 0));
        });
        f.put("dir", args -> {
            Args.count("dir", args, 1);
            return dir(Args.string("dir", args, 0));
        });
        f.put("ext", args -> {
            Args.count("ext", args, 1);
            return ext(Args.string("ext", args, 0));
        });
        f.put("clean", args -> {
            Args.count("clean", args, 1);
            return clean(Args.string("clean", args, 0));
        });
        f.put("isAbs", args -> {
            Args.count("isAbs", args, 1);
            return Args.string("isAbs", args, 0).startsWith("/");
        });
    }

    /** path.Base. */
    public static String base(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        int i = p.lastIndexOf('/');
        if (i >= 0 && p.length() > 1) {
            p = p.substring(i + 1);
        }
        return p.isEmpty() ? "/" : p;
    }

    /** path.Dir. */
    public static String dir(String p) {
        int i = p.lastIndexOf('/');
        return clean(p.substring(0, i + 1));
    }

    /** path.Ext. */
    public static String ext(String p) {
        for (int i = p.length() - 1; i >= 0 && p.charAt(i) != '/'; i--) {
            if (p.charAt(i) == '.') {
                return p.substring(i);
            }
        }
        return "";
    }

    /** path.Clean. */
    public static String clean(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        boolean rooted = p.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else if (!rooted) {
                    out.add("..");
                }
            } else {
                out.add(part);
            }
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
