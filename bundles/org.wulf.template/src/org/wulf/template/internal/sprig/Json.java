package org.wulf.template.internal.sprig;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wulf.template.internal.GoPrinter;
import org.wulf.template.internal.Missing;
import org.wulf.template.internal.Values;

/**
 * Go's {@code encoding/json} output (sorted map keys, HTML-safe escapes, Go's float format, records as objects
 * with capitalised names) and a small parser that yields Map/List/Double/String/Boolean/null like
 * {@code json.Unmarshal} into {@code interface{}}.
 */
public final class Json {
    private Json() {
    }

    /** A JSON object written in insertion order, like a Go struct's fields (maps are written sorted). */
    public record Ordered(Map<String, Object> fields) {
    }

    public static String encode(Object v, String indent) {
        StringBuilder b = new StringBuilder();
        write(b, v, indent, "");
        return b.toString();
    }

    private static void write(StringBuilder b, Object v, String indent, String prefix) {
        if (v == null || v == Missing.VALUE) {
            b.append("null");
        } else if (v instanceof CharSequence s) {
            string(b, s.toString());
        } else if (v instanceof Boolean) {
            b.append(v);
        } else if (Values.isFloat(v)) {
            b.append(number(((Number) v).doubleValue()));
        } else if (v instanceof Number || v instanceof Character) {
            b.append(Values.toLong(v));
        } else if (v instanceof byte[] bytes) {
            string(b, java.util.Base64.getEncoder().encodeToString(bytes));
        } else if (Values.isList(v)) {
            List<Object> l = Values.asList(v);
            if (l.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append('[');
            String inner = prefix + indent;
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                newline(b, indent, inner);
                write(b, l.get(i), indent, inner);
            }
            newline(b, indent, prefix);
            b.append(']');
        } else if (v instanceof Ordered o) {
            object(b, o.fields(), indent, prefix, false);
        } else if (v instanceof Map<?, ?> m) {
            object(b, m, indent, prefix);
        } else if (v instanceof Record r) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    String n = c.getName();
                    fields.put(Character.toUpperCase(n.charAt(0)) + n.substring(1), c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // unreadable component: left out
                }
            }
            object(b, fields, indent, prefix, false);
        } else {
            string(b, v.toString());
        }
    }

    private static void object(StringBuilder b, Map<?, ?> m, String indent, String prefix) {
        object(b, m, indent, prefix, true);
    }

    private static void object(StringBuilder b, Map<?, ?> m, String indent, String prefix, boolean sort) {
        if (m.isEmpty()) {
            b.append("{}");
            return;
        }
        b.append('{');
        String inner = prefix + indent;
        boolean first = true;
        List<Object> keys = sort ? sortedStringKeys(m) : new ArrayList<>(m.keySet());
        for (Object k : keys) {
            if (!first) {
                b.append(',');
            }
            first = false;
            newline(b, indent, inner);
            string(b, String.valueOf(k));
            b.append(indent.isEmpty() ? ":" : ": ");
            write(b, m.get(k), indent, inner);
        }
        newline(b, indent, prefix);
        b.append('}');
    }

    /** encoding/json sorts keys as strings (byte order), whatever their type. */
    private static List<Object> sortedStringKeys(Map<?, ?> m) {
        List<Object> keys = new ArrayList<>(m.keySet());
        keys.sort((a, c) -> GoPrinter.compareGoStrings(String.valueOf(a), String.valueOf(c)));
        return keys;
    }

    private static void newline(StringBuilder b, String indent, String prefix) {
        if (!indent.isEmpty()) {
            b.append('\n').append(prefix);
        }
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null";
        }
        double abs = Math.abs(d);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
            String s = GoPrinter.formatFloat(d, 'e', -1, false);
            return s.replaceFirst("e([+-])0(\\d)$", "e$1$2");
        }
        return GoPrinter.formatFloat(d, 'f', -1, false);
    }

    static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** Parses JSON text; throws IllegalArgumentException with the offset on bad input. */
    public static Object decode(String text) {
        Reader r = new Reader(text);
        r.space();
        Object v = r.value();
        r.space();
        if (r.pos != text.length()) {
            throw new IllegalArgumentException("invalid character '" + text.charAt(r.pos)
                    + "' after top-level value at offset " + r.pos);
        }
        return v;
    }

    private static final class Reader {
        final String s;
        int pos;

        Reader(String s) {
            this.s = s;
        }

        void space() {
            while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        IllegalArgumentException bad() {
            return new IllegalArgumentException(pos >= s.length() ? "unexpected end of JSON input"
                    : "invalid character '" + s.charAt(pos) + "' at offset " + pos);
        }

        Object value() {
            if (pos >= s.length()) {
                throw bad();
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{' -> {
                    pos++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    space();
                    if (peek('}')) {
                        return m;
                    }
                    while (true) {
                        space();
                        if (pos >= s.length() || s.charAt(pos) != '"') {
                            throw bad();
                        }
                        String k = str();
                        space();
                        if (!peek(':')) {
                            throw bad();
                        }
                        space();
                        m.put(k, value());
                        space();
                        if (peek('}')) {
                            return m;
                        }
                        if (!peek(',')) {
                            throw bad();
                        }
                    }
                }
                case '[' -> {
                    pos++;
                    List<Object> l = new ArrayList<>();
                    space();
                    if (peek(']')) {
                        return l;
                    }
                    while (true) {
                        space();
                        l.add(value());
                        space();
                        if (peek(']')) {
                            return l;
                        }
                        if (!peek(',')) {
                            throw bad();
                        }
                    }
                }
                case '"' -> {
                    return str();
                }
                default -> {
                    if (s.startsWith("true", pos)) {
                        pos += 4;
                        return true;
                    }
                    if (s.startsWith("false", pos)) {
                        pos += 5;
                        return false;
                    }
                    if (s.startsWith("null", pos)) {
                        pos += 4;
                        return null;
                    }
                    int start = pos;
                    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                        pos++;
                    }
                    try {
                        return Double.parseDouble(s.substring(start, pos));
                    } catch (NumberFormatException e) {
                        pos = start;
                        throw bad();
                    }
                }
            }
        }

        boolean peek(char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        String str() {
            pos++;
            StringBuilder b = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw bad();
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    throw bad();
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw bad();
                        }
                        b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> b.append(e);
                }
            }
        }
    }
}
