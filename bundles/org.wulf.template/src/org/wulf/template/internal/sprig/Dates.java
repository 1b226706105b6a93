package org.wulf.template.internal.sprig;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Map;

import org.wulf.template.TemplateFunction;
import org.wulf.template.internal.Args;

/**
 * now, date, dateInZone, unixEpoch, env, expandenv. Times may be java.time values, Date, or Unix seconds
 * (int/long); anything else means "now", as in sprig. An unknown zone falls back to UTC, as in sprig.
 */
final class Dates {
    private Dates() {
    }

    static void register(Map<String, TemplateFunction> f) {
        f.put("now", args -> {
            Args.count("now", args, 0);
            return ZonedDateTime.now();
        });
        f.put("date", args -> {
            Args.count("date", args, 2);
            return inZone(Args.string("date", args, 0), args.get(1), "Local");
        });
        f.put("dateInZone", args -> {
            Args.count("dateInZone", args, 3);
            return inZone(Args.string("dateInZone", args, 0), args.get(1), Args.string("dateInZone", args, 2));
        });
        f.put("unixEpoch", args -> {
            Args.count("unixEpoch", args, 1);
            return String.valueOf(toTime(args.get(0)).toEpochSecond());
        });
        f.put("env", args -> {
            Args.count("env", args, 1);
            String v = System.getenv(Args.string("env", args, 0));
            return v == null ? "" : v;
        });
        f.put("expandenv", args -> {
            Args.count("expandenv", args, 1);
            return expand(Args.string("expandenv", args, 0));
        });
    }

    private static String inZone(String layout, Object time, String zone) {
        ZoneId id;
        try {
            id = zone.equals("Local") ? ZoneId.systemDefault() : ZoneId.of(zone);
        } catch (DateTimeException e) {
            id = ZoneOffset.UTC;
        }
        ZonedDateTime t = toTime(time).withZoneSameInstant(id);
        if (zone.equals("UTC")) {
            t = t.withZoneSameInstant(ZoneOffset.UTC);
        }
        return GoTimeLayout.format(t, layout);
    }

    static ZonedDateTime toTime(Object v) {
        if (v instanceof ZonedDateTime z) {
            return z;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toZonedDateTime();
        }
        if (v instanceof Instant i) {
            return i.atZone(ZoneId.systemDefault());
        }
        if (v instanceof LocalDateTime l) {
            return l.atZone(ZoneId.systemDefault());
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay(ZoneId.systemDefault());
        }
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneId.systemDefault());
        }
        if (v instanceof Integer || v instanceof Long) {
            return Instant.ofEpochSecond(((Number) v).longValue()).atZone(ZoneId.systemDefault());
        }
        if (v instanceof TemporalAccessor ta) {
            try {
                return ZonedDateTime.from(ta);
            } catch (DateTimeException e) {
                // fall through to now, like sprig's default case
            }
        }
        return ZonedDateTime.now();
    }

    /** os.ExpandEnv: $NAME and ${NAME}; unset variables expand to "". */
    static String expand(String s) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '$' || i + 1 >= s.length()) {
                b.append(c);
                i++;
                continue;
            }
            String name;
            int next;
            if (s.charAt(i + 1) == '{') {
                int close = s.indexOf('}', i + 2);
                if (close < 0) {
                    // Go: bad syntax eats the "${"
                    i += 2;
                    continue;
                }
                name = s.substring(i + 2, close);
                next = close + 1;
            } else {
                int j = i + 1;
                if (isShellSpecial(s.charAt(j))) {
                    j++;
                } else {
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                        j++;
                    }
                }
                if (j == i + 1) {
                    b.append('$');
                    i++;
                    continue;
                }
                name = s.substring(i + 1, j);
                next = j;
            }
            String v = System.getenv(name);
            b.append(v == null ? "" : v);
            i = next;
        }
        return b.toString();
    }

    private static boolean isShellSpecial(char c) {
        return "*#$@!?-".indexOf(c) >= 0 || Character.isDigit(c);
    }

}
