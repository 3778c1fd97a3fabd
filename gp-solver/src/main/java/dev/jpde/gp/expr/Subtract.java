package dev.jpde.gp.expr;

/** Difference, a - b. */
public record Subtract(Expression left, Expression right) implements Expression {

    @Override
    public double evaluate(double... point) {
        return left.evaluate(point) - right.evaluate(point);
    }

    @Override
    public String toString() {
        return ExpressionPrinter.print(this);
    }
}
