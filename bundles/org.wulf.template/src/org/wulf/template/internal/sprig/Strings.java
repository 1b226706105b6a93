package org.wulf.template.internal.sprig;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wulf.template.TemplateException;
import org.wulf.template.TemplateFunction;
import org.wulf.template.internal.Args;
import org.wulf.template.internal.GoPrinter;
import org.wulf.template.internal.GoQuote;

/**
 * sprig's string functions. Argument order follows sprig (the subject string comes last, so they work as
 * pipeline stages: {@code .Name | trimPrefix "n" | upper}); indexes are byte offsets as in Go.
 */
final class Strings {
    private Strings() {
    }

    interface S1 {
        Object apply(String s) throws TemplateException;
    }

    interface S2 {
        Object apply(String a, String b) throws TemplateException;
    }

    private static void one(Map<String, TemplateFunction> f, String name, S1 fn) {
        f.put(name, args -> {
            Args.count(name, args, 1);
            return fn.apply(Args.string(name, args, 0));
        });
    }

    private static void two(Map<String, TemplateFunction> f, String name, S2 fn) {
        f.put(name, args -> {
            Args.count(name, args, 2);
            return fn.apply(Args.string(name, args, 0), Args.string(name, args, 1));
        });
    }

    static void register(Map<String, TemplateFunction> f) {
        one(f, "trim", String::strip);
        one(f, "upper", s -> mapCodePoints(s, true));
        one(f, "lower", s -> mapCodePoints(s, false));
        one(f, "title", Strings::title);
        one(f, "untitle", Strings::untitle);
        one(f, "nospace", s -> {
            StringBuilder b = new StringBuilder();
            s.codePoints().filter(c -> !isGoSpace(c)).forEach(b::appendCodePoint);
            return b.toString();
        });
        two(f, "trimAll", (cutset, s) -> trimCutset(s, cutset));
        two(f, "trimPrefix", (prefix, s) -> s.startsWith(prefix) ? s.substring(prefix.length()) : s);
        two(f, "trimSuffix", (suffix, s) -> s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s);
        two(f, "contains", (sub, s) -> s.contains(sub));
        two(f, "hasPrefix", (prefix, s) -> s.startsWith(prefix));
        two(f, "hasSuffix", (suffix, s) -> s.endsWith(suffix));
        two(f, "splitList", (sep, s) -> new ArrayList<Object>(split(s, sep, -1)));
        two(f, "split", (sep, s) -> indexed(split(s, sep, -1)));
        f.put("splitn", args -> {
            Args.count("splitn", args, 3);
            return indexed(split(Args.string("splitn", args, 2), Args.string("splitn", args, 0),
                    (int) Args.integer("splitn", args, 1)));
        });
        f.put("join", args -> {
            Args.count("join", args, 2);
            return String.join(Args.string("join", args, 0), Strval.slice(args.get(1)));
        });
        f.put("replace", args -> {
            Args.count("replace", args, 3);
            return Args.string("replace", args, 2).replace(Args.string("replace", args, 0),
                    Args.string("replace", args, 1));
        });
        f.put("repeat", args -> {
            Args.count("repeat", args, 2);
            long n = Args.integer("repeat", args, 0);
            if (n < 0) {
                throw new TemplateException("strings: negative Repeat count");
            }
            return Args.string("repeat", args, 1).repeat((int) n);
        });
        f.put("substr", args -> {
            Args.count("substr", args, 3);
            return substr((int) Args.integer("substr", args, 0), (int) Args.integer("substr", args, 1),
                    Args.string("substr", args, 2));
        });
        f.put("trunc", args -> {
            Args.count("trunc", args, 2);
            long c = Args.integer("trunc", args, 0);
            byte[] s = Args.string("trunc", args, 1).getBytes(StandardCharsets.UTF_8);
            if (c < 0 && s.length + c > 0) {
                return bytes(s, (int) (s.length + c), s.length);
            }
            if (c >= 0 && s.length > c) {
                return bytes(s, 0, (int) c);
            }
            return new String(s, StandardCharsets.UTF_8);
        });
        f.put("indent", args -> {
            Args.count("indent", args, 2);
            return indent((int) Args.integer("indent", args, 0), Args.string("indent", args, 1));
        });
        f.put("nindent", args -> {
            Args.count("nindent", args, 2);
            return "\n" + indent((int) Args.integer("nindent", args, 0), Args.string("nindent", args, 1));
        });
        f.put("quote", args -> join(args, s -> GoQuote.quote(s, false)));
        f.put("squote", args -> join(args, s -> "'" + s + "'"));
        f.put("cat", args -> {
            List<Object> parts = new ArrayList<>();
            for (Object a : args) {
                if (a != null) {
                    parts.add(GoPrinter.print(a));
                }
            }
            return String.join(" ", parts.stream().map(Object::toString).toList());
        });
    }

    private static String join(List<Object> args, java.util.function.UnaryOperator<String> quote) {
        List<String> out = new ArrayList<>();
        for (Object a : args) {
            if (a != null) {
                out.add(quote.apply(Strval.of(a)));
            }
        }
        return String.join(" ", out);
    }

    private static String indent(int n, String s) {
        String pad = " ".repeat(Math.max(0, n));
        return pad + s.replace("\n", "\n" + pad);
    }

    private static String substr(int start, int end, String str) throws TemplateException {
        byte[] s = str.getBytes(StandardCharsets.UTF_8);
        try {
            if (start < 0) {
                return bytes(s, 0, end);
            }
            if (end < 0 || end > s.length) {
                return bytes(s, start, s.length);
            }
            return bytes(s, start, end);
        } catch (IndexOutOfBoundsException e) {
            throw new TemplateException("slice bounds out of range [" + start + ":" + end + "] with length "
                    + s.length);
        }
    }

    private static String bytes(byte[] s, int from, int to) {
        if (from < 0 || to > s.length || from > to) {
            throw new IndexOutOfBoundsException();
        }
        return new String(Arrays.copyOfRange(s, from, to), StandardCharsets.UTF_8);
    }

    /** strings.Split / SplitN: an empty separator splits after each character. */
    static List<String> split(String s, String sep, int n) {
        List<String> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        if (sep.isEmpty()) {
            int[] cps = s.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                if (n > 0 && out.size() == n - 1) {
                    out.add(new String(cps, i, cps.length - i));
                    return out;
                }
                out.add(new String(cps, i, 1));
            }
            return out;
        }
        int from = 0;
        while (n < 0 || out.size() < n - 1) {
            int i = s.indexOf(sep, from);
            if (i < 0) {
                break;
            }
            out.add(s.substring(from, i));
            from = i + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    private static Map<String, Object> indexed(List<String> parts) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            m.put("_" + i, parts.get(i));
        }
        return m;
    }

    private static String trimCutset(String s, String cutset) {
        int start = 0;
        int end = s.length();
        while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static String mapCodePoints(String s, boolean upper) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(upper ? Character.toUpperCase(c) : Character.toLowerCase(c)));
        return b.toString();
    }

    /** strings.Title: upper-cases letters that follow a separator; the rest is left alone. */
    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int prev = ' ';
        for (int c : s.codePoints().toArray()) {
            b.appendCodePoint(isSeparator(prev) ? Character.toTitleCase(c) : c);
            prev = c;
        }
        return b.toString();
    }

    private static String untitle(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int c : s.codePoints().toArray()) {
            b.appendCodePoint(start ? Character.toLowerCase(c) : c);
            start = isGoSpace(c);
        }
        return b.toString();
    }

    private static boolean isSeparator(int c) {
        if (c <= 0x7F) {
            return !(Character.isLetterOrDigit(c) || c == '_');
        }
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        return isGoSpace(c);
    }

    /** unicode.IsSpace. */
    static boolean isGoSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == 0x85 || c == 0xA0 || Character.isSpaceChar(c);
    }
}
