package org.wulf.template.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code fmt.Sprintf}: verbs v s d q x X o O b c U t e E f F g G T and %%, flags {@code -+# 0}, width and
 * precision (also {@code *}), element-wise formatting of lists and maps, and Go's error notations
 * ({@code %!d(string=x)}, {@code %!s(MISSING)}, {@code %!(EXTRA int=1)}).
 */
public final class FormatVerbs {
    private FormatVerbs() {
    }

    private static final class Spec {
        boolean minus;
        boolean plus;
        boolean sharp;
        boolean space;
        boolean zero;
        int width = -1;
        int precision = -1;
        char verb;
    }

    public static String sprintf(String format, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int argIndex = 0;
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                out.append("%!(NOVERB)");
                break;
            }
            Spec spec = new Spec();
            flags: while (i < n) {
                switch (format.charAt(i)) {
                    case '-' -> spec.minus = true;
                    case '+' -> spec.plus = true;
                    case '#' -> spec.sharp = true;
                    case ' ' -> spec.space = true;
                    case '0' -> spec.zero = !spec.minus;
                    default -> {
                        break flags;
                    }
                }
                i++;
            }
            if (i < n && format.charAt(i) == '*') {
                i++;
                if (argIndex < args.size() && Values.isInteger(args.get(argIndex))) {
                    spec.width = (int) Values.toLong(args.get(argIndex++));
                    if (spec.width < 0) {
                        spec.minus = true;
                        spec.width = -spec.width;
                    }
                } else {
                    out.append("%!(BADWIDTH)");
                    argIndex++;
                }
            } else {
                int s = i;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    spec.width = Integer.parseInt(format.substring(s, i));
                }
            }
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    i++;
                    if (argIndex < args.size() && Values.isInteger(args.get(argIndex))) {
                        spec.precision = (int) Values.toLong(args.get(argIndex++));
                    } else {
                        out.append("%!(BADPREC)");
                        argIndex++;
                    }
                } else {
                    int s = i;
                    while (i < n && Character.isDigit(format.charAt(i))) {
                        i++;
                    }
                    spec.precision = i > s ? Integer.parseInt(format.substring(s, i)) : 0;
                }
            }
            if (spec.minus) {
                spec.zero = false;
            }
            if (i >= n) {
                out.append("%!(NOVERB)");
                break;
            }
            int verbCp = format.codePointAt(i);
            i += Character.charCount(verbCp);
            spec.verb = (char) verbCp;
            if (verbCp == '%') {
                out.append('%');
                continue;
            }
            if (argIndex >= args.size()) {
                out.append("%!").appendCodePoint(verbCp).append("(MISSING)");
                continue;
            }
            format(out, spec, args.get(argIndex++));
        }
        if (argIndex < args.size()) {
            out.append("%!(EXTRA ");
            for (int k = argIndex; k < args.size(); k++) {
                if (k > argIndex) {
                    out.append(", ");
                }
                Object a = args.get(k);
                out.append(Values.typeName(a));
                if (a != null) {
                    out.append('=').append(GoPrinter.print(a));
                }
            }
            out.append(')');
        }
        return out.toString();
    }

    private static void format(StringBuilder out, Spec spec, Object arg) {
        if (arg == Missing.VALUE) {
            arg = null;
        }
        char verb = spec.verb;
        if (verb == 'T') {
            pad(out, spec, Values.typeName(arg));
            return;
        }
        if (arg == null) {
            if (verb == 'v') {
                pad(out, spec, "<nil>");
            } else {
                out.append("%!").append(verb).append("(<nil>)");
            }
            return;
        }
        if (Values.isList(arg) && !(arg instanceof byte[] && "sqxX".indexOf(verb) >= 0)) {
            List<Object> list = Values.asList(arg);
            out.append('[');
            for (int k = 0; k < list.size(); k++) {
                if (k > 0) {
                    out.append(' ');
                }
                format(out, spec, list.get(k));
            }
            out.append(']');
            return;
        }
        if (arg instanceof Map<?, ?> m) {
            out.append("map[");
            boolean first = true;
            for (Object k : GoPrinter.sortedKeys(m)) {
                if (!first) {
                    out.append(' ');
                }
                first = false;
                format(out, spec, k);
                out.append(':');
                format(out, spec, m.get(k));
            }
            out.append(']');
            return;
        }
        if (arg instanceof byte[] bytes) {
            arg = new String(bytes, StandardCharsets.UTF_8);
        }
        if (arg instanceof CharSequence cs) {
            formatString(out, spec, cs.toString());
        } else if (arg instanceof Boolean b) {
            if (verb == 't' || verb == 'v') {
                pad(out, spec, b.toString());
            } else {
                bad(out, verb, arg);
            }
        } else if (Values.isInteger(arg)) {
            formatInteger(out, spec, arg);
        } else if (Values.isFloat(arg)) {
            formatFloat(out, spec, ((Number) arg).doubleValue(), arg instanceof Float);
        } else if (verb == 'v' || verb == 's') {
            pad(out, spec, GoPrinter.print(arg));
        } else {
            bad(out, verb, arg);
        }
    }

    private static void formatString(StringBuilder out, Spec spec, String s) {
        switch (spec.verb) {
            case 'v' -> pad(out, spec, spec.sharp ? GoQuote.quote(s, false) : truncate(s, spec.precision));
            case 's' -> pad(out, spec, truncate(s, spec.precision));
            case 'q' -> pad(out, spec, spec.sharp && !s.contains("`") ? "`" + s + "`"
                    : GoQuote.quote(truncate(s, spec.precision), spec.plus));
            case 'x', 'X' -> {
                byte[] bytes = truncate(s, spec.precision).getBytes(StandardCharsets.UTF_8);
                StringBuilder h = new StringBuilder();
                for (int k = 0; k < bytes.length; k++) {
                    if (spec.space && k > 0) {
                        h.append(' ');
                    }
                    if (spec.sharp && (spec.space || k == 0)) {
                        h.append(spec.verb == 'x' ? "0x" : "0X");
                    }
                    String hex = String.format("%02x", bytes[k] & 0xff);
                    h.append(spec.verb == 'X' ? hex.toUpperCase() : hex);
                }
                pad(out, spec, h.toString());
            }
            default -> bad(out, spec.verb, s);
        }
    }

    private static String truncate(String s, int precision) {
        if (precision < 0 || s.codePointCount(0, s.length()) <= precision) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, precision));
    }

    private static void formatInteger(StringBuilder out, Spec spec, Object arg) {
        long v = Values.toLong(arg);
        java.math.BigInteger big = arg instanceof java.math.BigInteger b ? b : java.math.BigInteger.valueOf(v);
        String digits;
        String prefix = "";
        switch (spec.verb) {
            case 'v', 'd' -> digits = big.abs().toString();
            case 'b' -> {
                digits = big.abs().toString(2);
                prefix = spec.sharp ? "0b" : "";
            }
            case 'o', 'O' -> {
                digits = big.abs().toString(8);
                prefix = spec.verb == 'O' ? "0o" : spec.sharp ? "0" : "";
            }
            case 'x' -> {
                digits = big.abs().toString(16);
                prefix = spec.sharp ? "0x" : "";
            }
            case 'X' -> {
                digits = big.abs().toString(16).toUpperCase();
                prefix = spec.sharp ? "0X" : "";
            }
            case 'c' -> {
                pad(out, spec, new String(Character.toChars(validRune(v))));
                return;
            }
            case 'q' -> {
                pad(out, spec, GoQuote.quoteRune(validRune(v), spec.plus));
                return;
            }
            case 'U' -> {
                String u = String.format("U+%04X", v);
                if (spec.sharp) {
                    u += " '" + new String(Character.toChars(validRune(v))) + "'";
                }
                pad(out, spec, u);
                return;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', 's', 't' -> {
                bad(out, spec.verb, arg);
                return;
            }
            default -> {
                bad(out, spec.verb, arg);
                return;
            }
        }
        if (spec.precision >= 0) {
            if (spec.precision == 0 && big.signum() == 0) {
                digits = "";
            }
            while (digits.length() < spec.precision) {
                digits = "0" + digits;
            }
        }
        String sign = big.signum() < 0 ? "-" : spec.plus ? "+" : spec.space ? " " : "";
        numeric(out, spec, sign + prefix, digits, spec.precision < 0);
    }

    private static int validRune(long v) {
        return v < 0 || v > Character.MAX_CODE_POINT || (v >= 0xD800 && v <= 0xDFFF) ? 0xFFFD : (int) v;
    }

    private static void formatFloat(StringBuilder out, Spec spec, double d, boolean float32) {
        char verb = spec.verb;
        String s;
        switch (verb) {
            case 'v', 'g', 'G' -> s = GoPrinter.formatFloat(d, 'g', spec.precision, float32);
            case 'e', 'E' -> s = GoPrinter.formatFloat(d, 'e', spec.precision < 0 ? 6 : spec.precision, float32);
            case 'f', 'F' -> s = GoPrinter.formatFloat(d, 'f', spec.precision < 0 ? 6 : spec.precision, float32);
            default -> {
                bad(out, verb, d);
                return;
            }
        }
        if (verb == 'E' || verb == 'G') {
            s = s.toUpperCase();
        }
        String sign = "";
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.substring(0, 1);
            s = s.substring(1);
        }
        if (sign.equals("+") && s.equals("Inf")) {
            sign = spec.plus ? "+" : spec.space ? " " : "";
        } else if (sign.isEmpty()) {
            sign = spec.plus ? "+" : spec.space ? " " : "";
        }
        numeric(out, spec, sign, s, !s.equals("Inf") && !s.equals("NaN"));
    }

    private static void numeric(StringBuilder out, Spec spec, String sign, String digits, boolean zeroPadAllowed) {
        int len = sign.length() + digits.length();
        if (spec.width > len && spec.zero && zeroPadAllowed) {
            out.append(sign).append("0".repeat(spec.width - len)).append(digits);
        } else {
            Spec plain = new Spec();
            plain.width = spec.width;
            plain.minus = spec.minus;
            pad(out, plain, sign + digits);
        }
    }

    private static void pad(StringBuilder out, Spec spec, String s) {
        int len = s.codePointCount(0, s.length());
        if (spec.width <= len) {
            out.append(s);
        } else if (spec.minus) {
            out.append(s).append(" ".repeat(spec.width - len));
        } else {
            out.append((spec.zero ? "0" : " ").repeat(spec.width - len)).append(s);
        }
    }

    private static void bad(StringBuilder out, char verb, Object arg) {
        out.append("%!").append(verb).append('(').append(Values.typeName(arg)).append('=')
                .append(GoPrinter.print(arg)).append(')');
    }
}
