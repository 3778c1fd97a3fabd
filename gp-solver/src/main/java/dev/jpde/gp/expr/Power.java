package dev.jpde.gp.expr;

/**
 * Power, base^exponent, evaluated with {@link #pow(double, double)}.
 */
public record Power(Expression base, Expression exponent) implements Expression {

    @Override
    public double evaluate(double... point) {
        return pow(base.evaluate(point), exponent.evaluate(point));
    }

    /**
     * b^e as {@link Math#pow}, except that e = 2 is computed as the correctly rounded product b*b, so that the
     * squares that dominate derivative trees cost one multiplication. Tree evaluation and compiled code both use
     * this method, so they agree bit for bit.
     */
    public static double pow(double b, double e) {
        return e == 2.0 ? b * b : Math.pow(b, e);
    }

    @Override
    public String toString() {
        return ExpressionPrinter.print(this);
    }
}
