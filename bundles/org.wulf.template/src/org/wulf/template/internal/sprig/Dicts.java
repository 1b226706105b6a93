package org.wulf.template.internal.sprig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wulf.template.TemplateException;
import org.wulf.template.TemplateFunction;
import org.wulf.template.internal.Args;
import org.wulf.template.internal.GoPrinter;
import org.wulf.template.internal.Values;

/** dict, get, set, unset, hasKey, keys (sorted), values (in key order), pluck. */
final class Dicts {
    private Dicts() {
    }

    static void register(Map<String, TemplateFunction> f) {
        f.put("dict", args -> {
            Map<String, Object> d = new LinkedHashMap<>();
            for (int i = 0; i < args.size(); i += 2) {
                d.put(Strval.of(args.get(i)), i + 1 < args.size() ? args.get(i + 1) : "");
            }
            return d;
        });
        f.put("get", args -> {
            Args.count("get", args, 2);
            Map<Object, Object> d = map("get", args.get(0));
            String key = Args.string("get", args, 1);
            return d.containsKey(key) ? d.get(key) : "";
        });
        f.put("set", args -> {
            Args.count("set", args, 3);
            Map<Object, Object> d = map("set", args.get(0));
            try {
                d.put(Args.string("set", args, 1), args.get(2));
            } catch (UnsupportedOperationException e) {
                throw new TemplateException("cannot set a key in a read-only map");
            }
            return d;
        });
        f.put("unset", args -> {
            Args.count("unset", args, 2);
            Map<Object, Object> d = map("unset", args.get(0));
            try {
                d.remove(Args.string("unset", args, 1));
            } catch (UnsupportedOperationException e) {
                throw new TemplateException("cannot unset a key in a read-only map");
            }
            return d;
        });
        f.put("hasKey", args -> {
            Args.count("hasKey", args, 2);
            return map("hasKey", args.get(0)).containsKey(Args.string("hasKey", args, 1));
        });
        f.put("keys", args -> {
            List<Object> keys = new ArrayList<>();
            for (Object d : args) {
                keys.addAll(map("keys", d).keySet());
            }
            keys.sort(GoPrinter.KEY_ORDER);
            return keys;
        });
        f.put("values", args -> {
            Args.count("values", args, 1);
            Map<Object, Object> d = map("values", args.get(0));
            List<Object> values = new ArrayList<>();
            for (Object k : GoPrinter.sortedKeys(d)) {
                values.add(d.get(k));
            }
            return values;
        });
        f.put("pluck", args -> {
            Args.atLeast("pluck", args, 1);
            String key = Args.string("pluck", args, 0);
            List<Object> out = new ArrayList<>();
            for (Object d : args.subList(1, args.size())) {
                Map<Object, Object> m = map("pluck", d);
                if (m.containsKey(key)) {
                    out.add(m.get(key));
                }
            }
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    static Map<Object, Object> map(String fn, Object v) throws TemplateException {
        if (v instanceof Map<?, ?> m) {
            return (Map<Object, Object>) m;
        }
        throw new TemplateException("wrong type for value; expected map[string]interface {}; got "
                + Values.typeName(v) + " (" + fn + ")");
    }
}
