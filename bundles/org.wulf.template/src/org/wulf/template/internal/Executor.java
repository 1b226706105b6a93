package org.wulf.template.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wulf.template.TemplateException;
import org.wulf.template.TemplateFunction;
import org.wulf.template.internal.Nodes.*;

/**
 * Walks a parse tree with Go's execution semantics: pipelines pass their value as the last argument of the
 * next command, variables are scoped to their control structure, {@code range} iterates lists, maps (by
 * sorted key) and integers, {@code and}/{@code or} short-circuit, and template calls start a fresh variable
 * scope with only {@code $}. One executor per execution; not thread-safe.
 */
public final class Executor {
    /** Deepest template call chain; Go allows 100000, a Java stack much less. */
    public static final int MAX_DEPTH = 300;

    private static final Object NO_FINAL = new Object();

    private enum Flow {
        NORMAL, BREAK, CONTINUE
    }

    private final SourceText source;
    private final Map<String, ListNode> templates;
    private final Writer out;
    private final List<String> varNames = new ArrayList<>();
    private final List<Object> varValues = new ArrayList<>();
    private String current;
    private int depth;

    public Executor(SourceText source, Map<String, ListNode> templates, Writer out) {
        this.source = source;
        this.templates = templates;
        this.out = out;
    }

    public void run(String name, Object data) throws TemplateException {
        ListNode root = templates.get(name);
        if (root == null) {
            throw new TemplateException(source.name(), 1, 1, "no template \"" + name + "\" defined");
        }
        current = name;
        push("$", data);
        try {
            walk(data, root);
        } catch (StackOverflowError e) {
            throw new TemplateException(source.name(), 1, 1, "template recursion too deep (stack exhausted)");
        }
    }

    private Flow walk(Object dot, Node node) throws TemplateException {
        switch (node) {
            case ListNode list -> {
                for (Node n : list.nodes()) {
                    Flow f = walk(dot, n);
                    if (f != Flow.NORMAL) {
                        return f;
                    }
                }
            }
            case TextNode text -> write(text.text());
            case ActionNode action -> {
                Object value = evalPipeline(dot, action.pipe());
                if (action.pipe().decl().isEmpty()) {
                    write(GoPrinter.print(value));
                }
            }
            case BranchNode branch -> {
                return branch.kind() == Branch.RANGE ? walkRange(dot, branch) : walkIfOrWith(dot, branch);
            }
            case TemplateNode call -> walkTemplate(dot, call);
            case BreakNode b -> {
                return Flow.BREAK;
            }
            case ContinueNode c -> {
                return Flow.CONTINUE;
            }
            default -> throw error(node, "unknown node");
        }
        return Flow.NORMAL;
    }

    private Flow walkIfOrWith(Object dot, BranchNode branch) throws TemplateException {
        int mark = varNames.size();
        try {
            Object value = evalPipeline(dot, branch.pipe());
            if (Truth.isTrue(value)) {
                return walk(branch.kind() == Branch.WITH ? value : dot, branch.list());
            } else if (branch.elseList() != null) {
                return walk(dot, branch.elseList());
            }
            return Flow.NORMAL;
        } finally {
            pop(mark);
        }
    }

    private Flow walkRange(Object dot, BranchNode range) throws TemplateException {
        int outer = varNames.size();
        try {
            Object value = evalPipeline(dot, range.pipe());
            int mark = varNames.size();
            List<VariableNode> decl = range.pipe().decl();
            boolean ran = false;
            if (value == null || value == Missing.VALUE) {
                // Go: ranging over nil is zero iterations
            } else if (value instanceof Map<?, ?> map) {
                for (Object key : GoPrinter.sortedKeys(map)) {
                    ran = true;
                    if (iteration(range, decl, mark, key, map.get(key)) == Flow.BREAK) {
                        break;
                    }
                }
            } else if (Values.isList(value)) {
                List<Object> list = Values.asList(value);
                for (int i = 0; i < list.size(); i++) {
                    ran = true;
                    if (iteration(range, decl, mark, i, list.get(i)) == Flow.BREAK) {
                        break;
                    }
                }
            } else if (Values.isInteger(value)) {
                if (decl.size() > 1) {
                    throw error(range, "can't use " + GoPrinter.print(value)
                            + " to iterate over more than one variable");
                }
                long n = Values.toLong(value);
                for (long i = 0; i < n; i++) {
                    ran = true;
                    Object idx = Values.integer(i);
                    if (iteration(range, decl, mark, idx, idx) == Flow.BREAK) {
                        break;
                    }
                }
            } else {
                throw error(range, "range can't iterate over " + GoPrinter.print(value));
            }
            if (!ran && range.elseList() != null) {
                return walk(dot, range.elseList());
            }
            return Flow.NORMAL;
        } finally {
            pop(outer);
        }
    }

    private Flow iteration(BranchNode range, List<VariableNode> decl, int mark, Object index, Object elem)
            throws TemplateException {
        if (!decl.isEmpty()) {
            if (range.pipe().isAssign()) {
                setVar(decl.get(0).ident().get(0), decl.size() > 1 ? index : elem);
                if (decl.size() > 1) {
                    setVar(decl.get(1).ident().get(0), elem);
                }
            } else {
                varValues.set(mark - 1, elem);
                if (decl.size() > 1) {
                    varValues.set(mark - 2, index);
                }
            }
        }
        try {
            Flow f = walk(elem, range.list());
            return f == Flow.BREAK ? Flow.BREAK : Flow.NORMAL;
        } finally {
            pop(mark);
        }
    }

    private void walkTemplate(Object dot, TemplateNode call) throws TemplateException {
        ListNode body = templates.get(call.name());
        if (body == null) {
            throw error(call, "template \"" + call.name() + "\" not defined");
        }
        if (depth >= MAX_DEPTH) {
            throw error(call, "exceeded maximum template depth (" + MAX_DEPTH + ") calling \"" + call.name()
                    + "\": is the template recursive without an end?");
        }
        Object newDot = call.pipe() == null ? null : evalPipeline(dot, call.pipe());
        List<String> savedNames = new ArrayList<>(varNames);
        List<Object> savedValues = new ArrayList<>(varValues);
        String savedCurrent = current;
        varNames.clear();
        varValues.clear();
        push("$", newDot);
        depth++;
        current = call.name();
        try {
            walk(newDot, body);
        } finally {
            depth--;
            current = savedCurrent;
            varNames.clear();
            varValues.clear();
            varNames.addAll(savedNames);
            varValues.addAll(savedValues);
        }
    }

    private Object evalPipeline(Object dot, PipeNode pipe) throws TemplateException {
        Object value = NO_FINAL;
        for (CommandNode cmd : pipe.cmds()) {
            value = evalCommand(dot, cmd, value);
        }
        for (VariableNode v : pipe.decl()) {
            if (pipe.isAssign()) {
                setVar(v.ident().get(0), value);
            } else {
                push(v.ident().get(0), value);
            }
        }
        return value;
    }

    private Object evalCommand(Object dot, CommandNode cmd, Object fin) throws TemplateException {
        Arg first = cmd.args().get(0);
        switch (first) {
            case FieldNode f:
                return evalFieldChain(dot, dot, f, f.ident(), cmd.args(), fin);
            case ChainNode c:
                return evalChain(dot, c, cmd.args(), fin);
            case IdentifierNode id:
                return evalFunction(dot, id, cmd.args(), fin);
            case PipeNode p:
                notAFunction(cmd.args(), fin);
                return evalPipeline(dot, p);
            case VariableNode v:
                return evalVariable(dot, v, cmd.args(), fin);
            default:
                break;
        }
        notAFunction(cmd.args(), fin);
        return switch (first) {
            case BoolNode b -> b.value();
            case DotNode d -> dot;
            case NilNode n -> throw error(n, "nil is not a command");
            case NumberNode n -> n.value();
            case StringNode s -> s.text();
            default -> throw error(first, "can't evaluate command " + NodeText.of(first));
        };
    }

    private void notAFunction(List<Arg> args, Object fin) throws TemplateException {
        if (args.size() > 1 || fin != NO_FINAL) {
            throw error(args.get(0), "can't give argument to non-function " + NodeText.of(args.get(0)));
        }
    }

    private Object evalChain(Object dot, ChainNode chain, List<Arg> args, Object fin) throws TemplateException {
        if (chain.node() instanceof NilNode) {
            throw error(chain, "indirection through explicit nil in " + NodeText.of(chain));
        }
        Object receiver = evalArg(dot, chain.node());
        return evalFieldChain(dot, receiver, chain, chain.fields(), args, fin);
    }

    private Object evalVariable(Object dot, VariableNode v, List<Arg> args, Object fin) throws TemplateException {
        Object value = varValue(v);
        if (v.ident().size() == 1) {
            notAFunction(args, fin);
            return value;
        }
        return evalFieldChain(dot, value, v, v.ident().subList(1, v.ident().size()), args, fin);
    }

    private Object evalFieldChain(Object dot, Object receiver, Arg node, List<String> ident, List<Arg> args,
            Object fin) throws TemplateException {
        int n = ident.size();
        for (int i = 0; i < n - 1; i++) {
            receiver = evalField(dot, ident.get(i), node, List.of(), NO_FINAL, receiver);
        }
        return evalField(dot, ident.get(n - 1), node, args, fin, receiver);
    }

    private Object evalField(Object dot, String name, Arg node, List<Arg> args, Object fin, Object receiver)
            throws TemplateException {
        boolean hasArgs = args.size() > 1 || fin != NO_FINAL;
        List<Object> argv = new ArrayList<>();
        if (hasArgs && !(receiver instanceof Map) && receiver != null && receiver != Missing.VALUE) {
            for (Arg a : args.subList(1, args.size())) {
                argv.add(evalArg(dot, a));
            }
            if (fin != NO_FINAL) {
                argv.add(fin);
            }
        }
        try {
            return ReflectiveAccess.field(receiver, name, argv, hasArgs);
        } catch (TemplateException e) {
            throw e.hasPosition() ? e : error(node, e.reason(), e.getCause());
        }
    }

    private Object evalFunction(Object dot, IdentifierNode id, List<Arg> args, Object fin) throws TemplateException {
        TemplateFunction fn = id.function();
        List<Arg> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        if (fn == Builtins.AND || fn == Builtins.OR) {
            return shortCircuit(dot, id, fn == Builtins.OR, rest, fin);
        }
        List<Object> argv = new ArrayList<>(rest.size() + 1);
        for (Arg a : rest) {
            argv.add(unwrap(evalArg(dot, a)));
        }
        if (fin != NO_FINAL) {
            argv.add(unwrap(fin));
        }
        try {
            return fn.apply(argv);
        } catch (TemplateException e) {
            if (e.hasPosition()) {
                throw e;
            }
            throw error(id, "error calling " + id.name() + ": " + e.reason(), e.getCause());
        } catch (RuntimeException e) {
            throw error(id, "error calling " + id.name() + ": " + e, e);
        }
    }

    private Object shortCircuit(Object dot, IdentifierNode id, boolean or, List<Arg> args, Object fin)
            throws TemplateException {
        if (args.isEmpty() && fin == NO_FINAL) {
            throw error(id, "wrong number of args for " + id.name() + ": want at least 1 got 0");
        }
        Object v = null;
        for (Arg a : args) {
            v = evalArg(dot, a);
            if (Truth.isTrue(v) == or) {
                return v;
            }
        }
        if (fin != NO_FINAL) {
            v = fin;
        }
        return v;
    }

    private static Object unwrap(Object v) {
        return v == Missing.VALUE ? null : v;
    }

    private Object evalArg(Object dot, Arg arg) throws TemplateException {
        return switch (arg) {
            case DotNode d -> dot;
            case NilNode n -> null;
            case FieldNode f -> evalFieldChain(dot, dot, f, f.ident(), List.of(f), NO_FINAL);
            case VariableNode v -> evalVariable(dot, v, List.of(v), NO_FINAL);
            case PipeNode p -> evalPipeline(dot, p);
            case IdentifierNode id -> evalFunction(dot, id, List.of(id), NO_FINAL);
            case ChainNode c -> evalChain(dot, c, List.of(c), NO_FINAL);
            case BoolNode b -> b.value();
            case NumberNode n -> n.value();
            case StringNode s -> s.text();
        };
    }

    private void push(String name, Object value) {
        varNames.add(name);
        varValues.add(value);
    }

    private void pop(int mark) {
        while (varNames.size() > mark) {
            varNames.remove(varNames.size() - 1);
            varValues.remove(varValues.size() - 1);
        }
    }

    private void setVar(String name, Object value) throws TemplateException {
        for (int i = varNames.size() - 1; i >= 0; i--) {
            if (varNames.get(i).equals(name)) {
                varValues.set(i, value);
                return;
            }
        }
        throw new TemplateException(source.name(), 1, 1, "undefined variable: " + name);
    }

    private Object varValue(VariableNode v) throws TemplateException {
        String name = v.ident().get(0);
        for (int i = varNames.size() - 1; i >= 0; i--) {
            if (varNames.get(i).equals(name)) {
                return varValues.get(i);
            }
        }
        throw error(v, "undefined variable: " + name);
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateException error(Node node, String message) {
        return error(node, message, null);
    }

    private TemplateException error(Node node, String message, Throwable cause) {
        int pos = node.pos();
        return new TemplateException(source.name(), source.line(pos), source.column(pos),
                "executing \"" + current + "\" at <" + NodeText.of(node) + ">: " + message, cause);
    }
}
