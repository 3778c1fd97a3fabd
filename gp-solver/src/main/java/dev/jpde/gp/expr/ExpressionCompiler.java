package dev.jpde.gp.expr;

/**
 * Turns an expression tree into a tree of small lambdas, one per node, so that evaluating at a point is a chain
 * of direct calls with no tree inspection or string work. Every lambda computes exactly what the node's
 * {@code evaluate} computes (same operation order, same {@link Power#pow}), so compiled and tree evaluation agree
 * bit for bit.
 */
final class ExpressionCompiler {

    private ExpressionCompiler() {
    }

    static CompiledExpression compile(Expression e) {
        if (e instanceof Constant c) {
            double v = c.value();
            return p -> v;
        }
        if (e instanceof Variable x) {
            int i = x.index();
            return p -> p[i];
        }
        if (e instanceof Negate n) {
            CompiledExpression a = compile(n.operand());
            return p -> -a.at(p);
        }
        if (e instanceof Add x) {
            CompiledExpression a = compile(x.left());
            CompiledExpression b = compile(x.right());
            return p -> a.at(p) + b.at(p);
        }
        if (e instanceof Subtract x) {
            CompiledExpression a = compile(x.left());
            CompiledExpression b = compile(x.right());
            return p -> a.at(p) - b.at(p);
        }
        if (e instanceof Multiply x) {
            return product(x);
        }
        if (e instanceof Divide x) {
            CompiledExpression a = compile(x.left());
            CompiledExpression b = compile(x.right());
            return p -> a.at(p) / b.at(p);
        }
        if (e instanceof Power x) {
            return power(x);
        }
        return call((Call) e);
    }

    private static CompiledExpression product(Multiply x) {
        CompiledExpression b = compile(x.right());
        if (x.left() instanceof Constant c) {
            double k = c.value();
            return p -> k * b.at(p);
        }
        CompiledExpression a = compile(x.left());
        return p -> a.at(p) * b.at(p);
    }

    private static CompiledExpression power(Power x) {
        CompiledExpression a = compile(x.base());
        if (x.exponent() instanceof Constant c) {
            double k = c.value();
            if (k == 2.0) {
                return p -> {
                    double v = a.at(p);
                    return v * v;
                };
            }
            return p -> Math.pow(a.at(p), k);
        }
        CompiledExpression b = compile(x.exponent());
        return p -> Power.pow(a.at(p), b.at(p));
    }

    private static CompiledExpression call(Call c) {
        CompiledExpression a = compile(c.argument());
        return switch (c.function()) {
            case SIN -> p -> Math.sin(a.at(p));
            case COS -> p -> Math.cos(a.at(p));
            case TAN -> p -> Math.tan(a.at(p));
            case EXP -> p -> Math.exp(a.at(p));
            case LOG -> p -> Math.log(a.at(p));
            case SQRT -> p -> Math.sqrt(a.at(p));
            case SINH -> p -> Math.sinh(a.at(p));
            case COSH -> p -> Math.cosh(a.at(p));
            case TANH -> p -> Math.tanh(a.at(p));
            case SECH -> p -> 1.0 / Math.cosh(a.at(p));
            case ABS -> p -> Math.abs(a.at(p));
        };
    }
}
