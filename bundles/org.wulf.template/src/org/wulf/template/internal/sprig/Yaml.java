package org.wulf.template.internal.sprig;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.wulf.template.internal.GoPrinter;
import org.wulf.template.internal.Missing;
import org.wulf.template.internal.Values;

/**
 * A small YAML writer for {@code toYaml}, shaped like sigs.k8s.io/yaml output (block style, sorted keys,
 * list items at the parent's indentation, quotes only where a plain scalar would be misread).
 */
final class Yaml {
    private Yaml() {
    }

    /** Scalars YAML 1.1 would read as something other than a string: quoted with double quotes. */
    private static final Pattern NOT_A_STRING = Pattern.compile("(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE"
            + "|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL"
            + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
            + "|[-+]?[0-9][0-9_]*|[-+]?0b[01_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0o[0-7_]+"
            + "|[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?)");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    static String encode(Object v) {
        StringBuilder b = new StringBuilder();
        if (v instanceof Map<?, ?> m && !m.isEmpty() || Values.isList(v) && !Values.asList(v).isEmpty()) {
            block(b, v, "");
        } else {
            b.append(scalar(v)).append('\n');
        }
        return b.toString();
    }

    /** The emitter's plain-scalar rules for block context, conservatively. */
    private static boolean plainAllowed(String s) {
        char first = s.charAt(0);
        if (INDICATORS.indexOf(first) >= 0 || Character.isWhitespace(first)
                || Character.isWhitespace(s.charAt(s.length() - 1)) || s.endsWith(":")) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.contains("\t")) {
            return false;
        }
        return s.chars().allMatch(c -> c >= ' ' && c != 0x7f);
    }

    private static void block(StringBuilder b, Object v, String indent) {
        if (v instanceof Map<?, ?> m) {
            List<Object> keys = new java.util.ArrayList<>(m.keySet());
            keys.sort((x, y) -> GoPrinter.compareGoStrings(String.valueOf(x), String.valueOf(y)));
            for (Object k : keys) {
                Object val = m.get(k);
                b.append(indent).append(scalar(String.valueOf(k))).append(':');
                if (val instanceof Map<?, ?> inner && !inner.isEmpty()) {
                    b.append('\n');
                    block(b, val, indent + "  ");
                } else if (Values.isList(val) && !Values.asList(val).isEmpty()) {
                    b.append('\n');
                    block(b, val, indent);
                } else {
                    b.append(' ').append(scalar(val)).append('\n');
                }
            }
        } else {
            for (Object item : Values.asList(v)) {
                b.append(indent).append("- ");
                if (item instanceof Map<?, ?> inner && !inner.isEmpty()) {
                    StringBuilder nested = new StringBuilder();
                    block(nested, item, indent + "  ");
                    b.append(nested.substring(indent.length() + 2));
                } else if (Values.isList(item) && !Values.asList(item).isEmpty()) {
                    StringBuilder nested = new StringBuilder();
                    block(nested, item, indent + "  ");
                    b.append(nested.substring(indent.length() + 2));
                } else {
                    b.append(scalar(item)).append('\n');
                }
            }
        }
    }

    private static String scalar(Object v) {
        if (v == null || v == Missing.VALUE) {
            return "null";
        }
        if (v instanceof Map<?, ?>) {
            return "{}";
        }
        if (Values.isList(v)) {
            return "[]";
        }
        if (v instanceof Boolean) {
            return v.toString();
        }
        if (Values.isFloat(v)) {
            return Json.number(((Number) v).doubleValue());
        }
        if (v instanceof Number) {
            return v.toString();
        }
        String s = v instanceof CharSequence cs ? cs.toString() : Json.encode(v, "");
        if (s.isEmpty()) {
            return "\"\"";
        }
        if (NOT_A_STRING.matcher(s).matches()) {
            StringBuilder b = new StringBuilder();
            Json.string(b, s);
            return b.toString();
        }
        if (plainAllowed(s)) {
            return s;
        }
        if (s.chars().allMatch(c -> c >= ' ' && c != 0x7f)) {
            return "'" + s.replace("'", "''") + "'";
        }
        StringBuilder b = new StringBuilder();
        Json.string(b, s);
        return b.toString().replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&");
    }
}
