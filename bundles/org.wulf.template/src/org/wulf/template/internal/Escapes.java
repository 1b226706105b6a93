package org.wulf.template.internal;

import java.nio.charset.StandardCharsets;

/** Go's {@code html}, {@code js} and {@code urlquery} escapers ({@code HTMLEscapeString}, {@code JSEscapeString},
 * {@code url.QueryEscape}). */
public final class Escapes {
    private Escapes() {
    }

    public static String html(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case 0 -> b.append('\uFFFD');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public static String js(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '"' -> b.append("\\\"");
                case '<' -> b.append("\\u003C");
                case '>' -> b.append("\\u003E");
                case '&' -> b.append("\\u0026");
                case '=' -> b.append("\\u003D");
                default -> {
                    if (cp < ' ') {
                        b.append(String.format("\\u%04X", cp));
                    } else if (cp < 0x80 || GoQuote.isPrintable(cp)) {
                        b.appendCodePoint(cp);
                    } else {
                        b.append(String.format("\\u%04X", cp));
                    }
                }
            }
        });
        return b.toString();
    }

    public static String urlQuery(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                b.append((char) c);
            } else if (c == ' ') {
                b.append('+');
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}
