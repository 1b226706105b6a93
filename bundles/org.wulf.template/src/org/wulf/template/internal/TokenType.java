package org.wulf.template.internal;

/** Token kinds of the Go template language, as Go's {@code text/template/parse} lexer names them. */
enum TokenType {
    TEXT, COMMENT, LEFT_DELIM, RIGHT_DELIM, SPACE, IDENTIFIER, KEYWORD, FIELD, VARIABLE, DOT, STRING, RAW_STRING,
    CHAR, NUMBER, BOOL, NIL, PIPE, LEFT_PAREN, RIGHT_PAREN, DECLARE, ASSIGN, COMMA, EOF
}
