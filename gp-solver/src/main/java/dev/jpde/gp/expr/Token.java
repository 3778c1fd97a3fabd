package dev.jpde.gp.expr;

/**
 * A lexical token of the expression language.
 *
 * @param kind   what the token is
 * @param text   the characters as written
 * @param value  the value of a {@link Kind#NUMBER}, else 0
 * @param column 1-based column of the first character (for {@link Kind#END}: length + 1)
 */
record Token(Kind kind, String text, double value, int column) {

    enum Kind { NUMBER, IDENTIFIER, PLUS, MINUS, STAR, SLASH, POWER, LEFT, RIGHT, END }

    /** How the token is named in error messages. */
    String describe() {
        return switch (kind) {
            case END -> "end of input";
            case NUMBER -> "number \"" + text + "\"";
            case IDENTIFIER -> "identifier \"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
