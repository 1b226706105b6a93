package org.wulf.template.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.wulf.template.Functions;
import org.wulf.template.TemplateComment;
import org.wulf.template.TemplateException;
import org.wulf.template.internal.Nodes.*;

/**
 * Recursive-descent parser for Go templates following {@code text/template/parse}: functions must exist at
 * parse time, variables must be declared before use and are scoped to the enclosing control structure,
 * {@code else if}/{@code else with} share their {@code end}, {@code break}/{@code continue} only inside
 * {@code range}, {@code define}/{@code block} add to the template set.
 */
public final class Parser {
    private final SourceText source;
    private final List<Token> tokens;
    private final Functions functions;
    private final Map<String, ListNode> templates;
    private final List<TemplateComment> comments;
    private int index;
    private List<String> vars = new ArrayList<>(List.of("$"));
    private int rangeDepth;
    /** Open control structures, for "missing {{end}}" messages. */
    private final Deque<Token> open = new ArrayDeque<>();

    public Parser(SourceText source, Functions functions, Map<String, ListNode> templates,
            List<TemplateComment> comments) throws TemplateException {
        this.source = source;
        this.tokens = new Lexer(source).lex();
        this.functions = functions;
        this.templates = templates;
        this.comments = comments;
    }

    /** Parses the whole text; definitions go to the template set, the root list is returned. */
    public ListNode parse() throws TemplateException {
        List<Node> root = new ArrayList<>();
        while (peek().type() != TokenType.EOF) {
            if (peek().type() == TokenType.LEFT_DELIM) {
                int mark = index;
                next();
                Token t = nextNonSpace();
                if (t.type() == TokenType.KEYWORD && t.text().equals("define")) {
                    parseDefinition(t);
                    continue;
                }
                index = mark;
            }
            Node n = textOrAction();
            if (n instanceof EndNode || n instanceof ElseNode) {
                throw error(n.pos(), "unexpected " + NodeText.of(n));
            }
            if (n != null) {
                root.add(n);
            }
        }
        return new ListNode(0, root);
    }

    private void parseDefinition(Token define) throws TemplateException {
        Token nameToken = nextNonSpace();
        String name = templateName(nameToken, "define clause");
        expect(TokenType.RIGHT_DELIM, "define clause");
        List<String> saved = vars;
        vars = new ArrayList<>(List.of("$"));
        open.push(define);
        ItemList body = itemList();
        open.pop();
        vars = saved;
        if (!(body.end instanceof EndNode)) {
            throw error(body.end.pos(), "unexpected " + NodeText.of(body.end) + " in define clause");
        }
        addTemplate(define.pos(), name, body.list);
    }

    private void addTemplate(int pos, String name, ListNode body) throws TemplateException {
        ListNode existing = templates.get(name);
        if (existing != null && !isEmpty(existing) && !isEmpty(body)) {
            throw error(pos, "template: multiple definition of template \"" + name + "\"");
        }
        if (existing == null || isEmpty(existing)) {
            templates.put(name, body);
        }
    }

    private static boolean isEmpty(ListNode list) {
        for (Node n : list.nodes()) {
            if (!(n instanceof TextNode t) || !t.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private record ItemList(ListNode list, Node end) {
    }

    private ItemList itemList() throws TemplateException {
        List<Node> nodes = new ArrayList<>();
        int start = peekNonSpace().pos();
        while (peekNonSpace().type() != TokenType.EOF) {
            Node n = textOrAction();
            if (n instanceof EndNode || n instanceof ElseNode) {
                return new ItemList(new ListNode(start, nodes), n);
            }
            if (n != null) {
                nodes.add(n);
            }
        }
        Token opener = open.peek();
        throw error(source.text().length(), opener == null ? "unexpected EOF"
                : "unexpected EOF: {{" + opener.text() + "}} at " + source.line(opener.pos()) + ":"
                        + source.column(opener.pos()) + " has no matching {{end}}");
    }

    private Node textOrAction() throws TemplateException {
        Token t = nextNonSpace();
        return switch (t.type()) {
            case TEXT -> new TextNode(t.pos(), t.text());
            case LEFT_DELIM -> action();
            case COMMENT -> {
                comments.add(new TemplateComment(t.text().strip(), source.line(t.pos())));
                yield null;
            }
            default -> throw unexpected(t, "input");
        };
    }

    private Node action() throws TemplateException {
        Token t = nextNonSpace();
        if (t.type() == TokenType.KEYWORD) {
            switch (t.text()) {
                case "block":
                    return blockControl(t);
                case "break":
                case "continue":
                    return loopControl(t);
                case "else":
                    return elseControl(t);
                case "end":
                    expect(TokenType.RIGHT_DELIM, "end");
                    return new EndNode(t.pos());
                case "if":
                    return control(t, Branch.IF);
                case "range":
                    return control(t, Branch.RANGE);
                case "with":
                    return control(t, Branch.WITH);
                case "template":
                    return templateControl(t);
                default:
                    break;
            }
        }
        backup();
        return new ActionNode(peek().pos(), pipeline("command", TokenType.RIGHT_DELIM));
    }

    private Node loopControl(Token t) throws TemplateException {
        Token after = nextNonSpace();
        if (after.type() != TokenType.RIGHT_DELIM) {
            throw unexpected(after, "{{" + t.text() + "}}");
        }
        if (rangeDepth == 0) {
            throw error(t.pos(), "{{" + t.text() + "}} outside {{range}}");
        }
        return t.text().equals("break") ? new BreakNode(t.pos()) : new ContinueNode(t.pos());
    }

    private Node elseControl(Token t) throws TemplateException {
        Token p = peekNonSpace();
        if (p.type() == TokenType.KEYWORD && (p.text().equals("if") || p.text().equals("with"))) {
            return new ElseNode(p.pos());
        }
        expect(TokenType.RIGHT_DELIM, "else");
        return new ElseNode(t.pos());
    }

    private BranchNode control(Token keyword, Branch kind) throws TemplateException {
        String context = kind.name().toLowerCase();
        int varMark = vars.size();
        open.push(keyword);
        try {
            PipeNode pipe = pipeline(context, TokenType.RIGHT_DELIM);
            if (kind == Branch.RANGE) {
                rangeDepth++;
            }
            ItemList body = itemList();
            if (kind == Branch.RANGE) {
                rangeDepth--;
            }
            ListNode elseList = null;
            if (body.end instanceof ElseNode) {
                Token p = peekNonSpace();
                boolean chained = p.type() == TokenType.KEYWORD && (kind == Branch.IF && p.text().equals("if")
                        || kind == Branch.WITH && p.text().equals("with"));
                if (chained) {
                    Token inner = nextNonSpace();
                    BranchNode nested = control(inner, kind);
                    elseList = new ListNode(body.end.pos(), List.of(nested));
                } else {
                    ItemList elseBody = itemList();
                    if (!(elseBody.end instanceof EndNode)) {
                        throw error(elseBody.end.pos(), "expected end; found " + NodeText.of(elseBody.end));
                    }
                    elseList = elseBody.list;
                }
            }
            return new BranchNode(keyword.pos(), kind, pipe, body.list, elseList);
        } finally {
            open.pop();
            while (vars.size() > varMark) {
                vars.remove(vars.size() - 1);
            }
        }
    }

    private TemplateNode templateControl(Token keyword) throws TemplateException {
        String context = "template clause";
        String name = templateName(nextNonSpace(), context);
        PipeNode pipe = null;
        if (nextNonSpace().type() != TokenType.RIGHT_DELIM) {
            backup();
            pipe = pipeline(context, TokenType.RIGHT_DELIM);
        }
        return new TemplateNode(keyword.pos(), name, pipe);
    }

    private TemplateNode blockControl(Token keyword) throws TemplateException {
        String context = "block clause";
        String name = templateName(nextNonSpace(), context);
        PipeNode pipe = pipeline(context, TokenType.RIGHT_DELIM);
        List<String> saved = vars;
        int savedRange = rangeDepth;
        vars = new ArrayList<>(List.of("$"));
        rangeDepth = 0;
        open.push(keyword);
        ItemList body = itemList();
        open.pop();
        vars = saved;
        rangeDepth = savedRange;
        if (!(body.end instanceof EndNode)) {
            throw error(body.end.pos(), "unexpected " + NodeText.of(body.end) + " in " + context);
        }
        addTemplate(keyword.pos(), name, body.list);
        return new TemplateNode(keyword.pos(), name, pipe);
    }

    private String templateName(Token t, String context) throws TemplateException {
        if (t.type() == TokenType.STRING || t.type() == TokenType.RAW_STRING) {
            return Unquote.string(t.text(), () -> error(t.pos(), "bad string syntax: " + t.text()));
        }
        throw unexpected(t, context);
    }

    private PipeNode pipeline(String context, TokenType end) throws TemplateException {
        int pos = peekNonSpace().pos();
        List<VariableNode> decl = new ArrayList<>();
        boolean isAssign = false;
        int mark = index;
        while (peekNonSpace().type() == TokenType.VARIABLE) {
            Token v = nextNonSpace();
            Token n = peekNonSpace();
            if (n.type() == TokenType.ASSIGN || n.type() == TokenType.DECLARE) {
                nextNonSpace();
                decl.add(new VariableNode(v.pos(), List.of(v.text())));
                isAssign = n.type() == TokenType.ASSIGN;
                break;
            } else if (n.type() == TokenType.COMMA) {
                nextNonSpace();
                decl.add(new VariableNode(v.pos(), List.of(v.text())));
                if (!context.equals("range") || decl.size() > 1) {
                    throw error(v.pos(), "too many declarations in " + context);
                }
                if (peekNonSpace().type() != TokenType.VARIABLE) {
                    throw error(peekNonSpace().pos(), "range can only initialize variables");
                }
            } else if (decl.isEmpty()) {
                index = mark;
                break;
            } else {
                throw error(n.pos(), "expected := or = after " + v.text() + " in " + context);
            }
        }
        for (VariableNode v : decl) {
            String name = v.ident().get(0);
            if (isAssign && !vars.contains(name)) {
                throw error(v.pos(), "undefined variable \"" + name + "\"");
            }
            if (!isAssign) {
                vars.add(name);
            }
        }
        List<CommandNode> cmds = new ArrayList<>();
        while (true) {
            Token t = nextNonSpace();
            if (t.type() == end) {
                if (cmds.isEmpty()) {
                    throw error(t.pos(), "missing value for " + context);
                }
                for (int i = 1; i < cmds.size(); i++) {
                    Arg first = cmds.get(i).args().get(0);
                    if (first instanceof BoolNode || first instanceof DotNode || first instanceof NilNode
                            || first instanceof NumberNode || first instanceof StringNode) {
                        throw error(first.pos(), "non executable command in pipeline stage " + (i + 1));
                    }
                }
                return new PipeNode(pos, isAssign, decl, cmds);
            }
            switch (t.type()) {
                case BOOL, CHAR, DOT, FIELD, IDENTIFIER, NUMBER, NIL, RAW_STRING, STRING, VARIABLE, LEFT_PAREN -> {
                    backup();
                    cmds.add(command());
                }
                default -> throw unexpected(t, context);
            }
        }
    }

    private CommandNode command() throws TemplateException {
        int pos = peekNonSpace().pos();
        List<Arg> args = new ArrayList<>();
        while (true) {
            peekNonSpace();
            Arg operand = operand();
            if (operand != null) {
                args.add(operand);
            }
            Token t = next();
            if (t.type() == TokenType.SPACE) {
                continue;
            }
            if (t.type() == TokenType.RIGHT_DELIM || t.type() == TokenType.RIGHT_PAREN) {
                backup();
            } else if (t.type() != TokenType.PIPE) {
                throw unexpected(t, "operand");
            }
            break;
        }
        if (args.isEmpty()) {
            throw error(pos, "empty command");
        }
        return new CommandNode(pos, args);
    }

    private Arg operand() throws TemplateException {
        Arg node = term();
        if (node == null || peek().type() != TokenType.FIELD) {
            return node;
        }
        List<String> fields = new ArrayList<>();
        while (peek().type() == TokenType.FIELD) {
            fields.add(next().text().substring(1));
        }
        return switch (node) {
            case FieldNode f -> new FieldNode(f.pos(), concat(f.ident(), fields));
            case VariableNode v -> new VariableNode(v.pos(), concat(v.ident(), fields));
            case BoolNode b -> throw error(b.pos(), "unexpected . after term \"" + NodeText.of(b) + "\"");
            case StringNode b -> throw error(b.pos(), "unexpected . after term " + NodeText.of(b));
            case NumberNode b -> throw error(b.pos(), "unexpected . after term \"" + NodeText.of(b) + "\"");
            case NilNode b -> throw error(b.pos(), "unexpected . after term \"nil\"");
            case DotNode b -> throw error(b.pos(), "unexpected . after term \".\"");
            default -> new ChainNode(node.pos(), node, fields);
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private Arg term() throws TemplateException {
        Token t = nextNonSpace();
        switch (t.type()) {
            case IDENTIFIER: {
                var f = functions.get(t.text());
                if (f == null) {
                    throw error(t.pos(), "function \"" + t.text() + "\" not defined");
                }
                return new IdentifierNode(t.pos(), t.text(), f);
            }
            case DOT:
                return new DotNode(t.pos());
            case NIL:
                return new NilNode(t.pos());
            case VARIABLE: {
                if (!vars.contains(t.text())) {
                    throw error(t.pos(), "undefined variable \"" + t.text() + "\"");
                }
                return new VariableNode(t.pos(), List.of(t.text()));
            }
            case FIELD:
                return new FieldNode(t.pos(), List.of(t.text().substring(1)));
            case BOOL:
                return new BoolNode(t.pos(), t.text().equals("true"));
            case NUMBER:
            case CHAR:
                return new NumberNode(t.pos(), t.text(), Numbers.parse(t, () -> error(t.pos(),
                        (t.type() == TokenType.CHAR ? "malformed character constant: " : "bad number syntax: ")
                                + t.text())));
            case LEFT_PAREN:
                return pipeline("parenthesized pipeline", TokenType.RIGHT_PAREN);
            case STRING:
            case RAW_STRING:
                return new StringNode(t.pos(), t.text(),
                        Unquote.string(t.text(), () -> error(t.pos(), "bad string syntax: " + t.text())));
            default:
                backup();
                return null;
        }
    }

    private Token expect(TokenType type, String context) throws TemplateException {
        Token t = nextNonSpace();
        if (t.type() != type) {
            throw unexpected(t, context);
        }
        return t;
    }

    private TemplateException unexpected(Token t, String context) {
        if (t.type() == TokenType.EOF) {
            return error(t.pos(), "unclosed action");
        }
        return error(t.pos(), "unexpected " + t + " in " + context);
    }

    private TemplateException error(int pos, String message) {
        return new TemplateException(source.name(), source.line(pos), source.column(pos), message);
    }

    private Token peek() {
        return tokens.get(Math.min(index, tokens.size() - 1));
    }

    private Token next() {
        Token t = peek();
        index++;
        return t;
    }

    private void backup() {
        index--;
    }

    private Token nextNonSpace() {
        Token t;
        do {
            t = next();
        } while (t.type() == TokenType.SPACE);
        return t;
    }

    private Token peekNonSpace() {
        Token t = nextNonSpace();
        backup();
        return t;
    }
}
