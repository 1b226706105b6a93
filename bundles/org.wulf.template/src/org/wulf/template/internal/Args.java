package org.wulf.template.internal;

import java.util.List;

import org.wulf.template.TemplateException;

/** Argument checks shared by the built-in functions, with Go's wording for arity and type errors. */
public final class Args {
    private Args() {
    }

    public static void count(String fn, List<Object> args, int n) throws TemplateException {
        if (args.size() != n) {
            throw new TemplateException("wrong number of args for " + fn + ": want " + n + " got " + args.size());
        }
    }

    public static void atLeast(String fn, List<Object> args, int n) throws TemplateException {
        if (args.size() < n) {
            throw new TemplateException("wrong number of args for " + fn + ": want at least " + n + " got "
                    + args.size());
        }
    }

    public static void between(String fn, List<Object> args, int min, int max) throws TemplateException {
        if (args.size() < min || args.size() > max) {
            throw new TemplateException("wrong number of args for " + fn + ": want " + min + " to " + max + " got "
                    + args.size());
        }
    }

    /** A string parameter: Go refuses nil and non-strings. */
    public static String string(String fn, List<Object> args, int i) throws TemplateException {
        Object v = args.get(i);
        if (v instanceof CharSequence s) {
            return s.toString();
        }
        if (v == null || v == Missing.VALUE) {
            throw new TemplateException("invalid value; expected string (argument " + (i + 1) + " of " + fn + ")");
        }
        throw new TemplateException("wrong type for value; expected string; got " + Values.typeName(v)
                + " (argument " + (i + 1) + " of " + fn + ")");
    }

    /** An int parameter: Go refuses nil, strings and floats. */
    public static long integer(String fn, List<Object> args, int i) throws TemplateException {
        Object v = args.get(i);
        if (Values.isInteger(v)) {
            return Values.toLong(v);
        }
        if (v == null || v == Missing.VALUE) {
            throw new TemplateException("invalid value; expected int (argument " + (i + 1) + " of " + fn + ")");
        }
        throw new TemplateException("wrong type for value; expected int; got " + Values.typeName(v) + " (argument "
                + (i + 1) + " of " + fn + ")");
    }

    /** A list parameter. */
    public static List<Object> list(String fn, List<Object> args, int i) throws TemplateException {
        Object v = args.get(i);
        if (Values.isList(v)) {
            return Values.asList(v);
        }
        throw new TemplateException("wrong type for value; expected []interface {}; got " + Values.typeName(v)
                + " (argument " + (i + 1) + " of " + fn + ")");
    }
}
