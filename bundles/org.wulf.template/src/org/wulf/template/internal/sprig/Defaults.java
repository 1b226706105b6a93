package org.wulf.template.internal.sprig;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.wulf.template.TemplateException;
import org.wulf.template.TemplateFunction;
import org.wulf.template.internal.Args;
import org.wulf.template.internal.Truth;
import org.wulf.template.internal.Values;

/** default, empty, coalesce, ternary, fail, kindOf, typeOf, deepEqual, toString, toStrings. */
final class Defaults {
    private Defaults() {
    }

    static void register(Map<String, TemplateFunction> f) {
        f.put("default", args -> {
            Args.atLeast("default", args, 1);
            if (args.size() < 2 || empty(args.get(1))) {
                return args.get(0);
            }
            return args.get(1);
        });
        f.put("empty", args -> {
            Args.count("empty", args, 1);
            return empty(args.get(0));
        });
        f.put("coalesce", args -> {
            for (Object a : args) {
                if (!empty(a)) {
                    return a;
                }
            }
            return null;
        });
        f.put("ternary", args -> {
            Args.count("ternary", args, 3);
            if (!(args.get(2) instanceof Boolean b)) {
                throw new TemplateException("wrong type for value; expected bool; got " + Values.typeName(args.get(2)));
            }
            return b ? args.get(0) : args.get(1);
        });
        f.put("fail", args -> {
            Args.count("fail", args, 1);
            throw new TemplateException(Args.string("fail", args, 0));
        });
        f.put("kindOf", args -> {
            Args.count("kindOf", args, 1);
            return Values.kind(args.get(0));
        });
        f.put("typeOf", args -> {
            Args.count("typeOf", args, 1);
            return Values.typeName(args.get(0));
        });
        f.put("deepEqual", args -> {
            Args.count("deepEqual", args, 2);
            return deepEqual(args.get(0), args.get(1));
        });
        f.put("toString", args -> {
            Args.count("toString", args, 1);
            return Strval.of(args.get(0));
        });
        f.put("toStrings", args -> {
            Args.count("toStrings", args, 1);
            return List.copyOf(Strval.slice(args.get(0)));
        });
    }

    /** sprig's {@code empty}: Go's zero values (structs are never empty). */
    static boolean empty(Object v) {
        return !Truth.isTrue(v);
    }

    /** reflect.DeepEqual: numbers must have the same Go type as well as value. */
    static boolean deepEqual(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number || b instanceof Number) {
            return Values.typeName(a).equals(Values.typeName(b)) && Objects.equals(a, b);
        }
        if (Values.isList(a) && Values.isList(b)) {
            List<Object> x = Values.asList(a);
            List<Object> y = Values.asList(b);
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!deepEqual(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !deepEqual(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof CharSequence && b instanceof CharSequence) {
            return a.toString().equals(b.toString());
        }
        return a.equals(b);
    }
}
