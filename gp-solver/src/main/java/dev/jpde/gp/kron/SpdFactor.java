package dev.jpde.gp.kron;

import dev.jpde.linalg.Cholesky;
import java.lang.System.Logger.Level;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionInner_DDRM;
import org.ejml.dense.row.linsol.chol.LinearSolverChol_DDRM;

/**
 * The Cholesky factor {@code L L^T = A + delta I} of a symmetric positive (semi-)definite matrix (LAPACK through
 * {@link Cholesky} where OpenBLAS loads, EJML otherwise), with
 * solves, the inverse and {@code log det}. If the factorisation fails (A numerically singular or slightly indefinite,
 * as kernel matrices on fine grids are), the extra diagonal {@code delta} escalates tenfold from
 * {@code 1e-12 * mean(diag A)} until it succeeds, and each escalation is logged (logger {@code dev.jpde.gp.kron});
 * {@link #extraJitter()} reports what was added. Workspaces are sized once.
 */
public final class SpdFactor {
    private static final System.Logger LOG = System.getLogger("dev.jpde.gp.kron");
    private static final int MAX_ESCALATIONS = 14;

    private final int n;
    private final DMatrixRMaj shifted;
    private final CholeskyDecompositionInner_DDRM chol;
    private final LinearSolverChol_DDRM solver;
    private final DMatrixRMaj rhs;
    private final DMatrixRMaj sol;
    private final boolean lapack = Cholesky.available();
    private double logDet;
    private double extraJitter;

    public SpdFactor(int n) {
        this.n = n;
        this.shifted = new DMatrixRMaj(n, n);
        this.chol = new CholeskyDecompositionInner_DDRM(true);
        this.solver = new LinearSolverChol_DDRM(chol);
        this.rhs = new DMatrixRMaj(n, 1);
        this.sol = new DMatrixRMaj(n, 1);
    }

    public int size() {
        return n;
    }

    /**
     * Factors {@code a} (not modified), escalating an extra diagonal if needed.
     *
     * @throws ArithmeticException if no extra diagonal up to {@code 1e2 * mean(diag A)} makes it factorisable
     */
    public void factor(DMatrixRMaj a) {
        if (a.numRows != n || a.numCols != n) {
            throw new IllegalArgumentException("expected a " + n + "x" + n + " matrix, got " + a.numRows + "x" + a.numCols);
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += a.unsafe_get(i, i);
        }
        mean = Math.abs(mean / n);
        double delta = 0;
        for (int attempt = 0; attempt <= MAX_ESCALATIONS; attempt++) {
            shifted.setTo(a);
            for (int i = 0; i < n && delta > 0; i++) {
                shifted.unsafe_set(i, i, shifted.unsafe_get(i, i) + delta);
            }
            if (lapack ? Cholesky.factor(shifted.data, n) && logDetOf(shifted) : solver.setA(shifted) && logDetOf(chol.getT())) {
                extraJitter = delta;
                final double extra = delta;
                if (delta > 0) {
                    LOG.log(Level.INFO, () -> String.format("Cholesky of a %dx%d kernel matrix needed an extra diagonal of %.3e",
                            n, n, extra));
                }
                return;
            }
            delta = delta == 0 ? Math.max(1e-12 * mean, Double.MIN_NORMAL) : delta * 10;
        }
        throw new ArithmeticException("Cholesky failed for a " + n + "x" + n + " matrix even with an extra diagonal of "
                + delta / 10 + " (non-finite entries?)");
    }

    private boolean logDetOf(DMatrixRMaj l) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = l.unsafe_get(i, i);
            if (!(d > 0) || !Double.isFinite(d)) {
                return false;
            }
            s += Math.log(d);
        }
        logDet = 2 * s;
        return true;
    }

    /** {@code log det (A + delta I)}. */
    public double logDet() {
        return logDet;
    }

    /** The extra diagonal delta the last factorisation needed (0 when none). */
    public double extraJitter() {
        return extraJitter;
    }

    /** Solves {@code (A + delta I) x = b} for a vector; b and x may alias. */
    public void solve(double[] b, double[] x) {
        if (lapack) {
            System.arraycopy(b, 0, x, 0, n);
            Cholesky.solve(shifted.data, n, x, 1);
            return;
        }
        System.arraycopy(b, 0, rhs.data, 0, n);
        solver.solve(rhs, sol);
        System.arraycopy(sol.data, 0, x, 0, n);
    }

    /** Solves {@code (A + delta I) X = B} for a matrix of right-hand sides (B and X must differ). */
    public void solve(DMatrixRMaj b, DMatrixRMaj x) {
        if (lapack) {
            x.setTo(b);
            Cholesky.solve(shifted.data, n, x.data, x.numCols);
            return;
        }
        solver.solve(b, x);
    }

    /** Writes {@code (A + delta I)^{-1}} into {@code inverse}. */
    public void invert(DMatrixRMaj inverse) {
        inverse.reshape(n, n);
        if (lapack) {
            System.arraycopy(shifted.data, 0, inverse.data, 0, n * n);
            Cholesky.invert(inverse.data, n);
            return;
        }
        solver.invert(inverse);
    }
}
