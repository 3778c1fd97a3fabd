package dev.jpde.gp.expr;

import static dev.jpde.gp.expr.Algebra.add;
import static dev.jpde.gp.expr.Algebra.call;
import static dev.jpde.gp.expr.Algebra.constant;
import static dev.jpde.gp.expr.Algebra.div;
import static dev.jpde.gp.expr.Algebra.mul;
import static dev.jpde.gp.expr.Algebra.neg;
import static dev.jpde.gp.expr.Algebra.pow;
import static dev.jpde.gp.expr.Algebra.sub;

/**
 * Exact symbolic partial derivatives d/dv by the sum, product, quotient, power and chain rules, built with the
 * simplifying constructors of {@link Algebra}. A subtree that does not contain v differentiates to 0 without
 * being visited further.
 */
final class Differentiator {

    private Differentiator() {
    }

    static Expression derivative(Expression e, String v) {
        if (!dependsOn(e, v)) {
            return Constant.ZERO;
        }
        if (e instanceof Variable) {
            return Constant.ONE;
        }
        if (e instanceof Negate n) {
            return neg(derivative(n.operand(), v));
        }
        if (e instanceof Add x) {
            return add(derivative(x.left(), v), derivative(x.right(), v));
        }
        if (e instanceof Subtract x) {
            return sub(derivative(x.left(), v), derivative(x.right(), v));
        }
        if (e instanceof Multiply x) {
            // (ab)' = a'b + ab'
            return add(mul(derivative(x.left(), v), x.right()), mul(x.left(), derivative(x.right(), v)));
        }
        if (e instanceof Divide x) {
            return quotient(x.left(), x.right(), v);
        }
        if (e instanceof Power x) {
            return power(x.base(), x.exponent(), v);
        }
        Call c = (Call) e;
        return c.function().chain(c.argument(), derivative(c.argument(), v));
    }

    /** (a/b)' = a'/b if b is free of v, -a b'/b^2 if a is, (a'b - ab')/b^2 otherwise. */
    private static Expression quotient(Expression a, Expression b, String v) {
        Expression da = derivative(a, v);
        if (!dependsOn(b, v)) {
            return div(da, b);
        }
        Expression db = derivative(b, v);
        Expression b2 = pow(b, constant(2.0));
        if (!dependsOn(a, v)) {
            return neg(div(mul(a, db), b2));
        }
        return div(sub(mul(da, b), mul(a, db)), b2);
    }

    /** (a^b)' = b a^(b-1) a' (b free of v), a^b ln(a) b' (a free of v), a^b (b' ln a + b a'/a) otherwise. */
    private static Expression power(Expression a, Expression b, String v) {
        if (!dependsOn(b, v)) {
            return mul(mul(b, pow(a, sub(b, Constant.ONE))), derivative(a, v));
        }
        Expression db = derivative(b, v);
        Expression ab = pow(a, b);
        Expression logA = call(MathFunction.LOG, a);
        if (!dependsOn(a, v)) {
            return mul(mul(ab, logA), db);
        }
        return mul(ab, add(mul(db, logA), div(mul(b, derivative(a, v)), a)));
    }

    static boolean dependsOn(Expression e, String v) {
        if (e instanceof Constant) {
            return false;
        }
        if (e instanceof Variable x) {
            return x.name().equals(v);
        }
        if (e instanceof Negate n) {
            return dependsOn(n.operand(), v);
        }
        if (e instanceof Add x) {
            return dependsOn(x.left(), v) || dependsOn(x.right(), v);
        }
        if (e instanceof Subtract x) {
            return dependsOn(x.left(), v) || dependsOn(x.right(), v);
        }
        if (e instanceof Multiply x) {
            return dependsOn(x.left(), v) || dependsOn(x.right(), v);
        }
        if (e instanceof Divide x) {
            return dependsOn(x.left(), v) || dependsOn(x.right(), v);
        }
        if (e instanceof Power x) {
            return dependsOn(x.base(), v) || dependsOn(x.exponent(), v);
        }
        return dependsOn(((Call) e).argument(), v);
    }
}
