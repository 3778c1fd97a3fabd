package dev.jpde.gp.expr;

/** Product, a * b. */
public record Multiply(Expression left, Expression right) implements Expression {

    @Override
    public double evaluate(double... point) {
        return left.evaluate(point) * right.evaluate(point);
    }

    @Override
    public String toString() {
        return ExpressionPrinter.print(this);
    }
}
