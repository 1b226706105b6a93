package org.wulf.template.internal;

import java.math.BigInteger;

import org.wulf.template.TemplateException;

/** Go number and character constants: ints become Integer (Long when they exceed 32 bits), floats Double. */
final class Numbers {
    private Numbers() {
    }

    static Object parse(Token token, Unquote.ErrorSupplier error) throws TemplateException {
        if (token.type() == TokenType.CHAR) {
            return Unquote.character(token.text(), error);
        }
        String text = token.text().replace("_", "");
        String body = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        boolean negative = text.startsWith("-");
        String lower = body.toLowerCase();
        try {
            if (lower.endsWith("i")) {
                throw error.get();
            }
            BigInteger value;
            if (lower.startsWith("0x")) {
                if (lower.contains("p") || lower.contains(".")) {
                    double d = Double.parseDouble((negative ? "-" : "") + body + (lower.contains("p") ? "" : "p0"));
                    return d;
                }
                value = new BigInteger(body.substring(2), 16);
            } else if (lower.startsWith("0b")) {
                value = new BigInteger(body.substring(2), 2);
            } else if (lower.startsWith("0o")) {
                value = new BigInteger(body.substring(2), 8);
            } else if (lower.contains(".") || lower.contains("e")) {
                return Double.parseDouble(text);
            } else if (body.length() > 1 && body.startsWith("0")) {
                value = new BigInteger(body.substring(1), 8);
            } else {
                value = new BigInteger(body);
            }
            if (negative) {
                value = value.negate();
            }
            if (value.bitLength() > 63) {
                throw new NumberFormatException();
            }
            long l = value.longValue();
            return l == (int) l ? (Object) (int) l : (Object) l;
        } catch (NumberFormatException e) {
            throw error.get();
        }
    }
}
