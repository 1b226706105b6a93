package org.wulf.template.internal.sprig;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wulf.template.TemplateException;
import org.wulf.template.TemplateFunction;
import org.wulf.template.internal.Args;

/**
 * semverCompare and semver comparison in the style of Masterminds/semver v3: constraints joined by
 * {@code ,} or spaces (and) and {@code ||} (or); operators = != > < >= <= ~ ^ and x/* wildcards; partial
 * versions ({@code 1.2}) compare at their precision; pre-releases only match constraints that name one.
 */
final class Semver {
    private Semver() {
    }

    private static final Pattern VERSION = Pattern.compile(
            "v?(\\d+|[xX*])(?:\\.(\\d+|[xX*]))?(?:\\.(\\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\\+([0-9A-Za-z.-]+))?");
    private static final Pattern TERM = Pattern.compile("(!=|>=|=>|<=|=<|~>|>|<|=|~|\\^)?\\s*(\\S+)");

    /** A parsed version; {@code parts} is how many numeric parts were given (wildcards end it). */
    record Version(long major, long minor, long patch, String pre, int parts) {
    }

    static void register(Map<String, TemplateFunction> f) {
        f.put("semverCompare", args -> {
            Args.count("semverCompare", args, 2);
            return matches(Args.string("semverCompare", args, 0), parse(Args.string("semverCompare", args, 1), true));
        });
        f.put("semver", args -> {
            Args.count("semver", args, 1);
            Version v = parse(Args.string("semver", args, 0), true);
            return Map.of("Major", v.major(), "Minor", v.minor(), "Patch", v.patch(), "Prerelease", v.pre());
        });
    }

    static Version parse(String s, boolean full) throws TemplateException {
        Matcher m = VERSION.matcher(s.strip());
        if (!m.matches()) {
            throw new TemplateException("Invalid Semantic Version: " + s);
        }
        long[] n = new long[3];
        int parts = 0;
        for (int i = 0; i < 3; i++) {
            String g = m.group(i + 1);
            if (g == null || g.matches("[xX*]")) {
                if (full && g != null) {
                    throw new TemplateException("Invalid Semantic Version: " + s);
                }
                break;
            }
            n[i] = Long.parseLong(g);
            parts++;
        }
        return new Version(n[0], n[1], n[2], m.group(4) == null ? "" : m.group(4), parts);
    }

    static boolean matches(String constraint, Version v) throws TemplateException {
        for (String alternative : constraint.split("\\|\\|")) {
            String c = alternative.strip().replaceAll("\\s*,\\s*", " ").replaceAll("(!=|>=|=>|<=|=<|~>|>|<|=|~|\\^)\\s+",
                    "$1");
            if (c.isEmpty()) {
                throw new TemplateException("improper constraint: " + constraint);
            }
            boolean all = true;
            boolean namesPre = false;
            for (String term : c.split("\\s+")) {
                Matcher m = TERM.matcher(term);
                if (!m.matches()) {
                    throw new TemplateException("improper constraint: " + constraint);
                }
                Version want = parse(m.group(2), false);
                namesPre |= !want.pre().isEmpty();
                if (!check(m.group(1) == null ? "=" : m.group(1), want, v)) {
                    all = false;
                }
            }
            if (all && (v.pre().isEmpty() || namesPre)) {
                return true;
            }
        }
        return false;
    }

    private static boolean check(String op, Version want, Version v) {
        int p = want.parts();
        int cmpAtPrecision = compare(truncate(v, p), truncate(want, p));
        return switch (op) {
            case "=" -> p == 3 ? compare(v, want) == 0 : cmpAtPrecision == 0;
            case "!=" -> p == 3 ? compare(v, want) != 0 : cmpAtPrecision != 0;
            case ">" -> p == 3 ? compare(v, want) > 0 : cmpAtPrecision > 0;
            case "<" -> compare(v, want) < 0;
            case ">=", "=>" -> compare(v, want) >= 0;
            case "<=", "=<" -> p == 3 ? compare(v, want) <= 0 : cmpAtPrecision <= 0;
            case "~", "~>" -> compare(v, want) >= 0 && (p <= 1 ? v.major() == want.major()
                    : v.major() == want.major() && v.minor() == want.minor());
            default -> caret(want, v);
        };
    }

    private static boolean caret(Version want, Version v) {
        if (compare(v, want) < 0) {
            return false;
        }
        if (want.major() > 0 || want.parts() <= 1) {
            return v.major() == want.major();
        }
        if (want.minor() > 0 || want.parts() == 2) {
            return v.major() == 0 && v.minor() == want.minor();
        }
        return v.major() == 0 && v.minor() == 0 && v.patch() == want.patch();
    }

    private static Version truncate(Version v, int parts) {
        return new Version(v.major(), parts > 1 ? v.minor() : 0, parts > 2 ? v.patch() : 0, parts > 2 ? v.pre() : "",
                3);
    }

    static int compare(Version a, Version b) {
        int c = Long.compare(a.major(), b.major());
        if (c == 0) {
            c = Long.compare(a.minor(), b.minor());
        }
        if (c == 0) {
            c = Long.compare(a.patch(), b.patch());
        }
        if (c != 0) {
            return c;
        }
        if (a.pre().equals(b.pre())) {
            return 0;
        }
        if (a.pre().isEmpty()) {
            return 1;
        }
        if (b.pre().isEmpty()) {
            return -1;
        }
        String[] x = a.pre().split("\\.");
        String[] y = b.pre().split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean nx = x[i].matches("\\d+");
            boolean ny = y[i].matches("\\d+");
            int r = nx && ny ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
                    : nx ? -1 : ny ? 1 : x[i].compareTo(y[i]);
            if (r != 0) {
                return r;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
