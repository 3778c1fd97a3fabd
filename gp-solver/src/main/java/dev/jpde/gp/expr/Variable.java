package dev.jpde.gp.expr;

/**
 * A named variable; its value is {@code point[index]}.
 *
 * @param name  the variable name as declared
 * @param index the position of the variable in the point array
 */
public record Variable(String name, int index) implements Expression {

    @Override
    public double evaluate(double... point) {
        return point[index];
    }

    @Override
    public String toString() {
        return ExpressionPrinter.print(this);
    }
}
