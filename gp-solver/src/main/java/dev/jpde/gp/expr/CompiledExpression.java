package dev.jpde.gp.expr;

/**
 * An expression compiled for fast repeated evaluation at points (see {@link Expression#compile()}).
 * Implementations are stateless and therefore safe to share between threads.
 */
@FunctionalInterface
public interface CompiledExpression {

    /**
     * @param point the variable values in declaration order; not modified
     * @return the value of the expression at {@code point}
     */
    double at(double[] point);
}
