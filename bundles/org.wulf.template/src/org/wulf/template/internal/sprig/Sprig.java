package org.wulf.template.internal.sprig;

import java.util.LinkedHashMap;
import java.util.Map;

import org.wulf.template.TemplateFunction;

/** The sprig functions Warewulf-style overlays use, assembled from the function families of this package. */
public final class Sprig {
    private Sprig() {
    }

    public static Map<String, TemplateFunction> all() {
        Map<String, TemplateFunction> f = new LinkedHashMap<>();
        return f;
    }
}
