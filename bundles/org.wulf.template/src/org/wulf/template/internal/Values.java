package org.wulf.template.internal;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Go's view of Java values: kinds, type names, and the conversions functions need. */
public final class Values {
    private Values() {
    }

    /** Go reflect kind names ({@code kindOf} in sprig). */
    public static String kind(Object v) {
        if (v == null || v == Missing.VALUE) {
            return "invalid";
        }
        if (v instanceof CharSequence) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte || v instanceof BigInteger) {
            return "int";
        }
        if (v instanceof Long) {
            return "int64";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Float) {
            return "float32";
        }
        if (v instanceof Character) {
            return "int32";
        }
        if (isList(v)) {
            return "slice";
        }
        if (v instanceof Map) {
            return "map";
        }
        if (v instanceof org.wulf.template.TemplateFunction) {
            return "func";
        }
        return "struct";
    }

    /** Go type names for messages, {@code %T} and {@code typeOf}. */
    public static String typeName(Object v) {
        if (v == null || v == Missing.VALUE) {
            return "<nil>";
        }
        return switch (kind(v)) {
            case "slice" -> v instanceof byte[] ? "[]uint8" : "[]interface {}";
            case "map" -> "map[string]interface {}";
            case "func" -> "func(...interface {}) (interface {}, error)";
            case "struct" -> v.getClass().getSimpleName();
            default -> kind(v);
        };
    }

    public static boolean isList(Object v) {
        return v instanceof Collection || v != null && v.getClass().isArray();
    }

    /** A list view of a Collection or array (copies arrays). */
    public static List<Object> asList(Object v) {
        if (v instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> cast = (List<Object>) l;
            return cast;
        }
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (v != null && v.getClass().isArray()) {
            int n = Array.getLength(v);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(Array.get(v, i));
            }
            return out;
        }
        throw new IllegalArgumentException("not a list: " + typeName(v));
    }

    public static boolean isInteger(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger || v instanceof Character;
    }

    public static boolean isFloat(Object v) {
        return v instanceof Double || v instanceof Float;
    }

    public static long toLong(Object v) {
        if (v instanceof Character c) {
            return c;
        }
        return ((Number) v).longValue();
    }

    /** Normalises a computed long the way the engine stores ints: Integer when it fits. */
    public static Object integer(long l) {
        return l == (int) l ? (Object) (int) l : (Object) l;
    }
}
