package dev.jpde.gp.expr;

/** Sum, a + b. */
public record Add(Expression left, Expression right) implements Expression {

    @Override
    public double evaluate(double... point) {
        return left.evaluate(point) + right.evaluate(point);
    }

    @Override
    public String toString() {
        return ExpressionPrinter.print(this);
    }
}
