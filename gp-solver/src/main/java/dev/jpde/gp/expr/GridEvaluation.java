package dev.jpde.gp.expr;

/**
 * Evaluation of compiled expressions on tensor-product grids into caller-owned arrays. The 2D layout is
 * row-major, {@code out[i*ny + j] = f(x_i, y_j)}, matching vec(U) with U_ij = u(x_i, y_j) in the GP-HM solver.
 * No allocation per point.
 */
public final class GridEvaluation {

    private GridEvaluation() {
    }

    /**
     * out[i] = f(x[i]) for a function of one variable.
     *
     * @param out filled and returned; allocated if null; must otherwise have length x.length
     */
    public static double[] fill(CompiledExpression f, double[] x, double[] out) {
        double[] result = out == null ? new double[x.length] : out;
        if (result.length != x.length) {
            throw new IllegalArgumentException("out has length " + result.length + ", grid has " + x.length);
        }
        double[] point = new double[1];
        for (int i = 0; i < x.length; i++) {
            point[0] = x[i];
            result[i] = f.at(point);
        }
        return result;
    }

    /**
     * out[i*y.length + j] = f(x[i], y[j]) for a function of two variables.
     *
     * @param out filled and returned; allocated if null; must otherwise have length x.length * y.length
     */
    public static double[] fill(CompiledExpression f, double[] x, double[] y, double[] out) {
        int n = Math.multiplyExact(x.length, y.length);
        double[] result = out == null ? new double[n] : out;
        if (result.length != n) {
            throw new IllegalArgumentException("out has length " + result.length + ", grid has "
                    + x.length + " x " + y.length);
        }
        double[] point = new double[2];
        for (int i = 0; i < x.length; i++) {
            point[0] = x[i];
            int row = i * y.length;
            for (int j = 0; j < y.length; j++) {
                point[1] = y[j];
                result[row + j] = f.at(point);
            }
        }
        return result;
    }
}
