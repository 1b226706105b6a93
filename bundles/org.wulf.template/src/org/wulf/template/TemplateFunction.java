package org.wulf.template;

import java.util.List;

/**
 * A function callable from a template ({@code {{ name arg1 arg2 }}} or as a pipeline stage, which passes
 * the previous value as the last argument). Arguments are already evaluated; a missing map key arrives as
 * {@code null}, like Go passing an invalid value to an {@code interface{}} parameter.
 */
@FunctionalInterface
public interface TemplateFunction {
    Object apply(List<Object> args) throws TemplateException;
}
