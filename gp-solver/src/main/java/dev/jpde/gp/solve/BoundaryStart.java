package dev.jpde.gp.solve;

import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.model.GpHmProblem;

/**
 * The {@code train.init_u: boundary} start: the grid values U begin at the transfinite interpolation of the boundary
 * data instead of zero. In 1-D that is the straight line between the two end values, {@code u_i = g_0 + (g_{N-1} -
 * g_0) x_i / L}, the authors' {@code init_func.linear} (present in their code, not used in their logged runs). In 2-D
 * it is the Coons patch of the four edges, with {@code s = x / L_1}, {@code t = y / L_2}:
 * <pre>
 *   U(s, t) = (1-s) g(0, t) + s g(1, t) + (1-t) g(s, 0) + t g(s, 1)
 *           - [(1-s)(1-t) g(0, 0) + s(1-t) g(1, 0) + (1-s) t g(0, 1) + s t g(1, 1)],
 * </pre>
 * which matches g on every edge. Only boundary values are read, which the loss sees anyway.
 */
final class BoundaryStart {
    private BoundaryStart() {
    }

    /** Overwrites U in the model's parameters (before training). */
    static void apply(GpHmModel model) {
        GpHmProblem problem = model.problem();
        double[] g = problem.boundary();
        double[] u = model.parameters();
        int[] n = problem.points();
        if (problem.dimensions() == 1) {
            for (int i = 0; i < n[0]; i++) {
                double s = (double) i / (n[0] - 1);
                u[i] = (1 - s) * g[0] + s * g[n[0] - 1];
            }
            return;
        }
        int n1 = n[0];
        int n2 = n[1];
        double g00 = g[0];
        double g01 = g[n2 - 1];
        double g10 = g[(n1 - 1) * n2];
        double g11 = g[(n1 - 1) * n2 + n2 - 1];
        for (int i = 0; i < n1; i++) {
            double s = (double) i / (n1 - 1);
            for (int j = 0; j < n2; j++) {
                double t = (double) j / (n2 - 1);
                double edges = (1 - s) * g[j] + s * g[(n1 - 1) * n2 + j] + (1 - t) * g[i * n2] + t * g[i * n2 + n2 - 1];
                double corners = (1 - s) * (1 - t) * g00 + s * (1 - t) * g10 + (1 - s) * t * g01 + s * t * g11;
                u[i * n2 + j] = edges - corners;
            }
        }
    }
}
