package dev.jpde.gp.expr;

/** A numeric constant. Build through {@link Algebra#constant(double)}, which normalises -0 to 0. */
public record Constant(double value) implements Expression {

    /** The constant 0. */
    public static final Constant ZERO = new Constant(0.0);
    /** The constant 1. */
    public static final Constant ONE = new Constant(1.0);

    @Override
    public double evaluate(double... point) {
        return value;
    }

    @Override
    public String toString() {
        return ExpressionPrinter.print(this);
    }
}
