package org.wulf.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wulf.template.internal.Executor;
import org.wulf.template.TemplateException;

/** Every parse and execution error names file, line and column and says what is wrong. */
class ErrorReportingTest {

    public record Node(String name) {
        public String hello(String who) {
            return "hello " + who;
        }
    }

    static Stream<Arguments> errors() {
        Map<String, Object> data = Map.of("List", List.of(1, 2), "Node", new Node("n1"), "Str", "s");
        return Stream.of(
                // parse errors
                Arguments.of("a\nb {{ .X ", data, 2, 3, "unclosed action"),
                Arguments.of("{{ if .X }}\nno end", data, 2, 7, "{{if}} at 1:4 has no matching {{end}}"),
                Arguments.of("x\n  {{ nosuchfn 1 }}", data, 2, 6, "function \"nosuchfn\" not defined"),
                Arguments.of("{{ $y }}", data, 1, 4, "undefined variable \"$y\""),
                Arguments.of("{{ end }}", data, 1, 4, "unexpected {{end}}"),
                Arguments.of("{{ else }}", data, 1, 4, "unexpected {{else}}"),
                Arguments.of("{{ break }}", data, 1, 4, "{{break}} outside {{range}}"),
                Arguments.of("{{ \"abc }}", data, 1, 4, "unterminated quoted string"),
                Arguments.of("{{/* c */ x }}", data, 1, 8, "comment ends before closing delimiter"),
                Arguments.of("{{ /* not a comment: Go wants it at the delimiter */}}", data, 1, 4, "unrecognized character in action"),
                Arguments.of("{{/* never closed", data, 1, 1, "unclosed comment"),
                Arguments.of("{{ (1 }}", data, 1, 7, "unclosed left paren"),
                Arguments.of("{{ 1) }}", data, 1, 5, "unexpected right paren"),
                Arguments.of("{{ 3.x }}", data, 1, 4, "bad number syntax"),
                Arguments.of("{{ . | 1 }}", data, 1, 8, "non executable command in pipeline stage 2"),
                Arguments.of("{{ \"s\".X }}", data, 1, 4, "unexpected . after term"),
                Arguments.of("{{ }}", data, 1, 4, "missing value for command"),
                Arguments.of("{{ define \"a\" }}1{{ end }}{{ define \"a\" }}2{{ end }}", data, 1, 30,
                        "multiple definition of template \"a\""),
                Arguments.of("{{ template .X }}", data, 1, 13, "unexpected \".X\" in template clause"),
                Arguments.of("{{ # }}", data, 1, 4, "unrecognized character in action"),
                // execution errors
                Arguments.of("\n\n   {{ index .List 5 }}", data, 3, 7, "error calling index: index out of range: 5"),
                Arguments.of("{{ .Node.Nope }}", data, 1, 4, "can't evaluate field Nope in type Node"),
                Arguments.of("{{ .Node.Hello }}", data, 1, 4, "wrong number of args for Hello: want 1 got 0"),
                Arguments.of("{{ .Node.Name 1 }}", data, 1, 4, "wrong number of args for Name: want 0 got 1"),
                Arguments.of("{{ len 3 }}", data, 1, 4, "len of type int"),
                Arguments.of("{{ not 1 2 }}", data, 1, 4, "wrong number of args for not: want 1 got 2"),
                Arguments.of("{{ nil }}", data, 1, 4, "nil is not a command"),
                Arguments.of("{{ .Str 1 }}", data, 1, 4, "Str is not a method but has arguments"),
                Arguments.of("{{ 1 2 }}", data, 1, 4, "can't give argument to non-function 1"),
                Arguments.of("{{ lt 1 \"a\" }}", data, 1, 4, "incompatible types for comparison"),
                Arguments.of("{{ eq .List .List }}", data, 1, 4, "non-comparable type"),
                Arguments.of("{{ template \"none\" }}", data, 1, 4, "template \"none\" not defined"),
                Arguments.of("{{ range 5.5 }}{{ end }}", data, 1, 4, "range can't iterate over 5.5"),
                Arguments.of("{{ range $i, $v := 3 }}{{ end }}", data, 1, 4,
                        "can't use 3 to iterate over more than one variable"),
                Arguments.of("{{ .Missing.X.Y }}{{ .Nil.X }}", nilValued(), 1, 22,
                        "nil pointer evaluating interface {}.X"));
    }

    private static Map<String, Object> nilValued() {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("Nil", null);
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void namesPositionAndCause(String template, Object data, int line, int column, String what) {
        TemplateException e = Render.failure(template, data);
        assertEquals("t.tmpl", e.file(), e.getMessage());
        assertTrue(e.getMessage().contains(what), () -> "message <" + e.getMessage() + "> lacks <" + what + ">");
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("t.tmpl:" + line + ":" + column + ": "), e.getMessage());
    }

    @Test
    void unboundedRecursionStopsWithAClearError() {
        TemplateException e = Render.failure("{{ define \"loop\" }}x{{ template \"loop\" . }}{{ end }}"
                + "{{ template \"loop\" . }}", Map.of());
        assertTrue(e.getMessage().contains("exceeded maximum template depth (" + Executor.MAX_DEPTH + ")"),
                e.getMessage());
    }

    @Test
    void methodExceptionsBecomeTemplateErrors() {
        TemplateException e = Render.failure("{{ .B.Fail }}", Map.of("B", new CoreSyntaxTest.Bean()));
        assertTrue(e.getMessage().contains("error calling Fail: broken"), e.getMessage());
        assertEquals(1, e.line());
    }
}
