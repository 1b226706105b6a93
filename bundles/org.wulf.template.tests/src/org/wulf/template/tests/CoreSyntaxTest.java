package org.wulf.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wulf.template.tests.Render.render;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Syntax and execution semantics; each expected output is what Go's text/template prints. */
class CoreSyntaxTest {

    public record Netdev(String device, String ipaddr, boolean primary) {
        public String ipCIDR(int prefix) {
            return ipaddr + "/" + prefix;
        }
    }

    public static class Bean {
        public final String Name = "bean";

        public int getCount() {
            return 3;
        }

        public boolean isActive() {
            return true;
        }

        public String greet(String who) {
            return "hi " + who;
        }

        public String fail() {
            throw new IllegalStateException("broken");
        }
    }

    static Map<String, Object> data() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("Name", "n1");
        d.put("Empty", "");
        d.put("Zero", 0);
        d.put("Num", 42);
        d.put("Float", 2.5);
        d.put("True", true);
        d.put("False", false);
        d.put("Nil", null);
        d.put("List", List.of("a", "b", "c"));
        d.put("Nums", List.of(3, 1, 2));
        d.put("EmptyList", List.of());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 26);
        m.put("a", 1);
        m.put("m", 13);
        d.put("Map", m);
        d.put("Nested", Map.of("Inner", Map.of("Deep", "deep")));
        d.put("Tags", Map.of("color", "red"));
        d.put("Net", new Netdev("eth0", "10.0.0.1", true));
        d.put("Bean", new Bean());
        d.put("Array", new String[] {"x", "y"});
        return d;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // text and actions
                Arguments.of("plain text", "plain text"),
                Arguments.of("{{.Name}}", "n1"),
                Arguments.of("a{{/* comment */}}b", "ab"),
                Arguments.of("a {{- /* comment */ -}} b", "ab"),
                Arguments.of("x  {{- .Name -}}  \n y", "xn1y"),
                Arguments.of("x {{-3}}", "x -3"),
                Arguments.of("{{3 -}} x", "3x"),
                Arguments.of("{{.Missing}}", "<no value>"),
                Arguments.of("{{.Nil}}", "<nil>"),
                Arguments.of("{{.Nested.Inner.Deep}}", "deep"),
                Arguments.of("{{.Nested.Missing.Deeper}}", "<no value>"),
                Arguments.of("{{.List}}", "[a b c]"),
                Arguments.of("{{.Map}}", "map[a:1 m:13 z:26]"),
                Arguments.of("{{.Array}}", "[x y]"),
                Arguments.of("{{.Float}} {{1.0}} {{1e6}} {{123456.0}} {{0.000012}}", "2.5 1 1e+06 123456 1.2e-05"),
                Arguments.of("{{.True}} {{true}} {{false}}", "true true false"),
                // literals
                Arguments.of("{{\"a\\tb\"}}|{{`raw\\n`}}|{{'a'}}|{{0x1F}}|{{0o17}}|{{017}}|{{0b101}}|{{1_000}}",
                        "a\tb|raw\\n|97|31|15|15|5|1000"),
                Arguments.of("{{\"\\u00e9\\x41\"}}", "éA"),
                Arguments.of("{{print nil}}", "<nil>"),
                // fields on records, beans, methods
                Arguments.of("{{.Net.Device}} {{.Net.Ipaddr}} {{.Net.Primary}}", "eth0 10.0.0.1 true"),
                Arguments.of("{{.Net.IpCIDR 24}}", "10.0.0.1/24"),
                Arguments.of("{{24 | .Net.IpCIDR}}", "10.0.0.1/24"),
                Arguments.of("{{.Bean.Name}} {{.Bean.Count}} {{.Bean.Active}} {{.Bean.Greet \"you\"}}",
                        "bean 3 true hi you"),
                // variables
                Arguments.of("{{$x := 1}}{{$x}}{{$x = 2}}{{$x}}", "12"),
                Arguments.of("{{$.Name}}{{with .Nested}}{{$.Name}}{{end}}", "n1n1"),
                Arguments.of("{{$v := .Net}}{{$v.Device}}", "eth0"),
                Arguments.of("{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}", "21"),
                Arguments.of("{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", "2"),
                Arguments.of("{{(.Nested.Inner).Deep}}", "deep"),
                Arguments.of("{{(index .List 1)}}", "b"),
                // pipelines
                Arguments.of("{{.Name | printf \"%s-%s\" \"x\"}}", "x-n1"),
                Arguments.of("{{\"a\" | print \"b\" | print \"c\"}}", "cba"),
                Arguments.of("{{1 | print 2}}", "2 1"),
                // if
                Arguments.of("{{if .True}}yes{{end}}", "yes"),
                Arguments.of("{{if .False}}yes{{else}}no{{end}}", "no"),
                Arguments.of("{{if .Missing}}yes{{else}}no{{end}}", "no"),
                Arguments.of("{{if .Nil}}y{{else if .Zero}}z{{else if .Num}}n{{else}}e{{end}}", "n"),
                Arguments.of("{{if .Empty}}a{{else if .EmptyList}}b{{else}}c{{end}}", "c"),
                Arguments.of("{{if .Map}}m{{end}}{{if .Float}}f{{end}}{{if 0.0}}z{{end}}", "mf"),
                // with
                Arguments.of("{{with .Nested.Inner}}{{.Deep}}{{end}}", "deep"),
                Arguments.of("{{with .Missing}}x{{else}}none{{end}}", "none"),
                Arguments.of("{{with .Empty}}x{{else with .Name}}{{.}}{{else}}z{{end}}", "n1"),
                Arguments.of("{{with $x := .Num}}{{$x}}{{.}}{{end}}", "4242"),
                // range
                Arguments.of("{{range .List}}{{.}},{{end}}", "a,b,c,"),
                Arguments.of("{{range $i, $v := .List}}{{$i}}={{$v}} {{end}}", "0=a 1=b 2=c "),
                Arguments.of("{{range $v := .List}}{{$v}}{{end}}", "abc"),
                Arguments.of("{{range $k, $v := .Map}}{{$k}}:{{$v}} {{end}}", "a:1 m:13 z:26 "),
                Arguments.of("{{range .Map}}{{.}} {{end}}", "1 13 26 "),
                Arguments.of("{{range .EmptyList}}x{{else}}empty{{end}}", "empty"),
                Arguments.of("{{range .Missing}}x{{else}}none{{end}}", "none"),
                Arguments.of("{{range 3}}{{.}}{{end}}", "012"),
                Arguments.of("{{range $i := 3}}{{$i}}{{end}}", "012"),
                Arguments.of("{{range .List}}{{if eq . \"b\"}}{{break}}{{end}}{{.}}{{end}}", "a"),
                Arguments.of("{{range .List}}{{if eq . \"b\"}}{{continue}}{{end}}{{.}}{{end}}", "ac"),
                Arguments.of("{{range .Array}}{{.}}{{end}}", "xy"),
                Arguments.of("{{$i := 0}}{{$v := 0}}{{range $i, $v = .List}}{{end}}{{$i}}{{$v}}", "2c"),
                Arguments.of("{{$x := 0}}{{range $x = .Nums}}{{end}}{{$x}}", "2"),
                Arguments.of("{{$n := \"\"}}{{range .List}}{{$n = print $n .}}{{end}}{{$n}}", "abc"),
                Arguments.of("{{range $i, $e := .List}}{{$.Name}}{{end}}", "n1n1n1"),
                // define, template, block
                Arguments.of("{{define \"T\"}}<{{.}}>{{end}}{{template \"T\" .Name}}", "<n1>"),
                Arguments.of("{{define \"T\"}}[{{.}}]{{end}}{{template \"T\"}}", "[<nil>]"),
                Arguments.of("{{block \"B\" .Num}}b{{.}}{{end}}", "b42"),
                Arguments.of("{{define \"rec\"}}{{if .}}{{index . 0}}{{template \"rec\" slice . 1}}{{end}}{{end}}"
                        + "{{template \"rec\" .List}}", "abc"),
                // builtins
                Arguments.of("{{and 1 0 2}} {{and 1 2}} {{or 0 \"\" 3}} {{or 0 \"\"}} {{not 0}}", "0 2 3  true"),
                Arguments.of("{{and .False .Missing.X}}{{or .True (index .List 10)}}", "falsetrue"),
                Arguments.of("{{len .List}} {{len .Map}} {{len \"héllo\"}} {{len .Array}}", "3 3 6 2"),
                Arguments.of("{{index .List 2}} {{index .Map \"m\"}} {{index .Nested \"Inner\" \"Deep\"}}",
                        "c 13 deep"),
                Arguments.of("{{index .Tags \"missing\"}}|{{index .Map \"missing\"}}", "|<nil>"),
                Arguments.of("{{slice .List 1}} {{slice .List 1 2}} {{slice \"hello\" 1 3}}", "[b c] [b] el"),
                Arguments.of("{{print 1 2 \"a\" \"b\" 3}}", "1 2ab3"),
                Arguments.of("{{println 1 \"a\"}}", "1 a\n"),
                Arguments.of("{{eq 1 1}} {{eq 1 2 3 1}} {{eq \"a\" \"b\"}} {{ne 1 2}} {{eq .Missing nil}}",
                        "true true false true true"),
                Arguments.of("{{lt 1 2}} {{le 2 2}} {{gt \"b\" \"a\"}} {{ge 1.5 2.5}}", "true true true false"),
                Arguments.of("{{html \"<a href='x'>&\\\"\"}}", "&lt;a href=&#39;x&#39;&gt;&amp;&#34;"),
                Arguments.of("{{js \"it's <b> \\\"q\\\" =\\n\"}}", "it\\'s \\u003Cb\\u003E \\\"q\\\" \\u003D\\u000A"),
                Arguments.of("{{urlquery \"a b&c=d/é\"}}", "a+b%26c%3Dd%2F%C3%A9"),
                Arguments.of("{{urlquery 1 2}}", "1+2"),
                // whitespace trimming keeps inner spaces
                Arguments.of("{{range .List -}}\n  {{.}}\n{{- end}}", "abc"),
                Arguments.of("a\n{{- if true}}\nb\n{{- end}}\n", "a\nb\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersLikeGo(String template, String expected) throws Exception {
        assertEquals(expected, render(template, data()));
    }

    static Stream<Arguments> printfCases() {
        return Stream.of(
                Arguments.of("%s", List.of("x"), "x"),
                Arguments.of("%d", List.of(42), "42"),
                Arguments.of("%05d", List.of(42), "00042"),
                Arguments.of("%-5d|", List.of(42), "42   |"),
                Arguments.of("%+d", List.of(42), "+42"),
                Arguments.of("%x %X %o %b", List.of(255, 255, 8, 5), "ff FF 10 101"),
                Arguments.of("%#x %#o", List.of(255, 8), "0xff 010"),
                Arguments.of("%x", List.of("hi"), "6869"),
                Arguments.of("%q", List.of("a\"b\n"), "\"a\\\"b\\n\""),
                Arguments.of("%q", List.of(97), "'a'"),
                Arguments.of("%c", List.of(65), "A"),
                Arguments.of("%U", List.of(0x1F600), "U+1F600"),
                Arguments.of("%v %v %v", List.of(1, "s", true), "1 s true"),
                Arguments.of("%t", List.of(false), "false"),
                Arguments.of("%f", List.of(3.14159), "3.141590"),
                Arguments.of("%.2f", List.of(3.14159), "3.14"),
                Arguments.of("%8.3f|", List.of(3.14159), "   3.142|"),
                Arguments.of("%-8.1f|", List.of(3.14159), "3.1     |"),
                Arguments.of("%e", List.of(123456.789), "1.234568e+05"),
                Arguments.of("%g", List.of(0.000001234), "1.234e-06"),
                Arguments.of("%g %g", List.of(100000.0, 1e21), "100000 1e+21"),
                Arguments.of("%10s|%-10s|", List.of("r", "l"), "         r|l         |"),
                Arguments.of("%.2s", List.of("abcdef"), "ab"),
                Arguments.of("%5.1s|", List.of("xyz"), "    x|"),
                Arguments.of("%%", List.of(), "%"),
                Arguments.of("%d", List.of("x"), "%!d(string=x)"),
                Arguments.of("%s", List.of(5), "%!s(int=5)"),
                Arguments.of("%d %d", List.of(1), "1 %!d(MISSING)"),
                Arguments.of("%d", List.of(1, "x"), "1%!(EXTRA string=x)"),
                Arguments.of("%v", List.of(List.of(1, 2)), "[1 2]"),
                Arguments.of("%d", List.of(List.of(1, 2)), "[1 2]"),
                Arguments.of("%s", List.of(List.of("a", "b")), "[a b]"),
                Arguments.of("%v", Arrays.asList((Object) null), "<nil>"),
                Arguments.of("%s", Arrays.asList((Object) null), "%!s(<nil>)"),
                Arguments.of("%T %T %T %T", List.of("s", 1, 2.0, List.of()), "string int float64 []interface {}"),
                Arguments.of("%6.2f%%", List.of(99.5), " 99.50%"),
                Arguments.of("%03d:%02d", List.of(7, 5), "007:05"),
                Arguments.of("%x", List.of(-255), "-ff"),
                Arguments.of("%08.3f", List.of(-3.14159), "-003.142"),
                Arguments.of("%#v %+d % d", List.of("q", 5, 5), "\"q\" +5  5"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("printfCases")
    void printfFollowsGoFmt(String format, List<Object> args, String expected) throws Exception {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("F", format);
        d.put("A", args);
        StringBuilder call = new StringBuilder("{{printf .F");
        for (int i = 0; i < args.size(); i++) {
            call.append(" (index .A ").append(i).append(")");
        }
        call.append("}}");
        assertEquals(expected, render(call.toString(), d));
    }
}
