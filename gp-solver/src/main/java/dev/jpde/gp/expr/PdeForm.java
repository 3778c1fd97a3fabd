package dev.jpde.gp.expr;

import static dev.jpde.gp.expr.Algebra.add;
import static dev.jpde.gp.expr.Algebra.constant;
import static dev.jpde.gp.expr.Algebra.mul;
import static dev.jpde.gp.expr.Algebra.pow;
import static dev.jpde.gp.expr.Algebra.sub;

/**
 * The differential operators L of the GP-HM benchmark problems (spec gp-hm.md section 3), applied symbolically:
 * a manufactured problem L[u] = f takes f = L[u_exact]. Signs follow the authors' code: no minus sign on the
 * Laplacian.
 */
public sealed interface PdeForm {

    /**
     * L[u], simplified.
     *
     * @param u         the solution, an expression in {@code variables}
     * @param variables the variables of u, in point order
     * @throws IllegalArgumentException if the form does not fit that number of variables
     */
    Expression apply(Expression u, Variables variables);

    /** Poisson, L[u] = sum over all variables of d^2u/dx_i^2 (u_xx in 1D, u_xx + u_yy in 2D). */
    record Poisson() implements PdeForm {
        @Override
        public Expression apply(Expression u, Variables variables) {
            return laplacian(u, variables);
        }
    }

    /** Allen&ndash;Cahn, L[u] = laplacian(u) + u (u^2 - 1). */
    record AllenCahn() implements PdeForm {
        @Override
        public Expression apply(Expression u, Variables variables) {
            Expression s = u.simplify();
            return add(laplacian(s, variables), mul(s, sub(pow(s, constant(2.0)), Constant.ONE)));
        }
    }

    /**
     * Advection, L[u] = beta u_x + u_y for variables (x, y), the second variable playing the role of time.
     *
     * @param beta the advection speed
     */
    record Advection(double beta) implements PdeForm {
        @Override
        public Expression apply(Expression u, Variables variables) {
            if (variables.size() != 2) {
                throw new IllegalArgumentException("advection needs two variables (x, t), got " + variables.names());
            }
            return add(mul(constant(beta), u.derivative(variables.name(0))), u.derivative(variables.name(1)));
        }
    }

    private static Expression laplacian(Expression u, Variables variables) {
        if (variables.size() == 0) {
            throw new IllegalArgumentException("the Laplacian needs at least one variable");
        }
        Expression sum = Constant.ZERO;
        for (String v : variables.names()) {
            sum = add(sum, u.derivative(v).derivative(v));
        }
        return sum;
    }
}
