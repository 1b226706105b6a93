package org.wulf.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wulf.template.Functions;
import org.wulf.template.Template;
import org.wulf.template.TemplateException;
import org.wulf.template.TemplateFunction;

/** The function table, custom functions, call, and executing named templates. */
class FunctionTableTest {

    @Test
    void customFunctionsAreAddedToACopy() throws Exception {
        Functions base = Functions.standard();
        Functions extended = base.with("shout", args -> args.get(0).toString().toUpperCase() + "!");
        assertNull(base.get("shout"));
        assertNotNull(extended.get("shout"));
        assertEquals("HI!", Template.parse("t", "{{ \"hi\" | shout }}", extended).execute(Map.of()));
        TemplateException e = assertThrows(TemplateException.class,
                () -> Template.parse("t", "{{ \"hi\" | shout }}", base));
        assertTrue(e.getMessage().contains("function \"shout\" not defined"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> base.with("bad name", args -> null));
    }

    @Test
    void builtinsOnlyTableHasNoSprig() {
        assertNotNull(Functions.builtins().get("printf"));
        assertNull(Functions.builtins().get("upper"));
        assertTrue(Functions.standard().names().containsAll(List.of("and", "or", "not", "len", "index", "slice",
                "print", "printf", "println", "eq", "ne", "lt", "le", "gt", "ge", "html", "js", "urlquery", "call",
                "default", "toYaml", "semverCompare", "dateInZone")));
    }

    @Test
    void callInvokesFunctionValuesFromTheData() throws Exception {
        TemplateFunction add = args -> ((Number) args.get(0)).intValue() + ((Number) args.get(1)).intValue();
        Map<String, Object> data = Map.of("Add", add, "Twice", (java.util.function.Function<Object, Object>) x -> x + "" + x);
        assertEquals("5 abab", Render.render("{{ call .Add 2 3 }} {{ call .Twice \"ab\" }}", data));
        TemplateException e = Render.failure("{{ call .Missing 1 }}", data);
        assertTrue(e.getMessage().contains("call of nil"), e.getMessage());
    }

    @Test
    void functionErrorsGetThePositionOfTheCall() {
        Functions f = Functions.standard().with("boom", args -> {
            throw new TemplateException("it broke");
        });
        TemplateException e = assertThrows(TemplateException.class,
                () -> Template.parse("f.ww", "ok\n  {{ boom }}", f).execute(Map.of()));
        assertEquals("f.ww:2:6: executing \"f.ww\" at <boom>: error calling boom: it broke", e.getMessage());
    }

    @Test
    void namedTemplatesCanBeExecutedDirectly() throws Exception {
        Template t = Template.parse("root", "{{ define \"row\" }}<{{ .Name }}>{{ end }}root", Functions.standard());
        assertTrue(t.templateNames().containsAll(List.of("root", "row")));
        StringWriter out = new StringWriter();
        t.executeTemplate("row", out, Map.of("Name", "x"));
        assertEquals("<x>", out.toString());
        assertEquals("root", t.execute(Map.of()));
    }

    @Test
    void variablesAssignedInsideRangeSurviveIt() throws Exception {
        assertEquals("3 -2", Render.render("{{ $n := 0 }}{{ range .L }}{{ $n = add1 $n }}{{ end }}{{ $n }} {{ sub 1 3 }}",
                Map.of("L", List.of("a", "b", "c"))));
    }

    @Test
    void recursiveTemplatesTerminate() throws Exception {
        assertEquals("3 2 1 ", Render.render("{{ define \"down\" }}{{ if gt . 0 }}{{ . }} {{ template \"down\" sub . 1 }}"
                + "{{ end }}{{ end }}{{ template \"down\" 3 }}", Map.of()));
    }

    @Test
    void aParsedTemplateIsReusable() throws Exception {
        Template t = Template.parse("t", "{{ .X }}", Functions.standard());
        assertEquals("1", t.execute(Map.of("X", 1)));
        assertEquals("2", t.execute(Map.of("X", 2)));
    }
}
