package org.wulf.template.internal;

import java.util.List;

import org.wulf.template.TemplateFunction;

/**
 * The parse tree, shaped like Go's {@code text/template/parse} nodes. {@code pos} is the char offset of the
 * node in the template text (mapped to line:column by {@link SourceText}).
 */
public final class Nodes {
    private Nodes() {
    }

    public sealed interface Node permits ListNode, TextNode, ActionNode, BranchNode, TemplateNode, BreakNode,
            ContinueNode, CommandNode, Arg, EndNode, ElseNode {
        int pos();
    }

    /** An operand of a command. */
    public sealed interface Arg extends Node permits IdentifierNode, VariableNode, DotNode, NilNode, FieldNode,
            ChainNode, BoolNode, NumberNode, StringNode, PipeNode {
    }

    public record ListNode(int pos, List<Node> nodes) implements Node {
    }

    public record TextNode(int pos, String text) implements Node {
    }

    public record ActionNode(int pos, PipeNode pipe) implements Node {
    }

    public enum Branch {
        IF, RANGE, WITH
    }

    /** {@code if}, {@code range} and {@code with}: a pipeline, a body and an optional else body. */
    public record BranchNode(int pos, Branch kind, PipeNode pipe, ListNode list, ListNode elseList) implements Node {
    }

    public record TemplateNode(int pos, String name, PipeNode pipe) implements Node {
    }

    public record BreakNode(int pos) implements Node {
    }

    public record ContinueNode(int pos) implements Node {
    }

    /** Parser-only markers for {{end}} and {{else}}. */
    public record EndNode(int pos) implements Node {
    }

    public record ElseNode(int pos) implements Node {
    }

    public record PipeNode(int pos, boolean isAssign, List<VariableNode> decl, List<CommandNode> cmds) implements Arg {
    }

    public record CommandNode(int pos, List<Arg> args) implements Node {
    }

    public record IdentifierNode(int pos, String name, TemplateFunction function) implements Arg {
    }

    /** {@code $x.Field.Field}: {@code ident.get(0)} is the variable name with its {@code $}. */
    public record VariableNode(int pos, List<String> ident) implements Arg {
    }

    public record DotNode(int pos) implements Arg {
    }

    public record NilNode(int pos) implements Arg {
    }

    /** {@code .A.B}: the field names without dots. */
    public record FieldNode(int pos, List<String> ident) implements Arg {
    }

    /** {@code (pipeline).A.B}. */
    public record ChainNode(int pos, Arg node, List<String> fields) implements Arg {
    }

    public record BoolNode(int pos, boolean value) implements Arg {
    }

    /** A number or character constant; {@code value} is an Integer, Long or Double as Go would type it. */
    public record NumberNode(int pos, String text, Object value) implements Arg {
    }

    public record StringNode(int pos, String quoted, String text) implements Arg {
    }
}
