package dev.jpde.gp.expr;

/** A function applied to one argument, f(a). */
public record Call(MathFunction function, Expression argument) implements Expression {

    @Override
    public double evaluate(double... point) {
        return function.apply(argument.evaluate(point));
    }

    @Override
    public String toString() {
        return ExpressionPrinter.print(this);
    }
}
