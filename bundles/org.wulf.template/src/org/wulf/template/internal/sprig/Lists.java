package org.wulf.template.internal.sprig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wulf.template.TemplateException;
import org.wulf.template.TemplateFunction;
import org.wulf.template.internal.Args;
import org.wulf.template.internal.Values;

/** list, first, last, rest, initial, append/push, prepend, uniq, has, without, compact, concat. */
final class Lists {
    private Lists() {
    }

    static void register(Map<String, TemplateFunction> f) {
        f.put("list", args -> new ArrayList<>(args));
        f.put("first", args -> {
            List<Object> l = list("first", args, 1);
            return l.isEmpty() ? null : l.get(0);
        });
        f.put("last", args -> {
            List<Object> l = list("last", args, 1);
            return l.isEmpty() ? null : l.get(l.size() - 1);
        });
        f.put("rest", args -> {
            List<Object> l = list("rest", args, 1);
            return l.isEmpty() ? new ArrayList<>() : new ArrayList<>(l.subList(1, l.size()));
        });
        f.put("initial", args -> {
            List<Object> l = list("initial", args, 1);
            return l.isEmpty() ? new ArrayList<>() : new ArrayList<>(l.subList(0, l.size() - 1));
        });
        TemplateFunction append = args -> {
            Args.count("append", args, 2);
            List<Object> l = new ArrayList<>(of("append", args.get(0)));
            l.add(args.get(1));
            return l;
        };
        f.put("append", append);
        f.put("push", append);
        f.put("prepend", args -> {
            Args.count("prepend", args, 2);
            List<Object> l = new ArrayList<>();
            l.add(args.get(1));
            l.addAll(of("prepend", args.get(0)));
            return l;
        });
        f.put("uniq", args -> {
            List<Object> out = new ArrayList<>();
            for (Object o : list("uniq", args, 1)) {
                if (!contains(out, o)) {
                    out.add(o);
                }
            }
            return out;
        });
        f.put("has", args -> {
            Args.count("has", args, 2);
            Object haystack = args.get(1);
            if (haystack == null) {
                return false;
            }
            return contains(of("has", haystack), args.get(0));
        });
        f.put("without", args -> {
            Args.atLeast("without", args, 1);
            List<Object> drop = args.subList(1, args.size());
            List<Object> out = new ArrayList<>();
            for (Object o : of("without", args.get(0))) {
                if (!contains(drop, o)) {
                    out.add(o);
                }
            }
            return out;
        });
        f.put("compact", args -> {
            List<Object> out = new ArrayList<>();
            for (Object o : list("compact", args, 1)) {
                if (!Defaults.empty(o)) {
                    out.add(o);
                }
            }
            return out;
        });
        f.put("concat", args -> {
            List<Object> out = new ArrayList<>();
            for (Object l : args) {
                if (!Values.isList(l)) {
                    throw new TemplateException("Cannot concat type " + Values.typeName(l) + " as list");
                }
                out.addAll(Values.asList(l));
            }
            return out;
        });
    }

    private static List<Object> list(String fn, List<Object> args, int count) throws TemplateException {
        Args.count(fn, args, count);
        return of(fn, args.get(0));
    }

    static List<Object> of(String fn, Object v) throws TemplateException {
        if (!Values.isList(v)) {
            throw new TemplateException("Cannot find " + fn + " on type " + Values.typeName(v));
        }
        return Values.asList(v);
    }

    static boolean contains(List<Object> list, Object needle) {
        for (Object o : list) {
            if (Defaults.deepEqual(o, needle)) {
                return true;
            }
        }
        return false;
    }
}
