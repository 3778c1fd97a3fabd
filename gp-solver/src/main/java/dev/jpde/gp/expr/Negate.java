package dev.jpde.gp.expr;

/** Unary minus, -a. */
public record Negate(Expression operand) implements Expression {

    @Override
    public double evaluate(double... point) {
        return -operand.evaluate(point);
    }

    @Override
    public String toString() {
        return ExpressionPrinter.print(this);
    }
}
