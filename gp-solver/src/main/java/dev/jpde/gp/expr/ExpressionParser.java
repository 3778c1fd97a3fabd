package dev.jpde.gp.expr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recursive-descent parser for the grammar in the {@linkplain dev.jpde.gp.expr package description}. The tree is
 * returned as written (no simplification), so {@code parse(text).evaluate(p)} is exactly the value a reader of
 * {@code text} computes left to right with the usual precedence. Errors are {@link ExpressionException}s naming
 * the 1-based column.
 */
public final class ExpressionParser {

    private final Variables variables;
    private final List<Token> tokens;
    private int next;

    private ExpressionParser(String text, Variables variables) {
        this.variables = variables;
        this.tokens = Lexer.tokens(text);
    }

    /**
     * Parses {@code text} with the given variables.
     *
     * @throws ExpressionException if the text is not a well-formed expression in those variables
     */
    public static Expression parse(String text, Variables variables) {
        ExpressionParser parser = new ExpressionParser(text, variables);
        if (parser.peek().kind() == Token.Kind.END) {
            throw new ExpressionException(1, "empty expression");
        }
        Expression e = parser.sum();
        Token rest = parser.peek();
        if (rest.kind() == Token.Kind.RIGHT) {
            throw new ExpressionException(rest.column(), "unmatched ')'");
        }
        if (rest.kind() != Token.Kind.END) {
            throw new ExpressionException(rest.column(), "unexpected " + rest.describe()
                    + (rest.kind() == Token.Kind.NUMBER || rest.kind() == Token.Kind.IDENTIFIER
                            || rest.kind() == Token.Kind.LEFT ? " (missing operator?)" : ""));
        }
        return e;
    }

    /** {@link #parse(String, Variables)} with {@code Variables.of(variables)}. */
    public static Expression parse(String text, String... variables) {
        return parse(text, Variables.of(variables));
    }

    private Expression sum() {
        Expression e = product();
        while (true) {
            Token.Kind kind = peek().kind();
            if (kind == Token.Kind.PLUS) {
                next++;
                e = new Add(e, product());
            } else if (kind == Token.Kind.MINUS) {
                next++;
                e = new Subtract(e, product());
            } else {
                return e;
            }
        }
    }

    private Expression product() {
        Expression e = unary();
        while (true) {
            Token.Kind kind = peek().kind();
            if (kind == Token.Kind.STAR) {
                next++;
                e = new Multiply(e, unary());
            } else if (kind == Token.Kind.SLASH) {
                next++;
                e = new Divide(e, unary());
            } else {
                return e;
            }
        }
    }

    private Expression unary() {
        Token.Kind kind = peek().kind();
        if (kind == Token.Kind.MINUS) {
            next++;
            return new Negate(unary());
        }
        if (kind == Token.Kind.PLUS) {
            next++;
            return unary();
        }
        return power();
    }

    private Expression power() {
        Expression base = primary();
        if (peek().kind() == Token.Kind.POWER) {
            next++;
            return new Power(base, unary());
        }
        return base;
    }

    private Expression primary() {
        Token t = tokens.get(next++);
        switch (t.kind()) {
            case NUMBER:
                return new Constant(t.value());
            case LEFT: {
                Expression inner = sum();
                expectClose();
                return inner;
            }
            case IDENTIFIER:
                return identifier(t);
            default:
                throw new ExpressionException(t.column(), "expected an operand, found " + t.describe());
        }
    }

    private Expression identifier(Token t) {
        String name = t.text();
        boolean call = peek().kind() == Token.Kind.LEFT;
        Optional<MathFunction> function = MathFunction.bySymbol(name);
        if (function.isPresent()) {
            if (!call) {
                Token found = peek();
                throw new ExpressionException(found.column(),
                        "expected '(' after function \"" + name + "\", found " + found.describe());
            }
            next++;
            Expression argument = sum();
            expectClose();
            return new Call(function.get(), argument);
        }
        if (name.equals("pi") || name.equals("e")) {
            if (call) {
                throw new ExpressionException(t.column(), "\"" + name + "\" is a constant, not a function");
            }
            return new Constant(name.equals("pi") ? Math.PI : Math.E);
        }
        int index = variables.indexOf(name);
        if (index >= 0) {
            if (call) {
                throw new ExpressionException(t.column(), "\"" + name + "\" is a variable, not a function");
            }
            return new Variable(name, index);
        }
        if (call) {
            throw new ExpressionException(t.column(), "unknown function \"" + name + "\"" + suggestion(name));
        }
        throw new ExpressionException(t.column(), "unknown variable \"" + name + "\" (allowed: "
                + (variables.size() == 0 ? "none" : String.join(", ", variables.names())) + ")");
    }

    private void expectClose() {
        if (peek().kind() != Token.Kind.RIGHT) {
            throw new ExpressionException(peek().column(), "expected ')'");
        }
        next++;
    }

    private Token peek() {
        return tokens.get(next);
    }

    /** " (did you mean "sin"?)" for the closest function within edit distance 1 (2 for names of 5+ letters). */
    private static String suggestion(String name) {
        int limit = name.length() >= 5 ? 2 : 1;
        MathFunction best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (MathFunction f : MathFunction.values()) {
            int d = editDistance(name.toLowerCase(java.util.Locale.ROOT), f.symbol());
            if (d < bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= limit) {
            return " (did you mean \"" + best.symbol() + "\"?)";
        }
        return " (known: " + Arrays.stream(MathFunction.values()).map(MathFunction::symbol)
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Levenshtein distance (insertions, deletions, substitutions). */
    private static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
