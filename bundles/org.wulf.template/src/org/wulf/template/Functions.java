package org.wulf.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.wulf.template.internal.Builtins;
import org.wulf.template.internal.sprig.Sprig;

/**
 * An immutable table of template functions. {@link #standard()} holds Go's predefined functions and the sprig
 * subset Warewulf overlays use; {@link #with(String, TemplateFunction)} adds or replaces one function in a
 * copy. Templates check function names against the table when they are parsed, as Go does.
 */
public final class Functions {
    private static final Functions STANDARD;

    static {
        Map<String, TemplateFunction> all = new LinkedHashMap<>(Sprig.all());
        all.putAll(Builtins.all());
        STANDARD = new Functions(all);
    }

    private final Map<String, TemplateFunction> table;

    private Functions(Map<String, TemplateFunction> table) {
        this.table = Collections.unmodifiableMap(table);
    }

    /** Go's builtins plus the sprig subset. */
    public static Functions standard() {
        return STANDARD;
    }

    /** Only Go's builtins ({@code and}, {@code len}, {@code printf}, ...). */
    public static Functions builtins() {
        return new Functions(new LinkedHashMap<>(Builtins.all()));
    }

    /** A copy with {@code name} bound to {@code function}. */
    public Functions with(String name, TemplateFunction function) {
        if (name == null || !name.matches("[\\p{L}_][\\p{L}\\p{N}_]*")) {
            throw new IllegalArgumentException("not a valid function name: " + name);
        }
        Map<String, TemplateFunction> copy = new LinkedHashMap<>(table);
        copy.put(name, function);
        return new Functions(copy);
    }

    /** The function named {@code name}, or null. */
    public TemplateFunction get(String name) {
        return table.get(name);
    }

    public Set<String> names() {
        return table.keySet();
    }
}
