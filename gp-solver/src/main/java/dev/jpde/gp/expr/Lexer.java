package dev.jpde.gp.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits expression text into {@link Token}s. Numbers are {@code digits[.digits][(e|E)[+|-]digits]} or
 * {@code .digits...}, read with {@link Double#parseDouble} (correctly rounded); {@code **} is a synonym of
 * {@code ^}; spaces, tabs and newlines separate tokens.
 */
final class Lexer {

    private final String text;
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, ending with an {@link Token.Kind#END} token. */
    static List<Token> tokens(String text) {
        return new Lexer(text).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                out.add(new Token(Token.Kind.END, "", 0, text.length() + 1));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(Token.Kind.IDENTIFIER, text.substring(start, pos), 0, start + 1);
        }
        pos++;
        Token.Kind kind = switch (c) {
            case '+' -> Token.Kind.PLUS;
            case '-' -> Token.Kind.MINUS;
            case '/' -> Token.Kind.SLASH;
            case '^' -> Token.Kind.POWER;
            case '(' -> Token.Kind.LEFT;
            case ')' -> Token.Kind.RIGHT;
            case '*' -> {
                if (pos < text.length() && text.charAt(pos) == '*') {
                    pos++;
                    yield Token.Kind.POWER;
                }
                yield Token.Kind.STAR;
            }
            default -> throw new ExpressionException(start + 1, "unexpected character '" + c + "'");
        };
        return new Token(kind, text.substring(start, pos), 0, start + 1);
    }

    private Token number() {
        int start = pos;
        int digits = 0;
        int dots = 0;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            if (text.charAt(pos) == '.') {
                dots++;
            } else {
                digits++;
            }
            pos++;
        }
        String problem = digits == 0 ? "no digits" : dots > 1 ? "more than one decimal point" : null;
        if (problem == null && pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            int exponentStart = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == exponentStart) {
                problem = "exponent has no digits";
            }
        }
        while (problem != null && pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String lexeme = text.substring(start, pos);
        if (problem != null) {
            throw new ExpressionException(start + 1, "malformed number \"" + lexeme + "\": " + problem);
        }
        double value = Double.parseDouble(lexeme);
        if (Double.isInfinite(value)) {
            throw new ExpressionException(start + 1, "number \"" + lexeme + "\" is out of range");
        }
        return new Token(Token.Kind.NUMBER, lexeme, value, start + 1);
    }
}
