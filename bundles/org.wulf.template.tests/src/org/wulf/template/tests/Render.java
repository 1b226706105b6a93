package org.wulf.template.tests;

import org.wulf.template.Functions;
import org.wulf.template.Template;
import org.wulf.template.TemplateException;

/** Shared helpers: parse and execute in one step. */
final class Render {
    private Render() {
    }

    static String render(String text, Object data) throws TemplateException {
        return Template.parse("t.tmpl", text, Functions.standard()).execute(data);
    }

    static TemplateException failure(String text, Object data) {
        try {
            String out = render(text, data);
            throw new AssertionError("expected an error, got output: " + out);
        } catch (TemplateException e) {
            return e;
        }
    }
}
