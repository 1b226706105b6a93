package org.wulf.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.wulf.template.internal.Builtins;
import org.wulf.template.internal.sprig.Sprig;

/**
 * An immutable table of template functions. {@link #standard()} holds Go's predefined functions and the sprig
 * subset Warewulf overlays use; {@link #with(String, TemplateFunction)} adds or replaces one function in a
 * copy. Templates check function names against the table when they are parsed, as Go does.
 *
 * <p>A table made by {@code with} is a small layer of added functions over its unchanged base table, so adding a
 * function costs in proportion to the functions added, not to the ~200 of the standard table.</p>
 */
public final class Functions {
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Functions STANDARD;

    static {
        Map<String, TemplateFunction> all = new LinkedHashMap<>(Sprig.all());
        all.putAll(Builtins.all());
        STANDARD = new Functions(null, all);
    }

    /** The table the added functions lie over (never itself layered), or null. */
    private final Functions base;
    /** The functions of this table (all of them when {@code base} is null, else the added ones). */
    private final Map<String, TemplateFunction> table;
    private volatile Set<String> names;

    private Functions(Functions base, Map<String, TemplateFunction> table) {
        this.base = base;
        this.table = Collections.unmodifiableMap(table);
    }

    /** Go's builtins plus the sprig subset. */
    public static Functions standard() {
        return STANDARD;
    }

    /** Only Go's builtins ({@code and}, {@code len}, {@code printf}, ...). */
    public static Functions builtins() {
        return new Functions(null, new LinkedHashMap<>(Builtins.all()));
    }

    /** A copy with {@code name} bound to {@code function}. */
    public Functions with(String name, TemplateFunction function) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid function name: " + name);
        }
        Map<String, TemplateFunction> added = new LinkedHashMap<>(base == null ? Map.of() : table);
        added.put(name, function);
        return new Functions(base == null ? this : base, added);
    }

    /** The function named {@code name}, or null. */
    public TemplateFunction get(String name) {
        TemplateFunction f = table.get(name);
        return f != null || base == null ? f : base.table.get(name);
    }

    public Set<String> names() {
        Set<String> n = names;
        if (n == null) {
            if (base == null) {
                n = table.keySet();
            } else {
                Set<String> all = new LinkedHashSet<>(base.table.keySet());
                all.addAll(table.keySet());
                n = Collections.unmodifiableSet(all);
            }
            names = n;
        }
        return n;
    }
}
