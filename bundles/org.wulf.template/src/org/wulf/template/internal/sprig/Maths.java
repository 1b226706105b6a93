package org.wulf.template.internal.sprig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wulf.template.TemplateException;
import org.wulf.template.TemplateFunction;
import org.wulf.template.internal.Args;
import org.wulf.template.internal.Values;

/**
 * Integer arithmetic (sprig computes in int64, converting arguments like spf13/cast: strings parsed, floats
 * truncated, junk and nil as 0), conversions (atoi, int, int64, float64) and sequences (seq, until, untilStep).
 */
final class Maths {
    private Maths() {
    }

    interface LongOp {
        long apply(long a, long b) throws TemplateException;
    }

    private static void binary(Map<String, TemplateFunction> f, String name, LongOp op) {
        f.put(name, args -> {
            Args.count(name, args, 2);
            return op.apply(toInt64(args.get(0)), toInt64(args.get(1)));
        });
    }

    static void register(Map<String, TemplateFunction> f) {
        f.put("add", args -> {
            long sum = 0;
            for (Object a : args) {
                sum += toInt64(a);
            }
            return sum;
        });
        f.put("add1", args -> {
            Args.count("add1", args, 1);
            return toInt64(args.get(0)) + 1;
        });
        binary(f, "sub", (a, b) -> a - b);
        binary(f, "div", (a, b) -> {
            if (b == 0) {
                throw new TemplateException("runtime error: integer divide by zero");
            }
            return a / b;
        });
        binary(f, "mod", (a, b) -> {
            if (b == 0) {
                throw new TemplateException("runtime error: integer divide by zero");
            }
            return a % b;
        });
        f.put("mul", args -> {
            Args.atLeast("mul", args, 1);
            long p = 1;
            for (Object a : args) {
                p *= toInt64(a);
            }
            return p;
        });
        f.put("max", args -> {
            Args.atLeast("max", args, 1);
            long m = toInt64(args.get(0));
            for (Object a : args) {
                m = Math.max(m, toInt64(a));
            }
            return m;
        });
        f.put("min", args -> {
            Args.atLeast("min", args, 1);
            long m = toInt64(args.get(0));
            for (Object a : args) {
                m = Math.min(m, toInt64(a));
            }
            return m;
        });
        f.put("atoi", args -> {
            Args.count("atoi", args, 1);
            try {
                return Values.integer(Long.parseLong(Args.string("atoi", args, 0).replaceFirst("^\\+", "")));
            } catch (NumberFormatException e) {
                return 0;
            }
        });
        f.put("int", args -> {
            Args.count("int", args, 1);
            return Values.integer(toInt64(args.get(0)));
        });
        f.put("int64", args -> {
            Args.count("int64", args, 1);
            return toInt64(args.get(0));
        });
        f.put("float64", args -> {
            Args.count("float64", args, 1);
            return toFloat64(args.get(0));
        });
        f.put("seq", Maths::seq);
        f.put("until", args -> {
            Args.count("until", args, 1);
            long n = Args.integer("until", args, 0);
            return untilStep(0, n, n < 0 ? -1 : 1);
        });
        f.put("untilStep", args -> {
            Args.count("untilStep", args, 3);
            return untilStep(Args.integer("untilStep", args, 0), Args.integer("untilStep", args, 1),
                    Args.integer("untilStep", args, 2));
        });
    }

    /** cast.ToInt64. */
    static long toInt64(Object v) {
        if (v == null) {
            return 0;
        }
        if (Values.isInteger(v)) {
            return Values.toLong(v);
        }
        if (v instanceof Number n) {
            return (long) n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof CharSequence cs) {
            String s = cs.toString().strip();
            if (s.matches("[+-]?\\d+\\.0*")) {
                s = s.substring(0, s.indexOf('.'));
            }
            try {
                return parseGoInt(s);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** strconv.ParseInt(s, 0, 64): prefixes 0x, 0o, 0b and a leading 0 for octal, underscores allowed. */
    private static long parseGoInt(String s) {
        boolean neg = s.startsWith("-");
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        int radix = 10;
        String lower = body.toLowerCase();
        if (lower.startsWith("0x")) {
            radix = 16;
            body = body.substring(2);
        } else if (lower.startsWith("0b")) {
            radix = 2;
            body = body.substring(2);
        } else if (lower.startsWith("0o")) {
            radix = 8;
            body = body.substring(2);
        } else if (body.length() > 1 && body.startsWith("0")) {
            radix = 8;
            body = body.substring(1);
        }
        if (radix != 10 || body.contains("_")) {
            body = body.replace("_", "");
        }
        if (body.isEmpty()) {
            throw new NumberFormatException(s);
        }
        long v = Long.parseLong(body, radix);
        return neg ? -v : v;
    }

    /** cast.ToFloat64. */
    static double toFloat64(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Character c) {
            return c;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof CharSequence cs) {
            try {
                return Double.parseDouble(cs.toString().strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    static List<Object> untilStep(long start, long stop, long step) {
        List<Object> v = new ArrayList<>();
        if (stop < start) {
            if (step >= 0) {
                return v;
            }
            for (long i = start; i > stop; i += step) {
                v.add(Values.integer(i));
            }
            return v;
        }
        if (step <= 0) {
            return v;
        }
        for (long i = start; i < stop; i += step) {
            v.add(Values.integer(i));
        }
        return v;
    }

    private static Object seq(List<Object> args) throws TemplateException {
        long[] p = new long[args.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = Args.integer("seq", args, i);
        }
        List<Object> values;
        switch (p.length) {
            case 1 -> {
                long inc = p[0] < 1 ? -1 : 1;
                values = untilStep(1, p[0] + inc, inc);
            }
            case 2 -> {
                long step = p[1] < p[0] ? -1 : 1;
                values = untilStep(p[0], p[1] + step, step);
            }
            case 3 -> {
                long inc = 1;
                if (p[2] < p[0]) {
                    inc = -1;
                    if (p[1] > 0) {
                        return "";
                    }
                }
                values = untilStep(p[0], p[2] + inc, p[1]);
            }
            default -> {
                return "";
            }
        }
        StringBuilder b = new StringBuilder();
        for (Object v : values) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(v);
        }
        return b.toString();
    }
}
