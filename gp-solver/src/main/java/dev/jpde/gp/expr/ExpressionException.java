package dev.jpde.gp.expr;

/**
 * A malformed expression. The message is one line, {@code "column C: detail"}, with C the 1-based column of the
 * offending character in the expression text, e.g. {@code column 9: unknown function "sinn" (did you mean "sin"?)}.
 */
public final class ExpressionException extends RuntimeException {

    private final int column;
    private final String detail;

    /**
     * @param column 1-based column of the problem in the expression text
     * @param detail what is wrong, without the column prefix
     */
    public ExpressionException(int column, String detail) {
        super("column " + column + ": " + detail);
        this.column = column;
        this.detail = detail;
    }

    /** The 1-based column of the problem. */
    public int column() {
        return column;
    }

    /** The message without the {@code "column C: "} prefix. */
    public String detail() {
        return detail;
    }
}
