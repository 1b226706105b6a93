package org.wulf.template.internal;

/** Go's {@code strconv.Quote}, {@code QuoteToASCII} and {@code QuoteRune}. */
public final class GoQuote {
    private GoQuote() {
    }

    public static String quote(String s, boolean asciiOnly) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(cp -> append(b, cp, '"', asciiOnly));
        return b.append('"').toString();
    }

    public static String quoteRune(int cp, boolean asciiOnly) {
        StringBuilder b = new StringBuilder("'");
        append(b, cp, '\'', asciiOnly);
        return b.append('\'').toString();
    }

    private static void append(StringBuilder b, int cp, char quote, boolean asciiOnly) {
        if (cp == quote || cp == '\\') {
            b.append('\\').appendCodePoint(cp);
            return;
        }
        if (asciiOnly ? cp < 0x80 && isPrintable(cp) : isPrintable(cp)) {
            b.appendCodePoint(cp);
            return;
        }
        switch (cp) {
            case 7 -> b.append("\\a");
            case '\b' -> b.append("\\b");
            case '\f' -> b.append("\\f");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            case 11 -> b.append("\\v");
            default -> {
                if (cp < ' ' || cp == 0x7f) {
                    b.append(String.format("\\x%02x", cp));
                } else if (cp < 0x10000) {
                    b.append(String.format("\\u%04x", cp));
                } else {
                    b.append(String.format("\\U%08x", cp));
                }
            }
        }
    }

    /** Approximates Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (cp < 0x20 || cp == 0x7f) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
