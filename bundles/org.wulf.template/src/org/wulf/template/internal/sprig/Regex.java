package org.wulf.template.internal.sprig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.wulf.template.TemplateException;
import org.wulf.template.TemplateFunction;
import org.wulf.template.internal.Args;

/**
 * regexMatch, regexFind, regexFindAll, regexReplaceAll(Literal), regexSplit over java.util.regex, with Go's
 * {@code (?P<name>)} groups and Go's {@code $1}/{@code ${name}} replacement expansion.
 */
final class Regex {
    private Regex() {
    }

    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    static void register(Map<String, TemplateFunction> f) {
        f.put("regexMatch", args -> {
            Args.count("regexMatch", args, 2);
            String s = Args.string("regexMatch", args, 1);
            try {
                return compile(Args.string("regexMatch", args, 0)).matcher(s).find();
            } catch (TemplateException e) {
                return false; // sprig ignores the compile error here
            }
        });
        f.put("regexFind", args -> {
            Args.count("regexFind", args, 2);
            Matcher m = compile(Args.string("regexFind", args, 0)).matcher(Args.string("regexFind", args, 1));
            return m.find() ? m.group() : "";
        });
        f.put("regexFindAll", args -> {
            Args.count("regexFindAll", args, 3);
            Matcher m = compile(Args.string("regexFindAll", args, 0)).matcher(Args.string("regexFindAll", args, 1));
            long n = Args.integer("regexFindAll", args, 2);
            List<Object> out = new ArrayList<>();
            while ((n < 0 || out.size() < n) && m.find()) {
                out.add(m.group());
            }
            return out;
        });
        f.put("regexReplaceAll", args -> {
            Args.count("regexReplaceAll", args, 3);
            Matcher m = compile(Args.string("regexReplaceAll", args, 0))
                    .matcher(Args.string("regexReplaceAll", args, 1));
            String repl = Args.string("regexReplaceAll", args, 2);
            StringBuilder out = new StringBuilder();
            int last = 0;
            String s = Args.string("regexReplaceAll", args, 1);
            while (m.find()) {
                out.append(s, last, m.start()).append(expand(m, repl));
                last = m.end();
            }
            return out.append(s.substring(last)).toString();
        });
        f.put("regexReplaceAllLiteral", args -> {
            Args.count("regexReplaceAllLiteral", args, 3);
            return compile(Args.string("regexReplaceAllLiteral", args, 0))
                    .matcher(Args.string("regexReplaceAllLiteral", args, 1))
                    .replaceAll(Matcher.quoteReplacement(Args.string("regexReplaceAllLiteral", args, 2)));
        });
        f.put("regexSplit", args -> {
            Args.count("regexSplit", args, 3);
            return split(Args.string("regexSplit", args, 0), Args.string("regexSplit", args, 1),
                    (int) Args.integer("regexSplit", args, 2));
        });
    }

    static Pattern compile(String regex) throws TemplateException {
        Pattern p = CACHE.get(regex);
        if (p == null) {
            try {
                p = Pattern.compile(regex.replace("(?P<", "(?<"));
            } catch (PatternSyntaxException e) {
                throw new TemplateException("error parsing regexp: " + e.getDescription() + ": `" + regex + "`");
            }
            CACHE.put(regex, p);
        }
        return p;
    }

    /** Go's Regexp.Expand template syntax. */
    private static String expand(Matcher m, String repl) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < repl.length()) {
            char c = repl.charAt(i);
            if (c != '$' || i + 1 >= repl.length()) {
                out.append(c);
                i++;
                continue;
            }
            char n = repl.charAt(i + 1);
            if (n == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            String name;
            int next;
            if (n == '{') {
                int close = repl.indexOf('}', i + 2);
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                name = repl.substring(i + 2, close);
                next = close + 1;
            } else {
                int j = i + 1;
                while (j < repl.length() && (Character.isLetterOrDigit(repl.charAt(j)) || repl.charAt(j) == '_')) {
                    j++;
                }
                if (j == i + 1) {
                    out.append(c);
                    i++;
                    continue;
                }
                name = repl.substring(i + 1, j);
                next = j;
            }
            out.append(group(m, name));
            i = next;
        }
        return out.toString();
    }

    private static String group(Matcher m, String name) {
        try {
            String g = name.matches("\\d+") ? m.group(Integer.parseInt(name)) : m.group(name);
            return g == null ? "" : g;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return "";
        }
    }

    private static List<Object> split(String regex, String s, int n) throws TemplateException {
        List<Object> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        if (!regex.isEmpty() && s.isEmpty()) {
            out.add("");
            return out;
        }
        Matcher m = compile(regex).matcher(s);
        int beg = 0;
        int end = 0;
        int prevEnd = -1;
        while (m.find()) {
            if (m.start() == m.end() && m.start() == prevEnd) {
                continue; // Go skips empty matches right after a match
            }
            prevEnd = m.end();
            if (n > 0 && out.size() == n - 1) {
                break;
            }
            end = m.start();
            if (m.end() != 0) {
                out.add(s.substring(beg, end));
            }
            beg = m.end();
        }
        if (end != s.length()) {
            out.add(s.substring(beg));
        }
        return out;
    }
}
