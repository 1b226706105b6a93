package org.wulf.template.warewulf.internal;

import java.nio.charset.StandardCharsets;

/**
 * Unit-name escaping as go-systemd's {@code unit.UnitNameEscape}/{@code UnitNamePathEscape} (which Warewulf
 * uses): {@code /} becomes {@code -}, characters outside {@code [A-Za-z0-9:_.]} and a leading {@code .} become
 * {@code \xNN} per UTF-8 byte (go-systemd writes the hex without zero padding, {@code \xa} for a newline);
 * the path variant drops leading, trailing and repeated slashes and turns an empty path into {@code -}.
 */
public final class SystemdEscaping {
    private static final String ALLOWED = ":_.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private SystemdEscaping() {
    }

    public static String escape(String s) {
        return escape(s, false);
    }

    public static String escapePath(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean isPath) {
        StringBuilder e = new StringBuilder();
        boolean inSlashes = false;
        boolean start = true;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isPath) {
                if (c == '/') {
                    inSlashes = true;
                    continue;
                } else if (inSlashes) {
                    inSlashes = false;
                    if (!start) {
                        e.append('-');
                    }
                }
            }
            if (c == '/') {
                e.append('-');
            } else if (start && c == '.' || c >= 0x80 || ALLOWED.indexOf(c) < 0) {
                e.append("\\x").append(Integer.toHexString(c));
            } else {
                e.append((char) c);
            }
            start = false;
        }
        if (isPath && e.isEmpty()) {
            e.append('-');
        }
        return e.toString();
    }
}
