package org.wulf.template.internal;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Go's {@code fmt} {@code %v} rendering and {@code Sprint}/{@code Sprintln} spacing rules. */
public final class GoPrinter {
    private GoPrinter() {
    }

    /** {@code fmt.Sprint(v)}. */
    public static String print(Object v) {
        StringBuilder b = new StringBuilder();
        appendValue(b, v, false);
        return b.toString();
    }

    /** {@code fmt.Sprint(args...)}: a space between operands when neither is a string. */
    public static String sprint(List<Object> args) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (i > 0 && !(a instanceof CharSequence) && !(args.get(i - 1) instanceof CharSequence)) {
                b.append(' ');
            }
            appendValue(b, a, false);
        }
        return b.toString();
    }

    /** {@code fmt.Sprintln(args...)}: always spaces, then a newline. */
    public static String sprintln(List<Object> args) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            appendValue(b, args.get(i), false);
        }
        return b.append('\n').toString();
    }

    static void appendValue(StringBuilder b, Object v, boolean nested) {
        if (v == null) {
            b.append("<nil>");
        } else if (v == Missing.VALUE) {
            b.append("<no value>");
        } else if (v instanceof CharSequence || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Character c) {
            b.append((int) c);
        } else if (v instanceof Double || v instanceof Float) {
            b.append(formatFloat(((Number) v).doubleValue(), 'g', -1, v instanceof Float));
        } else if (v instanceof Number) {
            b.append(v);
        } else if (Values.isList(v)) {
            b.append('[');
            List<Object> list = Values.asList(v);
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    b.append(' ');
                }
                appendValue(b, list.get(i), true);
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> m) {
            b.append("map[");
            boolean first = true;
            for (Object k : sortedKeys(m)) {
                if (!first) {
                    b.append(' ');
                }
                first = false;
                appendValue(b, k, true);
                b.append(':');
                appendValue(b, m.get(k), true);
            }
            b.append(']');
        } else if (v instanceof Record r) {
            b.append('{');
            RecordComponent[] parts = r.getClass().getRecordComponents();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    b.append(' ');
                }
                try {
                    parts[i].getAccessor().setAccessible(true);
                    appendValue(b, parts[i].getAccessor().invoke(r), true);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    b.append('?');
                }
            }
            b.append('}');
        } else {
            b.append(v);
        }
    }

    /** Map keys in Go's fmt order: numbers numerically, strings lexically, nil first. */
    public static List<Object> sortedKeys(Map<?, ?> m) {
        List<Object> keys = new ArrayList<>(m.keySet());
        keys.sort(KEY_ORDER);
        return keys;
    }

    public static final Comparator<Object> KEY_ORDER = (a, b) -> {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Values.isFloat(x) || Values.isFloat(y) ? Double.compare(x.doubleValue(), y.doubleValue())
                    : Long.compare(x.longValue(), y.longValue());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        return compareGoStrings(a.toString(), b.toString());
    };

    /** Go compares strings by UTF-8 bytes, which is code point order (not UTF-16 order). */
    public static int compareGoStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * strconv.FormatFloat for verbs e, f, g with a precision (-1 = shortest representation).
     */
    public static String formatFloat(double d, char verb, int precision, boolean float32) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = d < 0 || d == 0 && 1 / d < 0;
        BigDecimal exact = precision < 0 ? new BigDecimal(float32 ? Float.toString((float) d) : Double.toString(d))
                : new BigDecimal(d);
        exact = exact.abs();
        String out;
        switch (verb) {
            case 'f' -> out = precision < 0 ? exact.stripTrailingZeros().toPlainString()
                    : exact.setScale(precision, java.math.RoundingMode.HALF_EVEN).toPlainString();
            case 'e' -> out = expForm(exact, precision);
            default -> out = gForm(exact, precision);
        }
        if (out.contains(".") && precision < 0 && verb == 'f') {
            out = out.replaceAll("\\.?0+$", "");
        }
        return (neg ? "-" : "") + out;
    }

    private static String expForm(BigDecimal x, int precision) {
        if (x.signum() == 0) {
            return (precision < 0 ? "0" : precision == 0 ? "0" : "0." + "0".repeat(precision)) + "e+00";
        }
        BigDecimal digits = x.stripTrailingZeros();
        if (precision >= 0) {
            digits = digits.round(new java.math.MathContext(precision + 1, java.math.RoundingMode.HALF_EVEN));
        }
        String unscaled = digits.unscaledValue().toString();
        int exp = unscaled.length() - 1 - digits.scale();
        String mantissa = unscaled;
        if (precision >= 0) {
            while (mantissa.length() < precision + 1) {
                mantissa += "0";
            }
        } else {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.isEmpty()) {
                mantissa = "0";
            }
        }
        String m = mantissa.length() > 1 ? mantissa.charAt(0) + "." + mantissa.substring(1) : mantissa;
        String e = String.valueOf(Math.abs(exp));
        return m + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    private static String gForm(BigDecimal x, int precision) {
        if (x.signum() == 0) {
            return "0";
        }
        BigDecimal digits = x.stripTrailingZeros();
        int p = precision == 0 ? 1 : precision;
        if (precision > 0) {
            digits = digits.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
        }
        String unscaled = digits.unscaledValue().toString();
        int exp = unscaled.length() - 1 - digits.scale();
        int eprec = precision < 0 ? 6 : p;
        if (precision > 0 && eprec > unscaled.length() && unscaled.length() >= exp + 1) {
            eprec = unscaled.length();
        }
        if (exp < -4 || exp >= eprec) {
            return expForm(digits, -1);
        }
        return digits.toPlainString();
    }
}
