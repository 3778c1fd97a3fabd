package dev.jpde.gp.expr;

import static dev.jpde.gp.expr.Algebra.call;
import static dev.jpde.gp.expr.Algebra.constant;
import static dev.jpde.gp.expr.Algebra.div;
import static dev.jpde.gp.expr.Algebra.mul;
import static dev.jpde.gp.expr.Algebra.neg;
import static dev.jpde.gp.expr.Algebra.pow;

import java.util.Optional;

/**
 * The functions an expression may call, with their values ({@link java.lang.Math}) and the chain rule
 * d f(a) = f'(a) da. {@code log} is the natural logarithm.
 */
public enum MathFunction {
    /** sin a; d = cos(a) da. */
    SIN("sin") {
        @Override public double apply(double a) { return Math.sin(a); }
        @Override Expression chain(Expression a, Expression da) { return mul(call(COS, a), da); }
    },
    /** cos a; d = -sin(a) da. */
    COS("cos") {
        @Override public double apply(double a) { return Math.cos(a); }
        @Override Expression chain(Expression a, Expression da) { return neg(mul(call(SIN, a), da)); }
    },
    /** tan a; d = da / cos(a)^2. */
    TAN("tan") {
        @Override public double apply(double a) { return Math.tan(a); }
        @Override Expression chain(Expression a, Expression da) { return div(da, pow(call(COS, a), TWO)); }
    },
    /** exp a; d = exp(a) da. */
    EXP("exp") {
        @Override public double apply(double a) { return Math.exp(a); }
        @Override Expression chain(Expression a, Expression da) { return mul(call(EXP, a), da); }
    },
    /** Natural logarithm ln a (a &gt; 0); d = da / a. */
    LOG("log") {
        @Override public double apply(double a) { return Math.log(a); }
        @Override Expression chain(Expression a, Expression da) { return div(da, a); }
    },
    /** sqrt a (a &ge; 0); d = da / (2 sqrt a), written 0.5 da / sqrt(a). */
    SQRT("sqrt") {
        @Override public double apply(double a) { return Math.sqrt(a); }
        @Override Expression chain(Expression a, Expression da) { return div(mul(constant(0.5), da), call(SQRT, a)); }
    },
    /** sinh a; d = cosh(a) da. */
    SINH("sinh") {
        @Override public double apply(double a) { return Math.sinh(a); }
        @Override Expression chain(Expression a, Expression da) { return mul(call(COSH, a), da); }
    },
    /** cosh a; d = sinh(a) da. */
    COSH("cosh") {
        @Override public double apply(double a) { return Math.cosh(a); }
        @Override Expression chain(Expression a, Expression da) { return mul(call(SINH, a), da); }
    },
    /** tanh a; d = sech(a)^2 da. */
    TANH("tanh") {
        @Override public double apply(double a) { return Math.tanh(a); }
        @Override Expression chain(Expression a, Expression da) { return mul(pow(call(SECH, a), TWO), da); }
    },
    /** sech a = 1 / cosh a; d = -sech(a) tanh(a) da. */
    SECH("sech") {
        @Override public double apply(double a) { return 1.0 / Math.cosh(a); }
        @Override Expression chain(Expression a, Expression da) {
            return neg(mul(mul(call(SECH, a), call(TANH, a)), da));
        }
    },
    /**
     * |a|; d = (a / |a|) da. Differentiable only away from a = 0: at a = 0 the derivative evaluates to NaN
     * (0/0), which is the honest answer for the kink.
     */
    ABS("abs") {
        @Override public double apply(double a) { return Math.abs(a); }
        @Override Expression chain(Expression a, Expression da) { return mul(div(a, call(ABS, a)), da); }
    };

    private static final Constant TWO = new Constant(2.0);

    private final String symbol;

    MathFunction(String symbol) {
        this.symbol = symbol;
    }

    /** The name used in expressions, e.g. {@code "sin"}. */
    public String symbol() {
        return symbol;
    }

    /** f(a). */
    public abstract double apply(double a);

    /** The derivative of f(a) given the derivative da of its argument: f'(a) da, simplified. */
    abstract Expression chain(Expression a, Expression da);

    /** The function written {@code symbol} in expressions, if any. */
    public static Optional<MathFunction> bySymbol(String symbol) {
        for (MathFunction f : values()) {
            if (f.symbol.equals(symbol)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
