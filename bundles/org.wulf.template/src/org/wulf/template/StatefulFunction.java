package org.wulf.template;

import java.util.List;

/**
 * A template function that needs the state of the execution calling it (an "abort" flag, the data being
 * rendered, a host to read files through). The state is the object given to
 * {@link Template#execute(java.io.Writer, Object, Object)}, so one function table, and templates parsed once
 * against it, serve any number of concurrent executions, each with its own state. Called without state
 * (through {@link #apply(List)} or a plain {@code execute}), it receives {@code null}.
 */
@FunctionalInterface
public interface StatefulFunction extends TemplateFunction {
    Object apply(Object state, List<Object> args) throws TemplateException;

    @Override
    default Object apply(List<Object> args) throws TemplateException {
        return apply(null, args);
    }
}
