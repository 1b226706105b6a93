package org.wulf.template.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.wulf.template.TemplateException;
import org.wulf.template.TemplateFunction;

/** Go's predefined template functions. {@code and}/{@code or} short-circuit in the executor. */
public final class Builtins {
    private Builtins() {
    }

    public static final TemplateFunction AND = args -> {
        Args.atLeast("and", args, 1);
        for (Object a : args) {
            if (!Truth.isTrue(a)) {
                return a;
            }
        }
        return args.get(args.size() - 1);
    };

    public static final TemplateFunction OR = args -> {
        Args.atLeast("or", args, 1);
        for (Object a : args) {
            if (Truth.isTrue(a)) {
                return a;
            }
        }
        return args.get(args.size() - 1);
    };

    public static Map<String, TemplateFunction> all() {
        Map<String, TemplateFunction> f = new LinkedHashMap<>();
        f.put("and", AND);
        f.put("or", OR);
        f.put("not", args -> {
            Args.count("not", args, 1);
            return !Truth.isTrue(args.get(0));
        });
        f.put("len", Builtins::len);
        f.put("index", Builtins::index);
        f.put("slice", Builtins::slice);
        f.put("print", GoPrinter::sprint);
        f.put("println", GoPrinter::sprintln);
        f.put("printf", args -> {
            Args.atLeast("printf", args, 1);
            return FormatVerbs.sprintf(Args.string("printf", args, 0), args.subList(1, args.size()));
        });
        f.put("html", args -> Escapes.html(evalArgs(args)));
        f.put("js", args -> Escapes.js(evalArgs(args)));
        f.put("urlquery", args -> Escapes.urlQuery(evalArgs(args)));
        f.put("call", Builtins::call);
        f.put("eq", args -> {
            Args.atLeast("eq", args, 1);
            return Comparison.eq(args);
        });
        f.put("ne", args -> {
            Args.count("ne", args, 2);
            return !Comparison.equal(args.get(0), args.get(1));
        });
        f.put("lt", args -> {
            Args.count("lt", args, 2);
            return Comparison.compare(args.get(0), args.get(1)) < 0;
        });
        f.put("le", args -> {
            Args.count("le", args, 2);
            return Comparison.compare(args.get(0), args.get(1)) <= 0;
        });
        f.put("gt", args -> {
            Args.count("gt", args, 2);
            return Comparison.compare(args.get(0), args.get(1)) > 0;
        });
        f.put("ge", args -> {
            Args.count("ge", args, 2);
            return Comparison.compare(args.get(0), args.get(1)) >= 0;
        });
        return f;
    }

    private static String evalArgs(List<Object> args) {
        if (args.size() == 1 && args.get(0) instanceof CharSequence s) {
            return s.toString();
        }
        return GoPrinter.sprint(args);
    }

    private static Object len(List<Object> args) throws TemplateException {
        Args.count("len", args, 1);
        Object v = args.get(0);
        if (v == null || v == Missing.VALUE) {
            throw new TemplateException("len of untyped nil");
        }
        if (v instanceof CharSequence s) {
            return s.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        if (v instanceof Map<?, ?> m) {
            return m.size();
        }
        if (Values.isList(v)) {
            return v instanceof java.util.Collection<?> c ? c.size() : java.lang.reflect.Array.getLength(v);
        }
        throw new TemplateException("len of type " + Values.typeName(v));
    }

    private static Object index(List<Object> args) throws TemplateException {
        Args.atLeast("index", args, 1);
        Object item = args.get(0);
        if (item == null || item == Missing.VALUE) {
            throw new TemplateException("index of untyped nil");
        }
        for (Object key : args.subList(1, args.size())) {
            if (item == null) {
                throw new TemplateException("index of nil pointer");
            }
            if (item instanceof Map<?, ?> m) {
                if (key == null || key == Missing.VALUE) {
                    throw new TemplateException("value is nil; should be of type string");
                }
                Object k = key instanceof CharSequence s ? s.toString() : key;
                item = m.containsKey(k) ? m.get(k) : zeroValue(m);
            } else if (Values.isList(item) || item instanceof CharSequence) {
                if (!Values.isInteger(key)) {
                    throw new TemplateException("cannot index slice/array with type " + Values.typeName(key));
                }
                long i = Values.toLong(key);
                if (item instanceof CharSequence s) {
                    byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
                    if (i < 0 || i >= bytes.length) {
                        throw new TemplateException("index out of range: " + i);
                    }
                    item = bytes[(int) i] & 0xff;
                } else {
                    List<Object> list = Values.asList(item);
                    if (i < 0 || i >= list.size()) {
                        throw new TemplateException("index out of range: " + i);
                    }
                    item = list.get((int) i);
                }
            } else {
                throw new TemplateException("can't index item of type " + Values.typeName(item));
            }
        }
        return item;
    }

    /**
     * Go's {@code index} on a missing key gives the element type's zero value. Java maps carry no element
     * type, so a map holding only strings (Warewulf's tags, for instance) gives "", any other map nil.
     */
    private static Object zeroValue(Map<?, ?> m) {
        if (!m.isEmpty() && m.values().stream().allMatch(v -> v instanceof CharSequence)) {
            return "";
        }
        return null;
    }

    private static Object slice(List<Object> args) throws TemplateException {
        Args.atLeast("slice", args, 1);
        Object item = args.get(0);
        if (item == null || item == Missing.VALUE) {
            throw new TemplateException("slice of untyped nil");
        }
        if (args.size() > 4) {
            throw new TemplateException("too many slice indexes: " + (args.size() - 1));
        }
        int length;
        if (item instanceof CharSequence s) {
            if (args.size() == 4) {
                throw new TemplateException("cannot 3-index slice a string");
            }
            length = s.toString().getBytes(StandardCharsets.UTF_8).length;
        } else if (Values.isList(item)) {
            length = Values.asList(item).size();
        } else {
            throw new TemplateException("can't slice item of type " + Values.typeName(item));
        }
        int[] idx = {0, length, length};
        for (int k = 1; k < args.size(); k++) {
            Object a = args.get(k);
            if (!Values.isInteger(a)) {
                throw new TemplateException("cannot index slice/array with type " + Values.typeName(a));
            }
            long v = Values.toLong(a);
            if (v < 0 || v > length) {
                throw new TemplateException("index out of range: " + v);
            }
            idx[k - 1] = (int) v;
        }
        if (idx[0] > idx[1]) {
            throw new TemplateException("invalid slice index: " + idx[0] + " > " + idx[1]);
        }
        if (args.size() == 4 && idx[1] > idx[2]) {
            throw new TemplateException("invalid slice index: " + idx[1] + " > " + idx[2]);
        }
        if (item instanceof CharSequence s) {
            byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
            return new String(bytes, idx[0], idx[1] - idx[0], StandardCharsets.UTF_8);
        }
        return new ArrayList<>(Values.asList(item).subList(idx[0], idx[1]));
    }

    @SuppressWarnings("unchecked")
    private static Object call(List<Object> args) throws TemplateException {
        Args.atLeast("call", args, 1);
        Object fn = args.get(0);
        List<Object> rest = args.subList(1, args.size());
        if (fn == null || fn == Missing.VALUE) {
            throw new TemplateException("call of nil");
        }
        if (fn instanceof TemplateFunction tf) {
            return tf.apply(new ArrayList<>(rest));
        }
        try {
            if (fn instanceof Function<?, ?> f && rest.size() == 1) {
                return ((Function<Object, Object>) f).apply(rest.get(0));
            }
            if (fn instanceof Supplier<?> s && rest.isEmpty()) {
                return s.get();
            }
        } catch (RuntimeException e) {
            throw new TemplateException("error calling call: " + e.getMessage(), e);
        }
        throw new TemplateException("non-function of type " + Values.typeName(fn));
    }
}
