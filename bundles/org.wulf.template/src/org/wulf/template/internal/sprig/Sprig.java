package org.wulf.template.internal.sprig;

import java.util.LinkedHashMap;
import java.util.Map;

import org.wulf.template.TemplateFunction;

/**
 * The sprig (v3) functions Warewulf-style overlays use, assembled from the function families of this
 * package. Each follows sprig's own behaviour, including its leniencies (e.g. {@code atoi} of junk is 0).
 */
public final class Sprig {
    private Sprig() {
    }

    public static Map<String, TemplateFunction> all() {
        Map<String, TemplateFunction> f = new LinkedHashMap<>();
        Defaults.register(f);
        Lists.register(f);
        Dicts.register(f);
        Strings.register(f);
        Regex.register(f);
        Maths.register(f);
        Encoding.register(f);
        Dates.register(f);
        Paths.register(f);
        Semver.register(f);
        return f;
    }

    /** Go's strings.Split (an empty separator splits into characters). */
    public static java.util.List<String> splitAll(String s, String sep) {
        return Strings.split(s, sep, -1);
    }
}
