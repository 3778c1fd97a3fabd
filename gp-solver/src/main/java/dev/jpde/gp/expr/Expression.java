package dev.jpde.gp.expr;

/**
 * An immutable real-valued expression in variables x_0, ..., x_{n-1}, each {@link Variable} holding its index
 * into the point array. Equality is structural (the nodes are records).
 *
 * <p>{@link #toString()} prints a re-parseable expression whose parse evaluates bit-for-bit like this one
 * (parentheses keep the floating-point evaluation order, e.g. {@code a + (b + c)}).
 */
public sealed interface Expression
        permits Constant, Variable, Negate, Add, Subtract, Multiply, Divide, Power, Call {

    /**
     * Evaluates the expression by walking the tree.
     *
     * @param point the variable values, indexed as the variables were declared to the parser
     * @return the value; NaN or infinite where the expression is undefined (log of a negative number, ...)
     */
    double evaluate(double... point);

    /**
     * Compiles the tree into a tree of small lambdas for repeated evaluation (grids): no tree walking or
     * string work per point. The compiled form returns exactly the same values as {@link #evaluate}.
     */
    default CompiledExpression compile() {
        return ExpressionCompiler.compile(this);
    }

    /**
     * The exact symbolic partial derivative d/d{@code variable}, simplified with {@link Algebra}. Every function
     * gets the chain rule; {@code a^b} uses b a^(b-1) a' for b independent of the variable, a^b ln(a) b' for a
     * independent of it, and a^b (b' ln a + b a'/a) otherwise (valid where a &gt; 0).
     *
     * @param variable a variable name; a name the expression does not contain gives 0
     */
    default Expression derivative(String variable) {
        return Differentiator.derivative(simplify(), variable);
    }

    /** This expression rebuilt bottom-up through the simplifying constructors of {@link Algebra}. */
    default Expression simplify() {
        return Algebra.simplify(this);
    }

    /** Whether a variable of this name occurs in the expression. */
    default boolean dependsOn(String variable) {
        return Differentiator.dependsOn(this, variable);
    }
}
