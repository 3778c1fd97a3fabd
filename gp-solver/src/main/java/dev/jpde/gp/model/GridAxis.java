package dev.jpde.gp.model;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.kernel.MixtureKernel1d;
import dev.jpde.gp.kernel.UniformGridKernelMatrices;
import dev.jpde.gp.kron.SpdFactor;
import dev.jpde.gp.kron.ToeplitzSpd;
import dev.jpde.linalg.MatrixProducts;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.mult.MatrixVectorMult_DDRM;

/**
 * One dimension of the GP-HM grid: its kernel, the matrices {@code K} (with jitter, and with any extra diagonal the
 * factorisation needed, so that {@code K} is the matrix {@code K^-1} inverts), the derivative matrix {@code D}
 * ({@code D1} or {@code D2}) and {@code K^-1}, refreshed from the kernel parameters by {@link #update()}. K is
 * symmetric Toeplitz on the uniform grid, so it is inverted in O(n^2) by Levinson-Durbin and Gohberg-Semencul; if
 * that breaks down (numerically indefinite K) a Cholesky with logged jitter escalation takes over.
 */
final class GridAxis {
    private static final System.Logger LOG = System.getLogger("dev.jpde.gp.kron");
    final int n;
    final MixtureKernel1d kernel;
    final UniformGridKernelMatrices matrices;
    final boolean firstOrder;
    final DMatrixRMaj k;
    final DMatrixRMaj d;
    final DMatrixRMaj kinv;
    private final ToeplitzSpd toeplitz;
    private final SpdFactor cholesky;
    private final double[] firstRow;
    double logDet;
    /** What K adds to the kernel's diagonal: the jitter plus any extra the factorisation needed. */
    double diagonal;
    long choleskyFallbacks;
    long jitterEscalations;
    /** Whether solves with K should be refined: the last inverse's probe residual exceeded {@link #REFINE_ABOVE}. */
    boolean refine;
    /** Relative probe residual {@code ||K (K^-1 e) - e||_inf} of the last inverse, e a fixed vector of +-1. */
    double inverseResidual;
    /** Updates whose inverse failed the probe, and the largest probe residual seen. */
    long refinedUpdates;
    double maxInverseResidual;
    private final DMatrixRMaj probe;
    private final DMatrixRMaj probeImage;
    private final DMatrixRMaj probeBack;
    private final MatrixProducts products;

    GridAxis(KernelFamily family, int components, double maxFrequency, int n, double spacing, boolean firstOrder,
            double jitter, MatrixProducts products) {
        this.n = n;
        this.products = products;
        this.kernel = MixtureKernel1d.initialised(family, components, maxFrequency);
        this.matrices = new UniformGridKernelMatrices(kernel, n, spacing, jitter);
        this.firstOrder = firstOrder;
        this.k = new DMatrixRMaj(n, n);
        this.d = new DMatrixRMaj(n, n);
        this.kinv = new DMatrixRMaj(n, n);
        this.toeplitz = new ToeplitzSpd(n);
        this.cholesky = new SpdFactor(n);
        this.firstRow = new double[n];
        this.probe = new DMatrixRMaj(n, 1);
        this.probeImage = new DMatrixRMaj(n, 1);
        this.probeBack = new DMatrixRMaj(n, 1);
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < n; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            probe.data[i] = (state >>> 63) == 0 ? 1.0 : -1.0;
        }
    }

    /**
     * Probe residual of K^-1 above which solves are refined. A backward-stable solve (the reference's LU) leaves a
     * residual near the rounding unit times the growth of the numbers; the Gohberg-Semencul inverse is only weakly
     * stable and on ill-conditioned kernels leaves far more (x sin(200x) at N = 900: enough to stall training at 1e-3).
     */
    static final double REFINE_ABOVE = 1e-12;

    /** Reads the kernel parameters from {@code params} at {@code offset} and recomputes K, D, K^-1, log det K. */
    void update(double[] params, int offset) {
        System.arraycopy(params, offset, kernel.parameters(), 0, kernel.parameterCount());
        if (firstOrder) {
            matrices.fill(k, d, null);
        } else {
            matrices.fill(k, null, d);
        }
        System.arraycopy(k.data, 0, firstRow, 0, n);
        double extra;
        if (factorToeplitz()) {
            toeplitz.inverse(kinv);
            logDet = toeplitz.logDet();
            extra = firstRow[0] - k.data[0];
        } else {
            choleskyFallbacks++;
            cholesky.factor(k);
            cholesky.invert(kinv);
            logDet = cholesky.logDet();
            extra = cholesky.extraJitter();
        }
        diagonal = matrices.jitter() + extra;
        if (extra != 0) {
            for (int i = 0; i < n; i++) {
                k.data[i * n + i] += extra;
            }
        }
        probeInverse();
    }

    /** Sets {@link #inverseResidual} and {@link #refine} from {@code K (K^-1 e) - e}: two O(n^2) products. */
    private void probeInverse() {
        MatrixVectorMult_DDRM.mult(kinv, probe, probeImage);
        MatrixVectorMult_DDRM.mult(k, probeImage, probeBack);
        double r = 0;
        for (int i = 0; i < n; i++) {
            r = Math.max(r, Math.abs(probeBack.data[i] - probe.data[i]));
        }
        inverseResidual = r;
        refine = !(r <= REFINE_ABOVE);
        if (refine) {
            refinedUpdates++;
        }
        maxInverseResidual = Math.max(maxInverseResidual, r);
    }

    /**
     * Levinson-Durbin on the first row; if a prediction error stops being positive (K numerically indefinite, as
     * happens when a component's length scale grows past the domain), retries with an extra diagonal escalating
     * tenfold from {@code 1e-12 K_00} up to {@code 1e-4 K_00} (counted; logged the 1st, 2nd, 4th, ... time). Staying
     * on the Toeplitz path matters: the Gohberg-Semencul inverse has a far smaller residual {@code ||K K^-1 - I||} on
     * these ill-conditioned matrices than an explicit inverse from a Cholesky factor (7e-5 vs 2.4 measured on the
     * x sin(200x) kernel at N = 900), and a poor inverse makes a poor gradient and a loss spike.
     */
    private boolean factorToeplitz() {
        if (toeplitz.factor(firstRow)) {
            return true;
        }
        double k00 = firstRow[0];
        for (double delta = 1e-12 * Math.abs(k00); delta <= 1e-4 * Math.abs(k00); delta *= 10) {
            firstRow[0] = k00 + delta;
            if (toeplitz.factor(firstRow)) {
                jitterEscalations++;
                if (Long.bitCount(jitterEscalations) == 1) { // the 1st, 2nd, 4th, 8th, ...: a log, not a flood
                    final double extra = delta;
                    final long count = jitterEscalations;
                    LOG.log(System.Logger.Level.INFO, () -> String.format("Levinson-Durbin on a %d-point kernel matrix "
                            + "needed an extra diagonal of %.3e (escalation %d on this axis)", n, extra, count));
                }
                return true;
            }
        }
        firstRow[0] = k00;
        return false;
    }

    /** {@code out[theta] = <gK, dK/dtheta> + <gD, dD/dtheta>} for this axis's kernel parameters (layout of the kernel). */
    void contract(DMatrixRMaj gK, DMatrixRMaj gD, double[] out) {
        if (firstOrder) {
            matrices.contract(gK, gD, null, out);
        } else {
            matrices.contract(gK, null, gD, out);
        }
    }

    /**
     * {@code X = K^-1 B} into xm, refined once if this axis's inverse failed its probe ({@link #refine}), with res and
     * cor as workspaces of B's shape.
     */
    void solveLeft(DMatrixRMaj b, DMatrixRMaj xm, DMatrixRMaj res, DMatrixRMaj cor) {
        solve(true, b, xm, res, cor, refine ? 1 : 0);
    }

    /**
     * {@code X = K^-1 B}, then {@code steps} steps of iterative refinement {@code X += K^-1 (B - K X)}: each brings the
     * solve closer to the accuracy of a backward-stable one (the reference's LU), which the weakly stable Toeplitz
     * inverse alone misses on ill-conditioned kernels.
     */
    void solveLeft(DMatrixRMaj b, DMatrixRMaj xm, DMatrixRMaj res, DMatrixRMaj cor, int steps) {
        solve(true, b, xm, res, cor, steps);
    }

    /** {@code X = B K^-1}, refined as {@link #solveLeft(DMatrixRMaj, DMatrixRMaj, DMatrixRMaj, DMatrixRMaj)}. */
    void solveRight(DMatrixRMaj b, DMatrixRMaj xm, DMatrixRMaj res, DMatrixRMaj cor) {
        solve(false, b, xm, res, cor, refine ? 1 : 0);
    }

    /** As {@link #solveLeft(DMatrixRMaj, DMatrixRMaj, DMatrixRMaj, DMatrixRMaj, int)} for {@code X = B K^-1}. */
    void solveRight(DMatrixRMaj b, DMatrixRMaj xm, DMatrixRMaj res, DMatrixRMaj cor, int steps) {
        solve(false, b, xm, res, cor, steps);
    }

    /** The refined solve from the left ({@code K^-1 B}) or from the right ({@code B K^-1}). */
    private void solve(boolean left, DMatrixRMaj b, DMatrixRMaj xm, DMatrixRMaj res, DMatrixRMaj cor, int steps) {
        apply(left, kinv, b, xm);
        for (int it = 0; it < steps; it++) {
            apply(left, k, xm, res);
            subtractFrom(b, res);
            apply(left, kinv, res, cor);
            CommonOps_DDRM.addEquals(xm, cor);
        }
    }

    /** {@code out = m x} (left) or {@code out = x m} (right). */
    private void apply(boolean left, DMatrixRMaj m, DMatrixRMaj x, DMatrixRMaj out) {
        if (left) {
            products.mult(m, x, out);
        } else {
            products.mult(x, m, out);
        }
    }

    /** {@code res = b - res} in place. */
    private static void subtractFrom(DMatrixRMaj b, DMatrixRMaj res) {
        double[] bv = b.data;
        double[] rv = res.data;
        for (int i = 0; i < rv.length; i++) {
            rv[i] = bv[i] - rv[i];
        }
    }
}
