package dev.jpde.gp.expr;

/**
 * A manufactured-solution problem L[u] = f: an exact solution u, a {@link PdeForm} L, and the source
 * f = L[u] derived symbolically (exact derivatives, then simplified), both compiled for grid evaluation.
 *
 * <p>Example: u = sin(6x) cos(100x) with {@code new PdeForm.Poisson()} gives
 * f = u_xx = -10036 sin(6x) cos(100x) - 1200 cos(6x) sin(100x), up to the rounding of the evaluation order.
 * Instances are immutable and thread-safe.
 */
public final class ManufacturedSource {

    private final Variables variables;
    private final PdeForm form;
    private final Expression exact;
    private final Expression source;
    private final CompiledExpression exactCompiled;
    private final CompiledExpression sourceCompiled;

    private ManufacturedSource(Variables variables, PdeForm form, Expression exact) {
        this.variables = variables;
        this.form = form;
        this.exact = exact;
        this.source = form.apply(exact, variables);
        this.exactCompiled = exact.compile();
        this.sourceCompiled = source.compile();
    }

    /**
     * Parses the exact solution and derives its source.
     *
     * @param form      the PDE operator
     * @param exact     u as text, e.g. {@code "sin(x - 200*y)"}
     * @param variables the variable names in point order, e.g. {@code "x", "y"}
     * @throws ExpressionException      if {@code exact} does not parse
     * @throws IllegalArgumentException if the form does not fit the number of variables
     */
    public static ManufacturedSource of(PdeForm form, String exact, String... variables) {
        Variables vars = Variables.of(variables);
        return new ManufacturedSource(vars, form, ExpressionParser.parse(exact, vars));
    }

    /** The source of an already parsed exact solution in {@code variables}. */
    public static ManufacturedSource of(PdeForm form, Expression exact, Variables variables) {
        return new ManufacturedSource(variables, form, exact);
    }

    /** The variables, in point order. */
    public Variables variables() {
        return variables;
    }

    /** The PDE operator L. */
    public PdeForm form() {
        return form;
    }

    /** The exact solution u as parsed. */
    public Expression exact() {
        return exact;
    }

    /** The source f = L[u], simplified. */
    public Expression source() {
        return source;
    }

    /** u on a 1D grid: out[i] = u(x[i]); {@code out} is filled (allocated if null) and returned. */
    public double[] exactOn(double[] x, double[] out) {
        return GridEvaluation.fill(exactCompiled, x, requireDimension(1, out));
    }

    /** u on a 2D grid, row-major: out[i*ny + j] = u(x[i], y[j]); filled (allocated if null) and returned. */
    public double[] exactOn(double[] x, double[] y, double[] out) {
        return GridEvaluation.fill(exactCompiled, x, y, requireDimension(2, out));
    }

    /** f on a 1D grid: out[i] = f(x[i]); {@code out} is filled (allocated if null) and returned. */
    public double[] sourceOn(double[] x, double[] out) {
        return GridEvaluation.fill(sourceCompiled, x, requireDimension(1, out));
    }

    /** f on a 2D grid, row-major: out[i*ny + j] = f(x[i], y[j]); filled (allocated if null) and returned. */
    public double[] sourceOn(double[] x, double[] y, double[] out) {
        return GridEvaluation.fill(sourceCompiled, x, y, requireDimension(2, out));
    }

    private double[] requireDimension(int dimension, double[] out) {
        if (variables.size() != dimension) {
            throw new IllegalArgumentException("a " + dimension + "D grid for a problem in "
                    + variables.size() + " variables " + variables.names());
        }
        return out;
    }

    @Override
    public String toString() {
        return form + ": u = " + exact + ", f = " + source;
    }
}
