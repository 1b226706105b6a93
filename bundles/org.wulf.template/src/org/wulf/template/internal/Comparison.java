package org.wulf.template.internal;

import java.util.List;
import java.util.Map;

import org.wulf.template.TemplateException;

/** Go's {@code eq}/{@code ne}/{@code lt}/{@code le}/{@code gt}/{@code ge}: basic kinds only, ints and floats apart. */
public final class Comparison {
    private Comparison() {
    }

    private enum Kind {
        BOOL, INT, FLOAT, STRING, NIL, OTHER
    }

    private static Kind kind(Object v) {
        if (v == null || v == Missing.VALUE) {
            return Kind.NIL;
        }
        if (v instanceof Boolean) {
            return Kind.BOOL;
        }
        if (Values.isInteger(v)) {
            return Kind.INT;
        }
        if (Values.isFloat(v)) {
            return Kind.FLOAT;
        }
        if (v instanceof CharSequence) {
            return Kind.STRING;
        }
        return Kind.OTHER;
    }

    public static boolean eq(List<Object> args) throws TemplateException {
        if (args.size() < 2) {
            throw new TemplateException("missing argument for comparison");
        }
        Object a = args.get(0);
        for (Object b : args.subList(1, args.size())) {
            if (equal(a, b)) {
                return true;
            }
        }
        return false;
    }

    public static boolean equal(Object a, Object b) throws TemplateException {
        Kind ka = kind(a);
        Kind kb = kind(b);
        if (ka == Kind.NIL || kb == Kind.NIL) {
            return ka == kb;
        }
        if (ka != kb) {
            throw new TemplateException("incompatible types for comparison: " + Values.typeName(a) + " and "
                    + Values.typeName(b));
        }
        return switch (ka) {
            case BOOL -> a.equals(b);
            case INT -> Values.toLong(a) == Values.toLong(b);
            case FLOAT -> ((Number) a).doubleValue() == ((Number) b).doubleValue();
            case STRING -> a.toString().equals(b.toString());
            default -> {
                if (Values.isList(a) || a instanceof Map || Values.isList(b) || b instanceof Map) {
                    throw new TemplateException("non-comparable type " + GoPrinter.print(a) + ": "
                            + Values.typeName(a));
                }
                yield a.equals(b);
            }
        };
    }

    public static int compare(Object a, Object b) throws TemplateException {
        Kind ka = kind(a);
        Kind kb = kind(b);
        if (ka == Kind.BOOL || ka == Kind.NIL || ka == Kind.OTHER) {
            throw new TemplateException("invalid type for comparison: " + Values.typeName(a));
        }
        if (kb == Kind.BOOL || kb == Kind.NIL || kb == Kind.OTHER) {
            throw new TemplateException("invalid type for comparison: " + Values.typeName(b));
        }
        if (ka != kb) {
            throw new TemplateException("incompatible types for comparison: " + Values.typeName(a) + " and "
                    + Values.typeName(b));
        }
        return switch (ka) {
            case INT -> Long.compare(Values.toLong(a), Values.toLong(b));
            case FLOAT -> Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
            default -> Integer.signum(GoPrinter.compareGoStrings(a.toString(), b.toString()));
        };
    }
}
