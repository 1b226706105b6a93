package org.wulf.template.internal.sprig;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Formats a time with a Go reference layout ({@code Mon Jan 2 15:04:05 MST 2006}). */
public final class GoTimeLayout {
    private GoTimeLayout() {
    }

    public static String format(ZonedDateTime t, String layout) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            int n = chunk(b, t, layout, i);
            if (n == 0) {
                b.append(layout.charAt(i));
                i++;
            } else {
                i += n;
            }
        }
        return b.toString();
    }

    /** Appends the value of the layout element at {@code i}; returns its length, 0 for a literal char. */
    private static int chunk(StringBuilder b, ZonedDateTime t, String l, int i) {
        if (l.startsWith("January", i)) {
            b.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            return 7;
        }
        if (l.startsWith("Jan", i)) {
            b.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            return 3;
        }
        if (l.startsWith("Monday", i)) {
            b.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            return 6;
        }
        if (l.startsWith("Mon", i)) {
            b.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            return 3;
        }
        if (l.startsWith("MST", i)) {
            b.append(zoneAbbreviation(t));
            return 3;
        }
        if (l.startsWith("2006", i)) {
            b.append(String.format("%04d", t.getYear()));
            return 4;
        }
        if (l.startsWith("002", i)) {
            b.append(String.format("%03d", t.getDayOfYear()));
            return 3;
        }
        if (l.startsWith("__2", i)) {
            b.append(String.format("%3d", t.getDayOfYear()));
            return 3;
        }
        if (l.startsWith("_2", i)) {
            b.append(String.format("%2d", t.getDayOfMonth()));
            return 2;
        }
        String[][] two = {{"01", "%02d"}, {"02", "%02d"}, {"03", "%02d"}, {"04", "%02d"}, {"05", "%02d"},
            {"06", "%02d"}, {"15", "%02d"}};
        for (String[] p : two) {
            if (l.startsWith(p[0], i)) {
                int v = switch (p[0]) {
                    case "01" -> t.getMonthValue();
                    case "02" -> t.getDayOfMonth();
                    case "03" -> hour12(t);
                    case "04" -> t.getMinute();
                    case "05" -> t.getSecond();
                    case "06" -> t.getYear() % 100;
                    default -> t.getHour();
                };
                b.append(p[0].equals("15") ? String.valueOf(v) : String.format(p[1], v));
                if (p[0].equals("15")) {
                    b.setLength(b.length() - String.valueOf(v).length());
                    b.append(String.format("%02d", v));
                }
                return 2;
            }
        }
        char c = l.charAt(i);
        switch (c) {
            case '1' -> {
                b.append(t.getMonthValue());
                return 1;
            }
            case '2' -> {
                b.append(t.getDayOfMonth());
                return 1;
            }
            case '3' -> {
                b.append(hour12(t));
                return 1;
            }
            case '4' -> {
                b.append(t.getMinute());
                return 1;
            }
            case '5' -> {
                b.append(t.getSecond());
                return 1;
            }
            default -> {
                // handled below
            }
        }
        if (l.startsWith("PM", i)) {
            b.append(t.getHour() >= 12 ? "PM" : "AM");
            return 2;
        }
        if (l.startsWith("pm", i)) {
            b.append(t.getHour() >= 12 ? "pm" : "am");
            return 2;
        }
        for (String z : new String[] {"Z07:00:00", "-07:00:00", "Z070000", "-070000", "Z07:00", "-07:00", "Z0700",
            "-0700", "Z07", "-07"}) {
            if (l.startsWith(z, i)) {
                b.append(offset(t, z));
                return z.length();
            }
        }
        if ((c == '.' || c == ',') && i + 1 < l.length() && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
            char digit = l.charAt(i + 1);
            int j = i + 1;
            while (j < l.length() && l.charAt(j) == digit) {
                j++;
            }
            if (j < l.length() && Character.isDigit(l.charAt(j))) {
                return 0;
            }
            int n = Math.min(9, j - i - 1);
            String frac = String.format("%09d", t.getNano()).substring(0, n);
            if (digit == '9') {
                frac = frac.replaceAll("0+$", "");
                if (!frac.isEmpty()) {
                    b.append(c).append(frac);
                }
            } else {
                b.append(c).append(frac);
            }
            return j - i;
        }
        return 0;
    }

    private static int hour12(ZonedDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static String zoneAbbreviation(ZonedDateTime t) {
        if (t.getZone() instanceof ZoneOffset || t.getZone().getId().equals("Z")) {
            return t.getOffset().getTotalSeconds() == 0 ? "UTC" : offset(t, "-0700");
        }
        String abbr = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(t);
        if (abbr.startsWith("GMT") && abbr.length() > 3 || abbr.startsWith("UTC") && abbr.length() > 3) {
            return offset(t, "-07");
        }
        return abbr;
    }

    private static String offset(ZonedDateTime t, String style) {
        int total = t.getOffset().getTotalSeconds();
        if (total == 0 && style.startsWith("Z")) {
            return "Z";
        }
        char sign = total < 0 ? '-' : '+';
        total = Math.abs(total);
        String hh = String.format("%02d", total / 3600);
        String mm = String.format("%02d", total / 60 % 60);
        String ss = String.format("%02d", total % 60);
        String body = style.substring(1);
        return switch (body) {
            case "07:00:00" -> sign + hh + ":" + mm + ":" + ss;
            case "070000" -> sign + hh + mm + ss;
            case "07:00" -> sign + hh + ":" + mm;
            case "0700" -> sign + hh + mm;
            default -> sign + hh;
        };
    }
}
