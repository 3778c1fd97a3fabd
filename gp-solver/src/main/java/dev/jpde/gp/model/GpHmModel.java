package dev.jpde.gp.model;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.kernel.UniformGridKernelMatrices;
import dev.jpde.linalg.MatrixProducts;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The GP-HM negative log joint and its gradient (spec gp-hm.md sections 3-4) on a 1-D or 2-D grid.
 *
 * <p>Latent values {@code U} (shape {@code [N_1, N_2]}, N_2 = 1 in 1-D) have the prior {@code N(0, K_1 ⊗ K_2)};
 * derivatives are {@code U_xx = D_x K_1^-1 U}, {@code U_yy = U K_2^-1 D_y^T} (first-order D for advection). With
 * residual H (Poisson {@code U_xx + U_yy - F}, Allen-Cahn {@code + U(U^2 - 1)}, advection {@code beta U_x + U_y - F}),
 *
 * <pre>
 *   Loss = 0.5 (N_2 log det K_1 + N_1 log det K_2) + 0.5 tr(U^T K_1^-1 U K_2^-1)
 *        + lambda_b (-0.5 N_b lt + 0.5 e^lt ||u_b - g||^2) + (-0.5 N_c lv + 0.5 e^lv ||H||^2).
 * </pre>
 *
 * Gradients with {@code V_1 = K_1^-1 U}, {@code W_2 = U K_2^-1}, {@code A = K_1^-1 U K_2^-1}, {@code P = e^lv H},
 * {@code c = beta} (advection) or 1:
 * {@code dL/dU = A + K_1^-1 D_x^T (cP) + P D_y K_2^-1 + phi'(U) P + lambda_b e^lt (u_b - g)} (scattered);
 * kernel parameters of dimension 1 through {@code G_K1 = 0.5 N_2 K_1^-1 - 0.5 A V_1^T - sym(K_1^-1 D_x^T (cP) V_1^T)},
 * {@code G_D1 = (cP) V_1^T}; of dimension 2 through {@code G_K2 = 0.5 N_1 K_2^-1 - 0.5 A^T W_2 - sym(W_2^T P D_y K_2^-1)},
 * {@code G_D2 = P^T W_2} (using {@code A K_2 A^T = A V_1^T} and {@code A^T K_1 A = A^T W_2}).
 *
 * <p><b>Solves.</b> {@code K_j^-1} is the O(n^2) Toeplitz (Gohberg-Semencul) inverse. It is only weakly stable, and
 * late in a run K_j can have a condition number of 1e11-1e15, where it leaves residuals {@code ||K K^-1 e - e||} of up
 * to 1e-3. Each update probes it ({@code GridAxis}); when the probe's residual exceeds 1e-12, the solves with K_j
 * ({@code V_1, W_2, A} and the two gradient solves) take one step of iterative refinement,
 * {@code X += K^-1 (B - K X)}, which brings them to the accuracy of the reference's backward-stable LU solves.
 * Without it, x sin(200x) at N = 900 stalls near 1e-3; with it, it reaches the authors' 1e-6.
 *
 * <p><b>Fitting the posterior mean</b> ({@link #setFitOnMean}; a departure from the reference, off by default). The
 * prediction is the posterior mean {@code m(x, y) = k_1(x, X_1) A k_2(X_2, y)}. At the nodes it is
 * {@code M = K_1c A K_2c} with {@code K_jc = K_j - delta_j I} (delta_j the jitter on K_j's diagonal), so it misses U by
 * the jitter's pull: {@code M = U - delta_2 W_2 - delta_1 A K_2c}. The reference fits the boundary data to U, and in
 * 2-D its residual {@code D_x K_1^-1 U + U K_2^-1 D_y^T} is not m's either (in 1-D it is: {@code D_2 K^-1 U = m''}).
 * Late in a run {@code K^-1 U} is large and the miss is not small: on the extra-GP problems the prediction's end
 * values miss g by up to 4e-3, which carries over as a line through the domain that is the whole final error. With
 * the fit on the mean every data term is m's:
 *
 * <pre>
 *   H = c D_x A K_2c + K_1c A D_y^T + phi(M) - F,   boundary misfit M_b - g.
 * </pre>
 *
 * With {@code P = e^lv H}, {@code G_M = lambda_b e^lt S_b^T (M_b - g) + phi'(M) P} (dL/dM), {@code T_1 = D_x^T (cP)},
 * {@code T_2 = P D_y}, {@code Z_s = (T_2 - delta_2 G_M) K_2^-1} and
 * {@code R' = K_1^-1 (T_1 - delta_1 (Z_s + G_M) - delta_2 T_1 K_2^-1)}: {@code dL/dU = A + R' + Z_s + G_M}
 * (that is {@code A + K_1^-1 G_A K_2^-1} with {@code G_A = T_1 K_2c + K_1c T_2 + K_1c G_M K_2c});
 * {@code G_K1 = 0.5 N_2 K_1^-1 - 0.5 A V_1^T - sym(R' V_1^T)}, {@code G_D1 = (cP) (A K_2c)^T};
 * {@code G_K2 = 0.5 N_1 K_2^-1 - 0.5 A^T W_2 - sym((K_1c A)^T Z_s - delta_2 A^T T_1 K_2^-1)},
 * {@code G_D2 = P^T (K_1c A)}. In 1-D drop dimension 2 ({@code K_2c = 1}). In these forms the large boundary term
 * G_M cancels out of the kernel gradients exactly; a form that left it to cancel in rounding
 * ({@code -R V_1^T + G_M (A K_2c)^T} with R containing G_M) wrecked the kernel updates of a full run. A 2-D step has
 * two more dense products than the reference's thirteen and splits over two lanes in the same way, except for the
 * solve for A, which needs W_2.
 *
 * <p><b>Parameter vector</b> ({@link #parameters()}, live): {@code [U (row-major, M) | lt | lv | kernel 1 (3Q) |
 * kernel 2 (3Q)]}, kernel blocks in {@link dev.jpde.gp.kernel.MixtureKernel1d}'s layout. Initialisation: U = 0,
 * lt = lv = 0, kernels as the spec says (Q components, mu = linspace(0, F, Q)). Not thread-safe.
 */
public final class GpHmModel {
    private final GpHmProblem problem;
    private final int d;
    private final int n1;
    private final int n2;
    private final int m;
    private final GridAxis[] axes;
    private final double[] params;
    private final int ltIndex;
    private final int lvIndex;
    private final int[] kernelOffset;
    private final double c;
    private final DMatrixRMaj u;
    private final DMatrixRMaj f;
    private final DMatrixRMaj v1;
    private final DMatrixRMaj w2;
    private final DMatrixRMaj a;
    private final DMatrixRMaj x;
    private final DMatrixRMaj y;
    private final DMatrixRMaj h;
    private final DMatrixRMaj p;
    private final DMatrixRMaj cp;
    private final DMatrixRMaj t1;
    private final DMatrixRMaj r1;
    private final DMatrixRMaj t2;
    private final DMatrixRMaj r2;
    private final DMatrixRMaj gK1;
    private final DMatrixRMaj gD1;
    private final DMatrixRMaj tmp1;
    private final DMatrixRMaj gK2;
    private final DMatrixRMaj gD2;
    private final DMatrixRMaj tmp2;
    private final DMatrixRMaj resX;
    private final DMatrixRMaj corX;
    private final DMatrixRMaj resY;
    private final DMatrixRMaj corY;
    private final double[] kernelGrad1;
    private final double[] kernelGrad2;
    private final MatrixProducts products;
    private final TwoLanes lanes;
    private final Runnable updateX = () -> updateAxis(0);
    private final Runnable updateY = () -> updateAxis(1);
    private final Runnable forwardX = this::forwardX;
    private final Runnable forwardY = this::forwardY;
    private final Runnable backwardX = this::backwardX;
    private final Runnable backwardY = this::backwardY;
    private final Runnable meanSolveX = this::meanSolveX;
    private final Runnable meanSolveY = this::meanSolveY;
    private final Runnable meanDerivativeX = this::meanDerivativeX;
    private final Runnable meanDerivativeY = this::meanDerivativeY;
    private final Runnable meanAdjointX = this::meanAdjointX;
    private final Runnable meanAdjointY = this::meanAdjointY;
    private final Runnable meanBackwardX = this::meanBackwardX;
    private final Runnable meanBackwardY = this::meanBackwardY;
    private double lastBoundaryMse;
    private double lastResidualMse;
    private boolean fitOnMean;
    /** Workspaces of the fit on the mean, allocated when it is switched on: A K_2c, K_1c A, M, G_M, Z_s, spares. */
    private DMatrixRMaj ak;
    private DMatrixRMaj ka;
    private DMatrixRMaj mean;
    private DMatrixRMaj gm;
    private DMatrixRMaj ga;
    private DMatrixRMaj spare;
    private DMatrixRMaj spare2;

    /** Smallest 2-D grid (nodes) on which the default constructors split a step over two threads. */
    public static final int TWO_LANE_MIN_POINTS = 64 * 64;
    /** Iterative-refinement steps of the solves in {@link #predict} (one already reaches the backward-stable level). */
    private static final int REFINEMENTS = 2;

    /**
     * @param problem       the collocation problem
     * @param family        kernel family (GM, StM, SE, Matérn)
     * @param components    Q, components per dimension
     * @param maxFrequency  F per dimension: initial frequencies linspace(0, F, Q)
     */
    public GpHmModel(GpHmProblem problem, KernelFamily family, int components, double[] maxFrequency) {
        this(problem, family, components, maxFrequency, MatrixProducts.best());
    }

    /**
     * As {@link #GpHmModel(GpHmProblem, KernelFamily, int, double[])}, computing the dense products of each step
     * with {@code products} (OpenBLAS or EJML). A 2-D grid of at least {@link #TWO_LANE_MIN_POINTS} nodes runs the
     * two dimensions' work on two cores, unless the system property {@code jpde.gp.threads} is 1 (for example when
     * two runs share a two-core machine).
     */
    public GpHmModel(GpHmProblem problem, KernelFamily family, int components, double[] maxFrequency,
            MatrixProducts products) {
        this(problem, family, components, maxFrequency, products,
                problem.dimensions() == 2 && problem.points()[0] * problem.points()[1] >= TWO_LANE_MIN_POINTS
                        && Integer.getInteger("jpde.gp.threads", 2) >= 2);
    }

    /**
     * As {@link #GpHmModel(GpHmProblem, KernelFamily, int, double[], MatrixProducts)}, choosing whether a 2-D step
     * runs the two dimensions' independent work (kernel matrices and inverses, forward products, backward products
     * and kernel gradients) on two threads. Results do not depend on the choice: each dimension's arithmetic is the
     * same either way, so loss and gradient agree bit for bit. Ignored in 1-D.
     */
    public GpHmModel(GpHmProblem problem, KernelFamily family, int components, double[] maxFrequency,
            MatrixProducts products, boolean twoLanes) {
        this(problem, family, components, maxFrequency, products, twoLanes, UniformGridKernelMatrices.DEFAULT_JITTER);
    }

    /** As above with another jitter than the reference's 1e-6: for tests whose terms in the jitter must be visible. */
    GpHmModel(GpHmProblem problem, KernelFamily family, int components, double[] maxFrequency,
            MatrixProducts products, boolean twoLanes, double jitter) {
        this.products = products;
        this.problem = problem;
        this.d = problem.dimensions();
        this.n1 = problem.points()[0];
        this.n2 = d == 2 ? problem.points()[1] : 1;
        this.m = n1 * n2;
        this.c = problem.pde() == PdeForm.ADVECTION ? problem.beta() : 1.0;
        boolean first = problem.pde().firstOrder();
        this.axes = new GridAxis[d];
        this.kernelOffset = new int[d];
        this.ltIndex = m;
        this.lvIndex = m + 1;
        int offset = m + 2;
        for (int j = 0; j < d; j++) {
            axes[j] = new GridAxis(family, components, maxFrequency[j], problem.points()[j], problem.spacing(j), first,
                    jitter, products);
            kernelOffset[j] = offset;
            offset += axes[j].kernel.parameterCount();
        }
        this.params = new double[offset];
        for (int j = 0; j < d; j++) {
            System.arraycopy(axes[j].kernel.parameters(), 0, params, kernelOffset[j], axes[j].kernel.parameterCount());
        }
        this.u = new DMatrixRMaj(n1, n2);
        this.f = DMatrixRMaj.wrap(n1, n2, problem.source());
        this.v1 = new DMatrixRMaj(n1, n2);
        this.w2 = new DMatrixRMaj(n1, n2);
        this.a = new DMatrixRMaj(n1, n2);
        this.x = new DMatrixRMaj(n1, n2);
        this.y = new DMatrixRMaj(n1, n2);
        this.h = new DMatrixRMaj(n1, n2);
        this.p = new DMatrixRMaj(n1, n2);
        this.cp = new DMatrixRMaj(n1, n2);
        this.t1 = new DMatrixRMaj(n1, n2);
        this.r1 = new DMatrixRMaj(n1, n2);
        this.t2 = new DMatrixRMaj(n1, n2);
        this.r2 = new DMatrixRMaj(n1, n2);
        this.gK1 = new DMatrixRMaj(n1, n1);
        this.gD1 = new DMatrixRMaj(n1, n1);
        this.tmp1 = new DMatrixRMaj(n1, n1);
        this.gK2 = new DMatrixRMaj(n2, n2);
        this.gD2 = new DMatrixRMaj(n2, n2);
        this.tmp2 = new DMatrixRMaj(n2, n2);
        this.resX = new DMatrixRMaj(n1, n2);
        this.corX = new DMatrixRMaj(n1, n2);
        this.resY = new DMatrixRMaj(n1, n2);
        this.corY = new DMatrixRMaj(n1, n2);
        this.kernelGrad1 = new double[axes[0].kernel.parameterCount()];
        this.kernelGrad2 = new double[d == 2 ? axes[1].kernel.parameterCount() : 0];
        this.lanes = new TwoLanes(twoLanes && d == 2);
    }

    public GpHmProblem problem() {
        return problem;
    }

    /** The live parameter vector (layout in the class comment). */
    public double[] parameters() {
        return params;
    }

    /** Number of parameters. */
    public int size() {
        return params.length;
    }

    /** Offset of dimension j's kernel block in {@link #parameters()}. */
    public int kernelOffset(int j) {
        return kernelOffset[j];
    }

    /** The kernel of dimension j, holding the parameters of the last evaluation. */
    public dev.jpde.gp.kernel.MixtureKernel1d kernel(int j) {
        return axes[j].kernel;
    }

    /**
     * What K_j adds to its kernel's diagonal at the last kernel update: the jitter (1e-6), plus any extra the
     * factorisation needed. The posterior mean uses {@code K_j = k_j(X_j, X_j) + jitter(j) I}.
     */
    public double jitter(int j) {
        return axes[j].diagonal;
    }

    /** Number of times K had to be factorised by Cholesky instead of the Toeplitz path. */
    public long choleskyFallbacks() {
        return sum(ax -> ax.choleskyFallbacks);
    }

    /** Number of kernel-matrix updates (all dimensions) whose inverse failed its probe, so that solves were refined. */
    public long refinedUpdates() {
        return sum(ax -> ax.refinedUpdates);
    }

    private long sum(java.util.function.ToLongFunction<GridAxis> count) {
        long s = 0;
        for (GridAxis ax : axes) {
            s += count.applyAsLong(ax);
        }
        return s;
    }

    /** The largest probe residual {@code ||K (K^-1 e) - e||_inf} of any inverse so far (before refinement). */
    public double maxInverseResidual() {
        double r = 0;
        for (GridAxis ax : axes) {
            r = Math.max(r, ax.maxInverseResidual);
        }
        return r;
    }

    /** Number of times the Toeplitz factorisation needed an extra diagonal (see {@code GridAxis}). */
    public long jitterEscalations() {
        return sum(ax -> ax.jitterEscalations);
    }

    /**
     * Whether the boundary and equation terms fit the posterior mean at the nodes ({@code true}) or, as the reference
     * does, the latent values U (the default); see the class comment.
     */
    public void setFitOnMean(boolean on) {
        if (on && ak == null) {
            ak = new DMatrixRMaj(n1, n2);
            ka = new DMatrixRMaj(n1, n2);
            mean = new DMatrixRMaj(n1, n2);
            gm = new DMatrixRMaj(n1, n2);
            ga = new DMatrixRMaj(n1, n2);
            spare = new DMatrixRMaj(n1, n2);
            spare2 = new DMatrixRMaj(n2, n2);
        }
        fitOnMean = on;
    }

    public boolean fitOnMean() {
        return fitOnMean;
    }

    /** Mean squared boundary misfit and residual of the last evaluation. */
    public double lastBoundaryMse() {
        return lastBoundaryMse;
    }

    public double lastResidualMse() {
        return lastResidualMse;
    }

    /** The loss at the current parameters; writes its gradient into {@code grad} (length {@link #size()}). */
    public double lossAndGradient(double[] grad) {
        if (fitOnMean) {
            return lossAndGradientOnMean(grad);
        }
        GridAxis ax1 = axes[0];
        GridAxis ax2 = d == 2 ? axes[1] : null;
        if (ax2 != null) {
            lanes.run(updateX, updateY);
        } else {
            updateX.run();
        }
        System.arraycopy(params, 0, u.data, 0, m);
        if (ax2 != null) {
            lanes.run(forwardX, forwardY);
        } else {
            forwardX.run();
            w2.setTo(u);
            a.setTo(v1);
        }
        boolean allenCahn = problem.pde() == PdeForm.ALLEN_CAHN;
        double lt = params[ltIndex];
        double elv = Math.exp(params[lvIndex]);
        double lambda = problem.boundaryWeight();
        double elt = Math.exp(lt);
        double hh = residual(u, elv, null);
        double bb = problem.boundarySquares(u.data);
        int nb = problem.boundaryNodeCount();
        double loss = loss(bb, hh);

        if (ax2 != null) {
            lanes.run(backwardX, backwardY);
        } else {
            backwardX.run();
        }
        // dL/dU = A + R1 (+ R2) + phi'(U) P, plus the boundary term
        for (int i = 0; i < m; i++) {
            double g = a.data[i] + r1.data[i];
            if (ax2 != null) {
                g += r2.data[i];
            }
            if (allenCahn) {
                double ui = u.data[i];
                g += (3 * ui * ui - 1) * p.data[i];
            }
            grad[i] = g;
        }
        problem.addBoundaryGradient(u.data, grad, lambda * elt);
        precisionAndKernelGradients(grad, lambda * (-0.5 * nb + 0.5 * elt * bb), -0.5 * m + 0.5 * elv * hh);
        return loss;
    }

    /**
     * The residual {@code H = c X (+ Y) - F (+ phi(v))} of the forward pass into h, {@code P = e^lv H} into p and
     * {@code cP} into cp, with phi (Allen-Cahn) evaluated at the grid values v; when {@code phiGrad} is given, writes
     * {@code phi'(v) P} there (zero for the linear PDEs). Returns {@code ||H||^2}.
     */
    private double residual(DMatrixRMaj values, double elv, DMatrixRMaj phiGrad) {
        boolean allenCahn = problem.pde() == PdeForm.ALLEN_CAHN;
        double hh = 0;
        for (int i = 0; i < m; i++) {
            double vi = values.data[i];
            double r = c * x.data[i] - f.data[i];
            if (d == 2) {
                r += y.data[i];
            }
            if (allenCahn) {
                r += vi * (vi * vi - 1);
            }
            h.data[i] = r;
            p.data[i] = elv * r;
            cp.data[i] = c * elv * r;
            hh += r * r;
            if (phiGrad != null) {
                phiGrad.data[i] = allenCahn ? (3 * vi * vi - 1) * elv * r : 0;
            }
        }
        return hh;
    }

    /**
     * The loss from the forward pass (log-determinants, the prior's {@code U . A}) and the two data terms' squared
     * misfits bb and hh; records the mean squared misfits.
     */
    private double loss(double bb, double hh) {
        int nb = problem.boundaryNodeCount();
        double quad = 0;
        for (int i = 0; i < m; i++) {
            quad += u.data[i] * a.data[i];
        }
        double logDet = n2 * axes[0].logDet + (d == 2 ? n1 * axes[1].logDet : 0);
        double lt = params[ltIndex];
        double lv = params[lvIndex];
        lastBoundaryMse = bb / nb;
        lastResidualMse = hh / m;
        return 0.5 * logDet + 0.5 * quad + problem.boundaryWeight() * (-0.5 * nb * lt + 0.5 * Math.exp(lt) * bb)
                + (-0.5 * m * lv + 0.5 * Math.exp(lv) * hh);
    }

    /** Writes the two precisions' gradients and the kernel gradients of the last backward pass into grad. */
    private void precisionAndKernelGradients(double[] grad, double dlt, double dlv) {
        grad[ltIndex] = dlt;
        grad[lvIndex] = dlv;
        System.arraycopy(kernelGrad1, 0, grad, kernelOffset[0], kernelGrad1.length);
        if (d == 2) {
            System.arraycopy(kernelGrad2, 0, grad, kernelOffset[1], kernelGrad2.length);
        }
    }

    /**
     * {@link #lossAndGradient} with every data term on the posterior mean (class comment). In 2-D the two dimensions'
     * independent work runs on two lanes as in the reference's step, with the same arithmetic either way.
     */
    private double lossAndGradientOnMean(double[] grad) {
        boolean twoD = d == 2;
        forwardOnMean();
        double lt = params[ltIndex];
        double elv = Math.exp(params[lvIndex]);
        double elt = Math.exp(lt);
        double lambda = problem.boundaryWeight();
        double hh = residual(mean, elv, gm);
        double bb = problem.boundarySquares(mean.data);
        problem.addBoundaryGradient(mean.data, gm.data, lambda * elt);
        int nb = problem.boundaryNodeCount();
        double loss = loss(bb, hh);

        // R = K_1^-1 G_A K_2^-1 (G_A = T_1 K_2c + K_1c T_2 + K_1c G_M K_2c) split as R = R' + Z_s + G_M with
        // Z_s = (T_2 - delta_2 G_M) K_2^-1 and R' = K_1^-1 (T_1 - delta_1 (Z_s + G_M) - delta_2 T_1 K_2^-1). The kernel
        // gradients then reduce to sym(R' V_1^T) and sym(K_1c A^T Z_s - delta_2 A^T T_1 K_2^-1): G_M, which is large
        // where the boundary precision is, cancels out of them exactly instead of in rounding, and no solve meets a
        // product with K. (R' in r1, Z_s in ga, T_1 K_2^-1 in r2, T_1 in t1, T_2 in t2.)
        if (twoD) {
            lanes.run(meanAdjointX, meanAdjointY);
            lanes.run(meanBackwardX, meanBackwardY);
        } else {
            meanAdjointX.run();
            meanBackwardX.run();
        }
        for (int i = 0; i < m; i++) {
            grad[i] = a.data[i] + r1.data[i] + gm.data[i] + (twoD ? ga.data[i] : 0);
        }
        precisionAndKernelGradients(grad, lambda * (-0.5 * nb + 0.5 * elt * bb), -0.5 * m + 0.5 * elv * hh);
        return loss;
    }

    /** {@code V_1 = K_1^-1 U}. */
    private void meanSolveX() {
        axes[0].solveLeft(u, v1, resX, corX);
    }

    /** {@code W_2 = U K_2^-1} (2-D). */
    private void meanSolveY() {
        axes[1].solveRight(u, w2, resY, corY);
    }

    /** {@code X = D_x A K_2c}. */
    private void meanDerivativeX() {
        products.mult(axes[0].d, ak, x);
    }

    /** {@code Y = K_1c A D_y^T} (2-D). */
    private void meanDerivativeY() {
        products.multTransB(ka, axes[1].d, y);
    }

    /** {@code T_1 = D_x^T (cP)} and, in 2-D, {@code T_1 K_2^-1} (into r2). */
    private void meanAdjointX() {
        products.multTransA(axes[0].d, cp, t1);
        if (d == 2) {
            axes[1].solveRight(t1, r2, resX, corX);
        }
    }

    /** {@code T_2 = P D_y} and {@code Z_s = (T_2 - delta_2 G_M) K_2^-1} (into ga); 2-D only. */
    private void meanAdjointY() {
        GridAxis ax2 = axes[1];
        products.mult(p, ax2.d, t2);
        double d2 = ax2.diagonal;
        for (int i = 0; i < m; i++) {
            spare.data[i] = t2.data[i] - d2 * gm.data[i];
        }
        ax2.solveRight(spare, ga, resY, corY);
    }

    /**
     * R' (into r1) and dimension 1's kernel gradient through {@code G_K1 = 0.5 N_2 K_1^-1 - 0.5 A V_1^T - sym(R' V_1^T)},
     * {@code G_D1 = (cP) (A K_2c)^T}.
     */
    private void meanBackwardX() {
        GridAxis ax1 = axes[0];
        double d1 = ax1.diagonal;
        if (d == 2) {
            double d2 = axes[1].diagonal;
            for (int i = 0; i < m; i++) {
                spare.data[i] = t1.data[i] - d1 * (ga.data[i] + gm.data[i]) - d2 * r2.data[i];
            }
        } else {
            for (int i = 0; i < m; i++) {
                spare.data[i] = t1.data[i] - d1 * gm.data[i];
            }
        }
        ax1.solveLeft(spare, r1, resX, corX);
        addScaled(0.5, a, r1, resX);
        products.multTransB(resX, v1, tmp1);
        combine(gK1, tmp1, ax1.kinv, 0.5 * n2, n1);
        products.multTransB(cp, ak, gD1);
        ax1.contract(gK1, gD1, kernelGrad1);
    }

    /**
     * Dimension 2's kernel gradient through {@code G_K2 = 0.5 N_1 K_2^-1 - 0.5 A^T W_2
     * - sym((K_1c A)^T Z_s - delta_2 A^T T_1 K_2^-1)}, {@code G_D2 = P^T (K_1c A)}; 2-D only.
     */
    private void meanBackwardY() {
        GridAxis ax2 = axes[1];
        double d2 = ax2.diagonal;
        for (int i = 0; i < m; i++) {
            resY.data[i] = 0.5 * w2.data[i] - d2 * r2.data[i];
        }
        products.multTransA(a, resY, tmp2);
        products.multTransA(ka, ga, spare2);
        CommonOps_DDRM.addEquals(tmp2, spare2);
        combine(gK2, tmp2, ax2.kinv, 0.5 * n1, n2);
        products.multTransA(p, ka, gD2);
        ax2.contract(gK2, gD2, kernelGrad2);
    }

    /**
     * Kernel matrices, then {@code V_1, W_2, A}, {@code A K_2c} (ak), {@code K_1c A} (ka), M (mean) and m's
     * derivative terms {@code X = D_x A K_2c}, {@code Y = K_1c A D_y^T}, solves refined as in training.
     */
    private void forwardOnMean() {
        GridAxis ax1 = axes[0];
        boolean twoD = d == 2;
        if (twoD) {
            lanes.run(updateX, updateY);
        } else {
            updateAxis(0);
        }
        System.arraycopy(params, 0, u.data, 0, m);
        double d1 = ax1.diagonal;
        double d2 = twoD ? axes[1].diagonal : 0;
        if (twoD) {
            lanes.run(meanSolveX, meanSolveY);
            ax1.solveLeft(w2, a, resY, corY);
        } else {
            meanSolveX.run();
            w2.setTo(u);
            a.setTo(v1);
        }
        // A K_2c = V_1 - delta_2 A; K_1c A = W_2 - delta_1 A; M = K_1c A K_2c = U - delta_2 W_2 - delta_1 A K_2c
        for (int i = 0; i < m; i++) {
            ak.data[i] = v1.data[i] - d2 * a.data[i];
            ka.data[i] = w2.data[i] - d1 * a.data[i];
            mean.data[i] = u.data[i] - d2 * w2.data[i] - d1 * ak.data[i];
        }
        if (twoD) {
            lanes.run(meanDerivativeX, meanDerivativeY);
        } else {
            meanDerivativeX.run();
        }
    }

    private void updateAxis(int j) {
        axes[j].update(params, kernelOffset[j]);
    }

    /** {@code V_1 = K_1^-1 U}, {@code X = D_x V_1}. */
    private void forwardX() {
        GridAxis ax1 = axes[0];
        ax1.solveLeft(u, v1, resX, corX);
        products.mult(ax1.d, v1, x);
    }

    /** {@code W_2 = U K_2^-1}, {@code Y = W_2 D_y^T}, {@code A = K_1^-1 W_2} (2-D only; needs K_1^-1, not V_1). */
    private void forwardY() {
        GridAxis ax2 = axes[1];
        ax2.solveRight(u, w2, resY, corY);
        products.multTransB(w2, ax2.d, y);
        axes[0].solveLeft(w2, a, resY, corY);
    }

    /**
     * {@code R_1 = K_1^-1 D_x^T (cP)} and dimension 1's kernel gradient through
     * {@code G_K1 = 0.5 N_2 K_1^-1 - 0.5 A V_1^T - sym(R_1 V_1^T)}, {@code G_D1 = (cP) V_1^T}.
     */
    private void backwardX() {
        GridAxis ax1 = axes[0];
        products.multTransA(ax1.d, cp, t1);
        ax1.solveLeft(t1, r1, resX, corX);
        addScaled(0.5, a, r1, resX);
        products.multTransB(resX, v1, tmp1);
        combine(gK1, tmp1, ax1.kinv, 0.5 * n2, n1);
        products.multTransB(cp, v1, gD1);
        ax1.contract(gK1, gD1, kernelGrad1);
    }

    /**
     * {@code R_2 = P D_y K_2^-1} and dimension 2's kernel gradient through
     * {@code G_K2 = 0.5 N_1 K_2^-1 - 0.5 A^T W_2 - sym(W_2^T R_2)}, {@code G_D2 = P^T W_2}.
     */
    private void backwardY() {
        GridAxis ax2 = axes[1];
        products.mult(p, ax2.d, t2);
        ax2.solveRight(t2, r2, resY, corY);
        addScaled(0.5, a, r2, resY);
        products.multTransA(w2, resY, tmp2);
        combine(gK2, tmp2, ax2.kinv, 0.5 * n1, n2);
        products.multTransA(p, w2, gD2);
        ax2.contract(gK2, gD2, kernelGrad2);
    }

    /**
     * {@code g = s K^-1 - sym(t)}, {@code sym(t) = (t + t^T) / 2}. The kernel gradients take this form because
     * {@code A V_1^T} (and {@code A^T W_2}) is symmetric, so that {@code 0.5 A V_1^T + sym(R V_1^T)} is
     * {@code sym((0.5 A + R) V_1^T)}: one product instead of two.
     */
    private static void combine(DMatrixRMaj g, DMatrixRMaj t, DMatrixRMaj kinv, double s, int n) {
        double[] gv = g.data;
        double[] tv = t.data;
        double[] kv = kinv.data;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int ij = i * n + j;
                gv[ij] = s * kv[ij] - 0.5 * (tv[ij] + tv[j * n + i]);
            }
        }
    }

    /** {@code out = c a + b} elementwise. */
    private static void addScaled(double c, DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj out) {
        double[] av = a.data;
        double[] bv = b.data;
        double[] ov = out.data;
        for (int i = 0; i < ov.length; i++) {
            ov[i] = c * av[i] + bv[i];
        }
    }

    /**
     * The posterior mean at test points: 1-D {@code k(x*, X) K^-1 u}; 2-D
     * {@code K_1(x*, X_1) K_1^-1 U K_2^-1 K_2(X_2, y*)}, row-major {@code [T_1, T_2]}. Uses the current parameters.
     * The solves with K_j are refined iteratively ({@code X += K^-1 (B - K X)}): late in a run K can have a condition
     * number of 1e11 or more, where the Toeplitz inverse alone loses accuracy that a backward-stable solve (the
     * reference's LU) keeps; on 2-D sin(6x)cos(20x) + sin(6y)cos(20y) after 1e6 steps the unrefined prediction's error
     * was 3.2e-2, the refined one's 1.1e-2, the same as dense LU with refined residuals. Allocates; for checkpoints.
     */
    public double[] predict(double[]... testAxes) {
        for (int j = 0; j < d; j++) {
            axes[j].update(params, kernelOffset[j]);
        }
        System.arraycopy(params, 0, u.data, 0, m);
        axes[0].solveLeft(u, v1, resX, corX, REFINEMENTS);
        if (d == 2) {
            axes[1].solveRight(v1, a, resX, corX, REFINEMENTS);
        } else {
            a.setTo(v1);
        }
        DMatrixRMaj c1 = axes[0].kernel.crossCovariance(testAxes[0], problem.axis(0), null);
        DMatrixRMaj left = new DMatrixRMaj(c1.numRows, n2);
        CommonOps_DDRM.mult(c1, a, left);
        if (d == 1) {
            return left.data;
        }
        DMatrixRMaj c2 = axes[1].kernel.crossCovariance(testAxes[1], problem.axis(1), null);
        DMatrixRMaj out = new DMatrixRMaj(c1.numRows, c2.numRows);
        CommonOps_DDRM.multTransB(left, c2, out);
        return out.data;
    }

    /**
     * The posterior mean at the grid nodes (row-major, a new array), {@code (K_1 - delta_1 I) K_1^-1 U K_2^-1
     * (K_2 - delta_2 I)}, which differs from U by the jitter delta_j's pull: 1-D {@code U - delta V_1}, 2-D
     * {@code U - delta_1 V_1 - delta_2 W_2 + delta_1 delta_2 A}. Solves refined as in {@link #predict}. Allocates.
     */
    public double[] posteriorMeanOnGrid() {
        for (int j = 0; j < d; j++) {
            axes[j].update(params, kernelOffset[j]);
        }
        System.arraycopy(params, 0, u.data, 0, m);
        axes[0].solveLeft(u, v1, resX, corX, REFINEMENTS);
        double d1 = axes[0].diagonal;
        double[] out = new double[m];
        if (d == 1) {
            for (int i = 0; i < m; i++) {
                out[i] = u.data[i] - d1 * v1.data[i];
            }
            return out;
        }
        double d2 = axes[1].diagonal;
        axes[1].solveRight(u, w2, resX, corX, REFINEMENTS);
        axes[1].solveRight(v1, a, resX, corX, REFINEMENTS);
        for (int i = 0; i < m; i++) {
            out[i] = u.data[i] - d1 * v1.data[i] - d2 * w2.data[i] + d1 * d2 * a.data[i];
        }
        return out;
    }

    /**
     * The linear differential part of the residual at the current parameters, on every grid node (row-major, a new
     * array): {@code L U = c D_x K_1^-1 U (+ U K_2^-1 D_y^T)}, so that the residual is {@code H = L U - F} for Poisson
     * and advection (Allen-Cahn adds {@code U(U^2 - 1)}). In 1-D Poisson it is {@code u_xx = D_2 K^-1 u}, the
     * conditional mean of u'' at the nodes given the grid values, with the solves refined as in training, so that it
     * is the operator the training loss saw. With the fit on the mean ({@link #setFitOnMean}) it is m's:
     * {@code c D_x A K_2c + K_1c A D_y^T}. Allocates; meant for freezing a trained model (see {@link ExtraGp}), not
     * for the training loop.
     */
    public double[] linearOperatorOnGrid() {
        if (fitOnMean) {
            forwardOnMean();
            double[] out = new double[m];
            for (int i = 0; i < m; i++) {
                out[i] = c * x.data[i] + (d == 2 ? y.data[i] : 0);
            }
            return out;
        }
        for (int j = 0; j < d; j++) {
            axes[j].update(params, kernelOffset[j]);
        }
        DMatrixRMaj values = DMatrixRMaj.wrap(n1, n2, java.util.Arrays.copyOf(params, m));
        DMatrixRMaj solved = new DMatrixRMaj(n1, n2);
        DMatrixRMaj out = new DMatrixRMaj(n1, n2);
        axes[0].solveLeft(values, solved, resX, corX);
        CommonOps_DDRM.mult(c, axes[0].d, solved, out);
        if (d == 2) {
            axes[1].solveRight(values, solved, resX, corX);
            CommonOps_DDRM.multAddTransB(solved, axes[1].d, out);
        }
        return out.data;
    }
}
