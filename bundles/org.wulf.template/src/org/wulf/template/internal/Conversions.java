package org.wulf.template.internal;

import org.wulf.template.TemplateException;

/** Converts template values to the parameter types of Java methods called from templates. */
final class Conversions {
    private Conversions() {
    }

    static Object to(Class<?> type, Object v, String method, int index) throws TemplateException {
        if (v == Missing.VALUE) {
            v = null;
        }
        if (v == null) {
            if (type.isPrimitive()) {
                throw new TemplateException("invalid value; expected " + type.getName() + " for argument "
                        + (index + 1) + " of " + method);
            }
            return null;
        }
        if (type.isInstance(v)) {
            return v;
        }
        if (v instanceof Number n && Values.isInteger(v)) {
            if (type == int.class || type == Integer.class) {
                return Math.toIntExact(n.longValue());
            }
            if (type == long.class || type == Long.class) {
                return n.longValue();
            }
            if (type == double.class || type == Double.class) {
                return n.doubleValue();
            }
        }
        if (v instanceof Number n && (type == double.class || type == Double.class)) {
            return n.doubleValue();
        }
        if (v instanceof Boolean && type == boolean.class) {
            return v;
        }
        if (v instanceof CharSequence && type == String.class) {
            return v.toString();
        }
        throw new TemplateException("wrong type for value; expected " + type.getSimpleName() + "; got "
                + Values.typeName(v) + " (argument " + (index + 1) + " of " + method + ")");
    }
}
