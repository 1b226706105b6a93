package org.wulf.template.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.wulf.template.TemplateException;

/**
 * Splits a template into tokens the way Go's {@code text/template/parse} lexer does: text outside
 * {@code {{ }}}, trim markers ({@code {{- } and { -}}}, which need the space), comments (which must touch the
 * delimiters), and the tokens inside actions. Whitespace inside actions is kept as SPACE tokens because it
 * separates operands ({@code .A.B} is one chain, {@code .A .B} two arguments).
 */
final class Lexer {
    private static final String LEFT = "{{";
    private static final String RIGHT = "}}";
    private static final Set<String> KEYWORDS = Set.of("block", "break", "continue", "define", "else", "end", "if",
            "range", "nil", "template", "with");

    private final SourceText source;
    private final String in;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int parenDepth;

    Lexer(SourceText source) {
        this.source = source;
        this.in = source.text();
    }

    List<Token> lex() throws TemplateException {
        boolean trimNextText = false;
        while (pos < in.length()) {
            int next = in.indexOf(LEFT, pos);
            int textEnd = next < 0 ? in.length() : next;
            int textStart = pos;
            boolean trimBefore = next >= 0 && hasLeftTrim(next);
            int emitStart = textStart;
            int emitEnd = textEnd;
            if (trimNextText) {
                while (emitStart < emitEnd && isSpace(in.charAt(emitStart))) {
                    emitStart++;
                }
            }
            if (trimBefore) {
                while (emitEnd > emitStart && isSpace(in.charAt(emitEnd - 1))) {
                    emitEnd--;
                }
            }
            if (emitEnd > emitStart) {
                tokens.add(new Token(TokenType.TEXT, in.substring(emitStart, emitEnd), emitStart));
            }
            if (next < 0) {
                pos = in.length();
                break;
            }
            pos = next;
            trimNextText = lexAction(trimBefore);
        }
        tokens.add(new Token(TokenType.EOF, "", in.length()));
        return tokens;
    }

    private boolean hasLeftTrim(int delim) {
        int i = delim + LEFT.length();
        return i + 1 < in.length() && in.charAt(i) == '-' && isSpace(in.charAt(i + 1));
    }

    /** Lexes one action starting at {@code {{}; returns whether it ended with a right trim marker. */
    private boolean lexAction(boolean trimmedLeft) throws TemplateException {
        int start = pos;
        pos += LEFT.length();
        if (trimmedLeft) {
            pos += 2;
        }
        if (in.startsWith("/*", pos)) {
            return lexComment(start);
        }
        tokens.add(new Token(TokenType.LEFT_DELIM, LEFT, start));
        parenDepth = 0;
        while (true) {
            if (pos >= in.length()) {
                throw error(start, "unclosed action");
            }
            char c = in.charAt(pos);
            if (in.startsWith(RIGHT, pos)) {
                checkParens(pos);
                tokens.add(new Token(TokenType.RIGHT_DELIM, RIGHT, pos));
                pos += RIGHT.length();
                return false;
            }
            if (isSpace(c)) {
                int s = pos;
                while (pos < in.length() && isSpace(in.charAt(pos))) {
                    pos++;
                }
                if (in.startsWith("-" + RIGHT, pos)) {
                    checkParens(pos);
                    tokens.add(new Token(TokenType.RIGHT_DELIM, RIGHT, pos));
                    pos += 1 + RIGHT.length();
                    return true;
                }
                tokens.add(new Token(TokenType.SPACE, in.substring(s, pos), s));
                continue;
            }
            lexInside(c, start);
        }
    }

    private void checkParens(int at) throws TemplateException {
        if (parenDepth > 0) {
            throw error(at, "unclosed left paren");
        }
    }

    private boolean lexComment(int start) throws TemplateException {
        int bodyStart = pos + 2;
        int end = in.indexOf("*/", bodyStart);
        if (end < 0) {
            throw error(start, "unclosed comment");
        }
        String body = in.substring(bodyStart, end);
        pos = end + 2;
        boolean trimRight = false;
        if (pos + 1 < in.length() && isSpace(in.charAt(pos)) && in.startsWith("-" + RIGHT, pos + 1)) {
            trimRight = true;
            pos += 2;
        } else if (!in.startsWith(RIGHT, pos)) {
            throw error(end, "comment ends before closing delimiter");
        }
        pos += RIGHT.length();
        tokens.add(new Token(TokenType.COMMENT, body, start));
        return trimRight;
    }

    private void lexInside(char c, int actionStart) throws TemplateException {
        int s = pos;
        switch (c) {
            case '|' -> single(TokenType.PIPE);
            case ',' -> single(TokenType.COMMA);
            case '(' -> {
                parenDepth++;
                single(TokenType.LEFT_PAREN);
            }
            case ')' -> {
                if (--parenDepth < 0) {
                    throw error(s, "unexpected right paren");
                }
                single(TokenType.RIGHT_PAREN);
            }
            case ':' -> {
                if (!in.startsWith(":=", pos)) {
                    throw error(s, "expected :=");
                }
                pos += 2;
                tokens.add(new Token(TokenType.DECLARE, ":=", s));
            }
            case '=' -> single(TokenType.ASSIGN);
            case '"' -> quoted(s, '"', TokenType.STRING, "unterminated quoted string");
            case '\'' -> quoted(s, '\'', TokenType.CHAR, "unterminated character constant");
            case '`' -> {
                int end = in.indexOf('`', s + 1);
                if (end < 0) {
                    throw error(s, "unterminated raw quoted string");
                }
                pos = end + 1;
                tokens.add(new Token(TokenType.RAW_STRING, in.substring(s, pos), s));
            }
            case '$' -> {
                pos++;
                alnumRun();
                tokens.add(new Token(TokenType.VARIABLE, in.substring(s, pos), s));
            }
            case '.' -> {
                if (pos + 1 < in.length() && Character.isDigit(in.charAt(pos + 1))) {
                    number(s);
                } else {
                    pos++;
                    alnumRun();
                    tokens.add(new Token(pos - s == 1 ? TokenType.DOT : TokenType.FIELD, in.substring(s, pos), s));
                }
            }
            default -> {
                if (c == '+' || c == '-' || Character.isDigit(c)) {
                    number(s);
                } else if (isAlnum(c)) {
                    alnumRun();
                    String word = in.substring(s, pos);
                    TokenType type = KEYWORDS.contains(word) ? (word.equals("nil") ? TokenType.NIL : TokenType.KEYWORD)
                            : word.equals("true") || word.equals("false") ? TokenType.BOOL : TokenType.IDENTIFIER;
                    tokens.add(new Token(type, word, s));
                    checkTerminator(s);
                } else {
                    throw error(s, String.format("unrecognized character in action: %s", describe(c)));
                }
            }
        }
    }

    private void checkTerminator(int start) throws TemplateException {
        if (pos >= in.length()) {
            return;
        }
        char c = in.charAt(pos);
        if (isSpace(c) || c == '.' || c == ',' || c == '|' || c == ':' || c == ')' || c == '('
                || in.startsWith(RIGHT, pos) || c == '=') {
            return;
        }
        throw error(pos, "bad character " + describe(c) + " after " + in.substring(start, pos));
    }

    private void number(int s) throws TemplateException {
        if (in.charAt(pos) == '+' || in.charAt(pos) == '-') {
            pos++;
        }
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (isAlnum(c) || c == '.') {
                pos++;
            } else if ((c == '+' || c == '-') && isExponent(s)) {
                pos++;
            } else {
                break;
            }
        }
        String text = in.substring(s, pos);
        if (text.equals("+") || text.equals("-")) {
            throw error(s, "bad number syntax: \"" + text + "\"");
        }
        tokens.add(new Token(TokenType.NUMBER, text, s));
    }

    private boolean isExponent(int start) {
        char prev = in.charAt(pos - 1);
        String digits = in.substring(start, pos).toLowerCase().replaceFirst("^[+-]", "");
        return digits.startsWith("0x") ? prev == 'p' || prev == 'P' : prev == 'e' || prev == 'E';
    }

    private void quoted(int s, char quote, TokenType type, String unterminated) throws TemplateException {
        pos++;
        while (true) {
            if (pos >= in.length() || in.charAt(pos) == '\n') {
                throw error(s, unterminated);
            }
            char c = in.charAt(pos++);
            if (c == '\\') {
                if (pos >= in.length() || in.charAt(pos) == '\n') {
                    throw error(s, unterminated);
                }
                pos++;
            } else if (c == quote) {
                break;
            }
        }
        tokens.add(new Token(type, in.substring(s, pos), s));
    }

    private void single(TokenType type) {
        tokens.add(new Token(type, String.valueOf(in.charAt(pos)), pos));
        pos++;
    }

    private void alnumRun() {
        while (pos < in.length() && isAlnum(in.charAt(pos))) {
            pos++;
        }
    }

    private TemplateException error(int at, String message) {
        return new TemplateException(source.name(), source.line(at), source.column(at), message);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    static boolean isAlnum(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static String describe(char c) {
        return String.format("U+%04X '%c'", (int) c, c);
    }
}
