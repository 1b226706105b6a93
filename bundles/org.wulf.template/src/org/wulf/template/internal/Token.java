package org.wulf.template.internal;

/** One lexed token: kind, source text and byte offset (a char index) into the template text. */
record Token(TokenType type, String text, int pos) {
    @Override
    public String toString() {
        return switch (type) {
            case EOF -> "EOF";
            case TEXT -> "text";
            case SPACE -> "space";
            case RIGHT_DELIM -> "\"}}\"";
            case LEFT_DELIM -> "\"{{\"";
            default -> "\"" + text + "\"";
        };
    }
}
