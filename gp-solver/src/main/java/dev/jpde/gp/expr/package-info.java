/**
 * Real-valued expressions in named variables, as written in case files ({@code exact: "sin(6*x)*cos(100*x)"}):
 * a parser with column-positioned errors, an immutable expression tree, exact symbolic partial derivatives,
 * algebraic simplification, and fast point evaluation through a compiled tree of lambdas.
 *
 * <p>Its purpose is to build manufactured-solution problems for the GP-HM solver: given an exact solution u,
 * {@link dev.jpde.gp.expr.ManufacturedSource} applies one of the PDE operators of {@link dev.jpde.gp.expr.PdeForm}
 * (Poisson, Allen&ndash;Cahn, advection) symbolically and returns the source f = L[u], which can then be
 * evaluated on collocation grids into caller-owned arrays.
 *
 * <p>Grammar (lowest to highest precedence):
 * <pre>
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '/') unary)*
 *   unary   := ('-' | '+') unary | power
 *   power   := primary (('^' | '**') unary)?          right-associative: 2^3^2 = 2^9
 *   primary := number | constant | variable | function '(' expr ')' | '(' expr ')'
 * </pre>
 * so {@code -2^2 = -4} and {@code 2^-1 = 0.5}. Constants are {@code pi} and {@code e}; the functions are listed
 * in {@link dev.jpde.gp.expr.MathFunction}.
 */
package dev.jpde.gp.expr;
