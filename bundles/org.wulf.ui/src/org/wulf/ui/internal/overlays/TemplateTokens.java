package org.wulf.ui.internal.overlays;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small tokenizer for Go-template text ({@code .ww} overlay files): the actions between
 * {@code {{ }}} and, inside them, keywords, strings, fields and variables, and comments. Text
 * outside actions is plain. Used for syntax colouring; it never fails on broken input (an action
 * that is not closed runs to the end of the text).
 */
public final class TemplateTokens {

	/** What a stretch of text is. */
	public enum Kind {
		DELIMITER, KEYWORD, STRING, FIELD, VARIABLE, COMMENT, ACTION
	}

	/** {@code length} characters from {@code start} are of one kind. */
	public record Token(int start, int length, Kind kind) {
	}

	private static final Set<String> KEYWORDS = Set.of("if", "else", "end", "range", "with", "define", "template", "block",
			"break", "continue", "and", "or", "not", "len", "index", "printf", "print", "eq", "ne", "lt", "le", "gt", "ge", "nil");

	private TemplateTokens() {
	}

	public static List<Token> scan(String text) {
		List<Token> tokens = new ArrayList<>();
		int at = 0;
		while (true) {
			int open = text.indexOf("{{", at);
			if (open < 0) {
				return tokens;
			}
			int close = text.indexOf("}}", open + 2);
			int end = close < 0 ? text.length() : close + 2;
			scanAction(text, open, end, close >= 0, tokens);
			at = end;
		}
	}

	private static void scanAction(String text, int open, int end, boolean closed, List<Token> tokens) {
		String inner = text.substring(open, end);
		String trimmed = inner.replaceFirst("^\\{\\{-?\\s*", "");
		if (trimmed.startsWith("/*")) {
			tokens.add(new Token(open, end - open, Kind.COMMENT));
			return;
		}
		int bodyStart = open + 2 + (text.startsWith("-", open + 2) ? 1 : 0);
		int bodyEnd = closed ? end - 2 - (text.charAt(end - 3) == '-' ? 1 : 0) : end;
		tokens.add(new Token(open, bodyStart - open, Kind.DELIMITER));
		int i = bodyStart;
		while (i < bodyEnd) {
			char c = text.charAt(i);
			if (c == '"' || c == '`') {
				int j = i + 1;
				while (j < bodyEnd && text.charAt(j) != c) {
					j += text.charAt(j) == '\\' && c == '"' ? 2 : 1;
				}
				j = Math.min(j + 1, bodyEnd);
				tokens.add(new Token(i, j - i, Kind.STRING));
				i = j;
			} else if (c == '.' || c == '$') {
				int j = i + 1;
				while (j < bodyEnd && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '.')) {
					j++;
				}
				tokens.add(new Token(i, j - i, c == '.' ? Kind.FIELD : Kind.VARIABLE));
				i = j;
			} else if (Character.isLetter(c)) {
				int j = i;
				while (j < bodyEnd && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
					j++;
				}
				tokens.add(new Token(i, j - i, KEYWORDS.contains(text.substring(i, j)) ? Kind.KEYWORD : Kind.ACTION));
				i = j;
			} else {
				i++;
			}
		}
		if (closed) {
			tokens.add(new Token(bodyEnd, end - bodyEnd, Kind.DELIMITER));
		}
	}
}
