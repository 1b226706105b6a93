package org.wulf.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wulf.template.tests.Render.render;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wulf.template.TemplateException;

/** The sprig subset; expected outputs are what Go with sprig v3 prints. */
class SprigFunctionsTest {

    static Map<String, Object> data() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("Name", "node01");
        d.put("Empty", "");
        d.put("List", List.of("b", "a", "c", "a"));
        d.put("Nums", List.of(1, 2, 3));
        d.put("Tags", Map.of("rack", "r1", "role", "compute"));
        d.put("Time", ZonedDateTime.of(2024, 3, 5, 14, 7, 9, 120_000_000, ZoneOffset.UTC));
        d.put("Epoch", 86400L);
        return d;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // defaults and logic
                Arguments.of("{{default \"x\" .Missing}} {{default \"x\" .Empty}} {{default \"x\" .Name}}",
                        "x x node01"),
                Arguments.of("{{.Missing | default \"dflt\"}} {{0 | default 5}} {{false | default true}}",
                        "dflt 5 true"),
                Arguments.of("{{empty .Empty}} {{empty .Name}} {{empty .Missing}} {{empty list}} {{empty 0}}",
                        "true false true true true"),
                Arguments.of("{{coalesce .Missing .Empty \"c\" \"d\"}} {{coalesce .Empty 0}}", "c <nil>"),
                Arguments.of("{{ternary \"yes\" \"no\" true}} {{true | ternary 1 2}} {{false | ternary 1 2}}",
                        "yes 1 2"),
                Arguments.of("{{kindOf .Name}} {{kindOf .List}} {{kindOf .Tags}} {{kindOf 1}} {{kindOf 1.5}} {{kindOf nil}}",
                        "string slice map int float64 invalid"),
                Arguments.of("{{typeOf .Name}} {{typeOf .List}} {{typeOf .Tags}} {{typeOf (add 1 2)}}",
                        "string []interface {} map[string]interface {} int64"),
                Arguments.of("{{deepEqual .Nums (list 1 2 3)}} {{deepEqual (list 1) (list \"1\")}}", "true false"),
                Arguments.of("{{toString 5}} {{toString nil}} {{toStrings .Nums}} {{toString .Nums}}",
                        "5 <nil> [1 2 3] [1 2 3]"),
                // lists
                Arguments.of("{{list 1 \"a\" 2.5}}", "[1 a 2.5]"),
                Arguments.of("{{first .List}} {{last .List}} {{rest .List}} {{initial .List}}", "b a [a c a] [b a c]"),
                Arguments.of("{{first list}}|{{rest list}}", "<nil>|[]"),
                Arguments.of("{{append .Nums 4}} {{push .Nums 4}} {{prepend .Nums 0}} {{.Nums}}",
                        "[1 2 3 4] [1 2 3 4] [0 1 2 3] [1 2 3]"),
                Arguments.of("{{uniq .List}} {{has \"c\" .List}} {{has \"z\" .List}} {{has 1 nil}}",
                        "[b a c] true false false"),
                Arguments.of("{{without .List \"a\"}} {{compact (list 1 0 \"\" \"x\" nil false)}}", "[b c] [1 x]"),
                Arguments.of("{{concat .Nums (list 4 5) list}}", "[1 2 3 4 5]"),
                // dicts
                Arguments.of("{{$d := dict \"b\" 2 \"a\" 1}}{{$d}} {{get $d \"a\"}} {{get $d \"z\"}}|{{hasKey $d \"b\"}}",
                        "map[a:1 b:2] 1 |true"),
                Arguments.of("{{$d := dict \"k\" \"v\"}}{{$_ := set $d \"n\" 3}}{{$d}} {{keys $d}} {{values $d}}",
                        "map[k:v n:3] [k n] [v 3]"),
                Arguments.of("{{dict \"odd\"}} {{keys .Tags (dict \"a\" 1)}}", "map[odd:] [a rack role]"),
                Arguments.of("{{pluck \"a\" (dict \"a\" 1) (dict \"b\" 2) (dict \"a\" 3)}}", "[1 3]"),
                // strings
                Arguments.of("{{join \",\" .List}} {{join \"-\" .Nums}} {{join \",\" \"solo\"}}",
                        "b,a,c,a 1-2-3 solo"),
                Arguments.of("{{split \"$\" \"a$b$c\"}} {{(split \".\" \"10.0.1\")._1}}", "map[_0:a _1:b _2:c] 0"),
                Arguments.of("{{splitList \",\" \"a,b,,c\"}} {{splitn \"$\" 2 \"a$b$c\"}}", "[a b  c] map[_0:a _1:b$c]"),
                Arguments.of("[{{trim \"  x y \\n\"}}] [{{trimAll \"$\" \"$$5.00$\"}}] {{trimPrefix \"node\" .Name}} "
                        + "{{trimSuffix \"01\" .Name}}", "[x y] [5.00] 01 node"),
                Arguments.of("{{upper .Name}} {{lower \"ABC\"}} {{title \"hello wide-world foo_bar\"}} {{untitle \"Hello World\"}}",
                        "NODE01 abc Hello Wide-World Foo_bar hello world"),
                Arguments.of("{{repeat 3 \"ab\"}} {{substr 1 3 \"hello\"}} {{substr -1 2 \"hello\"}} {{substr 2 99 \"hello\"}}",
                        "ababab el he llo"),
                Arguments.of("{{trunc 3 \"hello\"}} {{trunc -2 \"hello\"}} {{trunc 10 \"hi\"}}", "hel lo hi"),
                Arguments.of("{{replace \" \" \"-\" \"a b c\"}} {{contains \"od\" .Name}} {{hasPrefix \"no\" .Name}} "
                        + "{{hasSuffix \"x\" .Name}}", "a-b-c true true false"),
                Arguments.of("{{quote \"a\" 1 nil \"q\\\"\"}} {{squote \"a\" 2}}", "\"a\" \"1\" \"q\\\"\" 'a' '2'"),
                Arguments.of("{{cat \"a\" 1 nil \"b\"}}", "a 1 b"),
                Arguments.of("{{indent 2 \"a\\nb\"}}|{{nindent 2 \"c\"}}", "  a\n  b|\n  c"),
                Arguments.of("{{nospace \" a b\\tc\\n\"}}", "abc"),
                Arguments.of("{{.Name | upper | trimSuffix \"01\" | printf \"%s!\"}}", "NODE!"),
                // regex
                Arguments.of("{{regexMatch \"^node[0-9]+$\" .Name}} {{regexMatch \"[\" \"x\"}}", "true false"),
                Arguments.of("{{regexFind \"[0-9]+\" .Name}} {{regexFindAll \"[a-c]\" \"abcabc\" 2}} "
                        + "{{regexFindAll \"z\" \"abc\" -1}}", "01 [a b] []"),
                Arguments.of("{{regexReplaceAll \"(n)(o)\" .Name \"${2}$1\"}} {{regexReplaceAll \"a(x*)b\" \"-ab-axxb-\" \"$1W\"}}",
                        "onde01 ---"),
                Arguments.of("{{regexReplaceAll \"(?P<num>[0-9]+)\" .Name \"<$num>\"}}", "node<01>"),
                Arguments.of("{{regexSplit \",\\\\s*\" \"a, b,c\" -1}} {{regexSplit \"z\" \"\" -1}} {{regexSplit \",\" \"a,b,c\" 2}}",
                        "[a b c] [] [a b,c]"),
                // numbers
                Arguments.of("{{add 1 2 3}} {{add1 5}} {{sub 5 7}} {{mul 2 3 4}} {{div 7 2}} {{mod 7 3}}",
                        "6 6 -2 24 3 1"),
                Arguments.of("{{max 1 9 3}} {{min 4 2 8}} {{add \"3\" 2.9}} {{atoi \"42\"}} {{atoi \"x\"}}",
                        "9 2 5 42 0"),
                Arguments.of("{{int \"12\"}} {{int 3.9}} {{int64 \"0x10\"}} {{float64 \"2.5\"}} {{float64 3}}",
                        "12 3 16 2.5 3"),
                Arguments.of("{{seq 3}}|{{seq 2 4}}|{{seq 5 2}}|{{seq 0 2 6}}|{{seq 0}}", "1 2 3|2 3 4|5 4 3 2|0 2 4 6|1 0"),
                Arguments.of("{{until 3}} {{until -2}} {{untilStep 0 10 4}} {{untilStep 5 0 -2}}",
                        "[0 1 2] [0 -1] [0 4 8] [5 3 1]"),
                Arguments.of("{{range $i := until 3}}{{$i}}{{end}}", "012"),
                // encoding
                Arguments.of("{{toJson .Tags}} {{toJson .List}} {{toJson \"<&>\"}} {{toJson nil}} {{toJson 1.5}}",
                        "{\"rack\":\"r1\",\"role\":\"compute\"} [\"b\",\"a\",\"c\",\"a\"] \"\\u003c\\u0026\\u003e\" null 1.5"),
                Arguments.of("{{toPrettyJson (dict \"a\" (list 1 2) \"b\" (dict))}}",
                        "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}"),
                Arguments.of("{{$j := fromJson \"{\\\"n\\\": 3, \\\"l\\\": [true, null, \\\"s\\\"]}\"}}{{$j.n}} {{$j.l}} "
                        + "{{typeOf $j.n}}", "3 [true <nil> s] float64"),
                Arguments.of("{{fromJson \"{bad\"}}", "<nil>"),
                Arguments.of("{{toYaml .Tags}}", "rack: r1\nrole: compute"),
                Arguments.of("{{toYaml (dict \"l\" (list 1 \"two\" \"true\" \"10.0.0.1:/home\" \"007\") \"m\" (dict \"k\" \"a: b\" \"e\" \"\"))}}",
                        "l:\n- 1\n- two\n- \"true\"\n- 10.0.0.1:/home\n- \"007\"\nm:\n  e: \"\"\n  k: 'a: b'"),
                Arguments.of("{{toYaml (list (dict \"name\" \"eth0\" \"mtu\" 9000) (list \"x\"))}}",
                        "- mtu: 9000\n  name: eth0\n- - x"),
                Arguments.of("{{b64enc \"hello\"}} {{b64dec \"aGVsbG8=\"}} {{b64dec \"!!\"}}",
                        "aGVsbG8= hello illegal base64 data at input byte 0"),
                Arguments.of("{{sha256sum \"abc\"}}",
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                // dates
                Arguments.of("{{dateInZone \"2006-01-02 15:04:05\" .Time \"UTC\"}}", "2024-03-05 14:07:09"),
                Arguments.of("{{dateInZone \"Mon Jan _2 3:04PM MST 06 .000 .999\" .Time \"UTC\"}}",
                        "Tue Mar  5 2:07PM UTC 24 .120 .12"),
                Arguments.of("{{dateInZone \"January 2, 2006 -07:00 Z07:00\" .Time \"Europe/Berlin\"}}",
                        "March 5, 2024 +01:00 +01:00"),
                Arguments.of("{{dateInZone \"2006-01-02T15:04:05Z07:00\" .Epoch \"UTC\"}}", "1970-01-02T00:00:00Z"),
                Arguments.of("{{dateInZone \"15:04\" .Time \"No/Such_Zone\"}}", "14:07"),
                // paths
                Arguments.of("{{base \"/etc/hosts.ww\"}} {{dir \"/etc/hosts.ww\"}} {{ext \"a/b.tar.gz\"}} "
                        + "{{clean \"/a/../b/./c//\"}}", "hosts.ww /etc .gz /b/c"),
                Arguments.of("{{base \"\"}} {{base \"/\"}} {{dir \"file\"}} {{clean \"../x/..\"}}", ". / . .."),
                // semver
                Arguments.of("{{semverCompare \">=1.2.3\" \"1.10.0\"}} {{semverCompare \"^1.2\" \"2.0.0\"}} "
                        + "{{semverCompare \"~1.2.0\" \"1.2.9\"}} {{semverCompare \"1.2.x\" \"1.2.7\"}}",
                        "true false true true"),
                Arguments.of("{{semverCompare \">1.0, <2.0\" \"1.5.0\"}} {{semverCompare \"<1 || >=3\" \"2.0.0\"}} "
                        + "{{semverCompare \">=1.0.0\" \"1.1.0-rc1\"}} {{semverCompare \"^0.2.3\" \"0.2.9\"}}",
                        "true false false true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersLikeSprig(String template, String expected) throws Exception {
        assertEquals(expected, render(template, data()));
    }

    @Test
    void envAndExpandenvReadTheProcessEnvironment() throws Exception {
        String path = System.getenv("PATH");
        assertEquals(path, render("{{env \"PATH\"}}", Map.of()));
        assertEquals("[" + path + "]", render("{{expandenv \"[${PATH}]\"}}", Map.of()));
        assertEquals("x", render("{{env \"WULF_SURELY_UNSET_VARIABLE\"}}x", Map.of()));
    }

    @Test
    void nowIsCurrentYear() throws Exception {
        String year = String.valueOf(ZonedDateTime.now().getYear());
        assertEquals(year, render("{{now | date \"2006\"}}", Map.of()));
    }

    @Test
    void failStopsWithTheMessage() {
        TemplateException e = Render.failure("line1\n{{if true}}{{fail \"no disks configured\"}}{{end}}", Map.of());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("error calling fail: no disks configured"), e.getMessage());
    }

    @Test
    void divisionByZeroIsAnError() {
        TemplateException e = Render.failure("{{div 1 0}}", Map.of());
        assertTrue(e.getMessage().contains("integer divide by zero"), e.getMessage());
    }

    @Test
    void typedStringParametersRefuseNumbers() {
        TemplateException e = Render.failure("{{upper 5}}", Map.of());
        assertTrue(e.getMessage().contains("expected string; got int"), e.getMessage());
    }
}
