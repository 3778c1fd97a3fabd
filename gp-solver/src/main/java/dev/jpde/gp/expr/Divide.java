package dev.jpde.gp.expr;

/** Quotient, a / b. */
public record Divide(Expression left, Expression right) implements Expression {

    @Override
    public double evaluate(double... point) {
        return left.evaluate(point) / right.evaluate(point);
    }

    @Override
    public String toString() {
        return ExpressionPrinter.print(this);
    }
}
