package org.wulf.template.internal;

import java.util.stream.Collectors;

import org.wulf.template.internal.Nodes.*;

/** Renders nodes back to template syntax for error messages ({@code at <.Foo.Bar>}). */
final class NodeText {
    private NodeText() {
    }

    static String of(Node node) {
        return switch (node) {
            case FieldNode f -> "." + String.join(".", f.ident());
            case VariableNode v -> String.join(".", v.ident());
            case ChainNode c -> (c.node() instanceof PipeNode ? "(" + of(c.node()) + ")" : of(c.node())) + "."
                    + String.join(".", c.fields());
            case IdentifierNode i -> i.name();
            case DotNode d -> ".";
            case NilNode n -> "nil";
            case BoolNode b -> String.valueOf(b.value());
            case NumberNode n -> n.text();
            case StringNode s -> s.quoted();
            case PipeNode p -> pipe(p);
            case CommandNode c -> c.args().stream().map(NodeText::arg).collect(Collectors.joining(" "));
            case ActionNode a -> "{{" + pipe(a.pipe()) + "}}";
            case BranchNode b -> "{{" + b.kind().name().toLowerCase() + " " + pipe(b.pipe()) + "}}";
            case TemplateNode t -> "{{template \"" + t.name() + "\"" + (t.pipe() == null ? "" : " " + pipe(t.pipe()))
                    + "}}";
            case BreakNode b -> "{{break}}";
            case ContinueNode c -> "{{continue}}";
            case EndNode e -> "{{end}}";
            case ElseNode e -> "{{else}}";
            case TextNode t -> "text";
            case ListNode l -> "list";
        };
    }

    private static String arg(Arg a) {
        return a instanceof PipeNode p ? "(" + pipe(p) + ")" : of(a);
    }

    private static String pipe(PipeNode p) {
        StringBuilder b = new StringBuilder();
        if (!p.decl().isEmpty()) {
            b.append(p.decl().stream().map(NodeText::of).collect(Collectors.joining(", ")))
                    .append(p.isAssign() ? " = " : " := ");
        }
        b.append(p.cmds().stream().map(NodeText::of).collect(Collectors.joining(" | ")));
        return b.toString();
    }
}
