package org.wulf.template.internal.sprig;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.wulf.template.internal.GoPrinter;
import org.wulf.template.internal.Values;

/** sprig's {@code strval} and {@code strslice}: how sprig turns any value into strings. */
final class Strval {
    private Strval() {
    }

    static String of(Object v) {
        if (v instanceof CharSequence s) {
            return s.toString();
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        return GoPrinter.print(v);
    }

    /** Lists become their non-nil elements as strings; nil becomes an empty list; anything else one string. */
    static List<String> slice(Object v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (Values.isList(v)) {
            for (Object o : Values.asList(v)) {
                if (o != null) {
                    out.add(of(o));
                }
            }
            return out;
        }
        out.add(of(v));
        return out;
    }
}
