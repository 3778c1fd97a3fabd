package dev.jpde.gp.model;

import dev.jpde.gp.kernel.KernelFamily;

/**
 * The second stage of the extra-GP trick (spec gp-hm.md section 5; the authors' {@code model_GP_solver_1d_extra.py}),
 * built as an ordinary GP-HM model of a residual problem.
 *
 * <p>Stage 1 is a trained GP-HM model with grid values {@code u_1} and kernel {@code k_1}, now frozen. Stage 2 is a
 * second GP {@code u_e} on the same grid with its own kernel {@code k_e}, precisions {@code lt, lv} and prior, and the
 * data terms apply to the sum {@code u_1 + u_e}:
 *
 * <pre>
 *   L_2(u_e, lt, lv, theta_e) = 0.5 log det K_e + 0.5 u_e^T K_e^-1 u_e
 *        + lambda_b (-0.5 N_b lt + 0.5 e^lt ||u_1,b + u_e,b - g||^2)
 *        +          (-0.5 N_c lv + 0.5 e^lv ||D_1 K_1^-1 u_1 + D_e K_e^-1 u_e - f||^2).
 * </pre>
 *
 * For a residual that is linear in u (Poisson: {@code u_xx (+ u_yy) - f}) this is exactly the GP-HM loss of the
 * <em>residual problem</em> with source {@code f_2 = f - L u_1} and boundary data {@code g_2 = g - u_1}, where
 * {@code L u_1 = D_1 K_1^-1 u_1} ({@link GpHmModel#linearOperatorOnGrid()}) is stage 1's second derivative at the
 * nodes; its gradient with respect to the stage-2 parameters is therefore the ordinary GP-HM gradient. Allen-Cahn's
 * {@code u(u^2 - 1)} does not split over the sum, so only Poisson is accepted (as in the reference, which uses the
 * trick for two Poisson problems only).
 *
 * <p>Initialisation as in the reference: one Matérn-5/2 component per dimension ({@link KernelFamily#MATERN52}, Q = 1,
 * so {@code log-w = log(1/Q) = 0}, {@code log-ls = 0}; its frequency slot is unused), {@code u_e = 0},
 * {@code lt} copied from stage 1, {@code lv = 0}. The prediction is the sum of both posterior means,
 * {@code u(x*) = k_1(x*, X) K_1^-1 u_1 + k_e(x*, X) K_e^-1 u_e}.
 */
public final class ExtraGp {
    /** The kernel family of the second GP (the reference's {@code Matern52_1d}). */
    public static final KernelFamily FAMILY = KernelFamily.MATERN52;
    /** Components of the second GP's kernel per dimension. */
    public static final int COMPONENTS = 1;

    private ExtraGp() {
    }

    /**
     * Throws an {@link IllegalArgumentException} unless the extra GP is defined for {@code pde} (Poisson only).
     */
    public static void requireSupported(PdeForm pde) {
        if (pde != PdeForm.POISSON) {
            throw new IllegalArgumentException("the extra GP needs pde: poisson (the stage-2 residual must be linear in"
                    + " u + u_e), got " + pde.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    /**
     * The residual problem of a frozen stage 1 at its current parameters: source {@code f - L u_1} and boundary data
     * {@code g - u_1} on every node (only the boundary nodes are used), same grid, PDE and lambda_b. Here {@code u_1}
     * is what stage 1's data terms fitted: its latent grid values (the reference's), or, when stage 1 fits its
     * posterior mean ({@link GpHmModel#fitOnMean()}), that mean at the nodes (and {@code L u_1} is the mean's).
     */
    public static GpHmProblem residualProblem(GpHmModel first) {
        GpHmProblem p = first.problem();
        requireSupported(p.pde());
        int m = p.size();
        double[] lu = first.linearOperatorOnGrid();
        double[] u = first.fitOnMean() ? first.posteriorMeanOnGrid() : first.parameters();
        double[] f = p.source();
        double[] g = p.boundary();
        double[] f2 = new double[m];
        double[] g2 = new double[m];
        for (int i = 0; i < m; i++) {
            f2[i] = f[i] - lu[i];
            g2[i] = g[i] - u[i];
        }
        return new GpHmProblem(p.pde(), p.beta(), p.lengths(), p.points(), f2, g2, p.boundaryWeight());
    }

    /**
     * The stage-2 model for a frozen stage 1 (at its current parameters), initialised as the class comment says, and
     * fitting the data terms the way stage 1 does. Training it with any optimiser minimises {@code L_2}; {@code first}
     * is not modified.
     */
    public static GpHmModel secondStage(GpHmModel first) {
        GpHmProblem residual = residualProblem(first);
        GpHmModel second = new GpHmModel(residual, FAMILY, COMPONENTS, new double[residual.dimensions()]);
        int lt = residual.size(); // parameter layout [U | lt | lv | kernels]
        second.parameters()[lt] = first.parameters()[lt];
        second.setFitOnMean(first.fitOnMean());
        return second;
    }

    /** The summed prediction {@code u_1(x*) + u_e(x*)} on a test grid (row-major), at both models' parameters. */
    public static double[] predict(GpHmModel first, GpHmModel second, double[]... testAxes) {
        double[] sum = first.predict(testAxes);
        double[] e = second.predict(testAxes);
        for (int i = 0; i < sum.length; i++) {
            sum[i] += e[i];
        }
        return sum;
    }
}
