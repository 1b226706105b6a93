package org.wulf.template.internal;

import java.util.Collection;
import java.util.Map;

/** Go template truth: false, 0, nil, empty string/list/map and missing values are false. */
public final class Truth {
    private Truth() {
    }

    public static boolean isTrue(Object v) {
        if (v == null || v == Missing.VALUE) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof CharSequence s) {
            return !s.isEmpty();
        }
        if (v instanceof Character c) {
            return c != 0;
        }
        if (v instanceof java.math.BigInteger b) {
            return b.signum() != 0;
        }
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue() != 0;
        }
        if (v instanceof Number n) {
            return n.longValue() != 0;
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (v.getClass().isArray()) {
            return java.lang.reflect.Array.getLength(v) != 0;
        }
        return true;
    }
}
