package org.wulf.template.internal;

import org.wulf.template.TemplateException;

/** Go's {@code strconv.Unquote} for the literals of the template language. */
final class Unquote {
    private Unquote() {
    }

    interface ErrorSupplier {
        TemplateException get();
    }

    static String string(String quoted, ErrorSupplier error) throws TemplateException {
        if (quoted.length() >= 2 && quoted.charAt(0) == '`' && quoted.endsWith("`")) {
            return quoted.substring(1, quoted.length() - 1).replace("\r", "");
        }
        if (quoted.length() < 2 || quoted.charAt(0) != '"' || !quoted.endsWith("\"")) {
            throw error.get();
        }
        return unescape(quoted.substring(1, quoted.length() - 1), '"', error);
    }

    /** The code point of a character constant such as {@code 'a'} or {@code '\n'}. */
    static int character(String quoted, ErrorSupplier error) throws TemplateException {
        if (quoted.length() < 3 || quoted.charAt(0) != '\'' || !quoted.endsWith("'")) {
            throw error.get();
        }
        String s = unescape(quoted.substring(1, quoted.length() - 1), '\'', error);
        if (s.codePointCount(0, s.length()) != 1) {
            throw error.get();
        }
        return s.codePointAt(0);
    }

    private static String unescape(String body, char quote, ErrorSupplier error) throws TemplateException {
        StringBuilder out = new StringBuilder(body.length());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                if (c == quote) {
                    throw error.get();
                }
                flush(bytes, out);
                out.append(c);
                i++;
                continue;
            }
            if (++i >= body.length()) {
                throw error.get();
            }
            char e = body.charAt(i++);
            switch (e) {
                case 'a' -> append(out, bytes, 7);
                case 'b' -> append(out, bytes, 8);
                case 'f' -> append(out, bytes, 12);
                case 'n' -> append(out, bytes, '\n');
                case 'r' -> append(out, bytes, '\r');
                case 't' -> append(out, bytes, '\t');
                case 'v' -> append(out, bytes, 11);
                case '\\' -> append(out, bytes, '\\');
                case '\'', '"' -> {
                    if (e != quote) {
                        throw error.get();
                    }
                    append(out, bytes, e);
                }
                case 'x' -> {
                    bytes.write(hex(body, i, 2, error));
                    i += 2;
                }
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    int cp = hex(body, i, n, error);
                    if (!Character.isValidCodePoint(cp)) {
                        throw error.get();
                    }
                    flush(bytes, out);
                    out.appendCodePoint(cp);
                    i += n;
                }
                default -> {
                    if (e >= '0' && e <= '7' && i + 1 < body.length() + 0) {
                        String oct = body.substring(i - 1, Math.min(i + 2, body.length()));
                        if (oct.length() != 3 || !oct.matches("[0-7]{3}")) {
                            throw error.get();
                        }
                        int v = Integer.parseInt(oct, 8);
                        if (v > 255) {
                            throw error.get();
                        }
                        bytes.write(v);
                        i += 2;
                    } else {
                        throw error.get();
                    }
                }
            }
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void append(StringBuilder out, java.io.ByteArrayOutputStream bytes, int c) {
        flush(bytes, out);
        out.append((char) c);
    }

    /** \x and octal escapes are bytes: collect them and decode as UTF-8 like Go strings do. */
    private static void flush(java.io.ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static int hex(String s, int from, int n, ErrorSupplier error) throws TemplateException {
        if (from + n > s.length()) {
            throw error.get();
        }
        try {
            return (int) Long.parseLong(s.substring(from, from + n), 16);
        } catch (NumberFormatException e) {
            throw error.get();
        }
    }
}
