package dev.jpde.gp.kernel;

import org.ejml.data.DMatrixRMaj;

/**
 * The kernel matrices of one {@link MixtureKernel1d} on a uniform grid {@code x_i = x_0 + i h}, {@code i < n}:
 * <pre>
 *   K_ij  = k(x_i - x_j) + jitter delta_ij     (symmetric)
 *   D1_ij = k'(x_i - x_j)  = cov(u'(x_i), u(x_j))   (antisymmetric, zero diagonal)
 *   D2_ij = k''(x_i - x_j) = cov(u''(x_i), u(x_j))  (symmetric, diagonal k''(0))
 * </pre>
 * All three (and their parameter derivatives) depend on i - j only, so they are Toeplitz: the kernel is evaluated at
 * the n non-negative lags {@code m h} and mirrored to the 2n-1 signed lags by parity (k, k'' even, k' odd), which
 * also makes the symmetries exact in floating point. Matrices are EJML {@link DMatrixRMaj} (row-major), owned by the
 * caller.
 *
 * <p><b>Lag reduction.</b> For weight matrices G (for example the G_K, G_D of the GP-HM gradient, spec section 4),
 * {@code <G_K, dK/dtheta> + <G_D1, dD1/dtheta> + <G_D2, dD2/dtheta>} (Frobenius products) equals
 * {@code sum_{m >= 0} E^K_m dk(mh)/dtheta + O^D1_m dk'(mh)/dtheta + E^D2_m dk''(mh)/dtheta}, where
 * {@code s_m = sum_{i-j=m} G_ij} are the diagonal sums, {@code E_0 = s_0}, {@code E_m = s_m + s_{-m}} and
 * {@code O_m = s_m - s_{-m}} (m > 0). That costs O(n^2) for the sums plus O(n Q) kernel evaluations, instead of
 * O(n^2 Q). The jitter does not depend on theta.
 *
 * <p>Workspaces are sized in the constructor; {@link #fill} and {@link #contract} do not allocate (unless a target
 * matrix must grow). Not thread-safe.
 */
public final class UniformGridKernelMatrices {
    /** The jitter GP-HM adds to the diagonal of every training kernel matrix. */
    public static final double DEFAULT_JITTER = 1e-6;

    private final MixtureKernel1d kernel;
    private final int n;
    private final double spacing;
    private final double jitter;
    private final double[] lags;
    private final double[] kLag;
    private final double[] d1Lag;
    private final double[] d2Lag;
    private final double[] table;
    private final double[] diagSums;
    private final double[] foldK;
    private final double[] foldD1;
    private final double[] foldD2;

    /** Matrices of size n x n for grid spacing h and the default jitter. */
    public UniformGridKernelMatrices(MixtureKernel1d kernel, int n, double spacing) {
        this(kernel, n, spacing, DEFAULT_JITTER);
    }

    /** Matrices of size n x n for grid spacing h, adding {@code jitter} to the diagonal of K. */
    public UniformGridKernelMatrices(MixtureKernel1d kernel, int n, double spacing, double jitter) {
        if (n < 1) {
            throw new IllegalArgumentException("grid size must be positive: " + n);
        }
        this.kernel = kernel;
        this.n = n;
        this.spacing = spacing;
        this.jitter = jitter;
        lags = new double[n];
        for (int m = 0; m < n; m++) {
            lags[m] = m * spacing;
        }
        kLag = new double[n];
        d1Lag = new double[n];
        d2Lag = new double[n];
        table = new double[2 * n - 1];
        diagSums = new double[2 * n - 1];
        foldK = new double[n];
        foldD1 = new double[n];
        foldD2 = new double[n];
    }

    public MixtureKernel1d kernel() {
        return kernel;
    }

    /** The number of grid points n. */
    public int size() {
        return n;
    }

    public double spacing() {
        return spacing;
    }

    public double jitter() {
        return jitter;
    }

    /**
     * Fills K (with jitter), D1 and D2 at the kernel's current parameters. Each non-null argument is reshaped to
     * n x n and overwritten; a null argument is skipped (and its lag values are not computed).
     */
    public void fill(DMatrixRMaj k, DMatrixRMaj d1, DMatrixRMaj d2) {
        kernel.evaluate(lags, n, k == null ? null : kLag, d1 == null ? null : d1Lag, d2 == null ? null : d2Lag);
        if (k != null) {
            fillToeplitz(kLag, 1, k);
            double[] a = k.data;
            for (int i = 0; i < n; i++) {
                a[i * n + i] += jitter;
            }
        }
        if (d1 != null) {
            fillToeplitz(d1Lag, -1, d1);
        }
        if (d2 != null) {
            fillToeplitz(d2Lag, 1, d2);
        }
    }

    /**
     * Writes {@code out_ij = f((i - j) h)} for a function known at the non-negative lags, with parity +1 (even) or
     * -1 (odd). table[p] holds the signed lag {@code (n - 1 - p) h}, so row i is table[n-1-i .. 2n-2-i].
     */
    private void fillToeplitz(double[] lagValues, int parity, DMatrixRMaj out) {
        out.reshape(n, n);
        for (int m = 0; m < n; m++) {
            table[n - 1 - m] = lagValues[m];
            table[n - 1 + m] = parity * lagValues[m];
        }
        double[] a = out.data;
        for (int i = 0; i < n; i++) {
            System.arraycopy(table, n - 1 - i, a, i * n, n);
        }
    }

    /**
     * For every kernel parameter theta, {@code grad[theta] = <gK, dK/dtheta> + <gD1, dD1/dtheta> + <gD2, dD2/dtheta>}
     * (Frobenius products, parameter layout of {@link MixtureKernel1d}; grad is overwritten). A null weight matrix
     * contributes nothing. Cost O(n^2 + n Q).
     */
    public void contract(DMatrixRMaj gK, DMatrixRMaj gD1, DMatrixRMaj gD2, double[] grad) {
        if (gK != null) {
            fold(gK, 1, foldK);
        }
        if (gD1 != null) {
            fold(gD1, -1, foldD1);
        }
        if (gD2 != null) {
            fold(gD2, 1, foldD2);
        }
        kernel.contractParameterDerivatives(lags, n, gK == null ? null : foldK, gD1 == null ? null : foldD1,
                gD2 == null ? null : foldD2, grad);
    }

    /**
     * Diagonal sums of g folded onto the non-negative lags: {@code out[m] = s_m + parity s_{-m}} (m > 0),
     * {@code out[0] = s_0}, with {@code s_m = sum_{i-j=m} g_ij}. Accumulated by rows so that the inner loop is
     * contiguous: diagSums[p] collects the diagonal i - j = n - 1 - p.
     */
    private void fold(DMatrixRMaj g, int parity, double[] out) {
        if (g.numRows != n || g.numCols != n) {
            throw new IllegalArgumentException("weight matrix must be " + n + " x " + n + ", got "
                    + g.numRows + " x " + g.numCols);
        }
        double[] s = diagSums;
        java.util.Arrays.fill(s, 0.0);
        double[] a = g.data;
        for (int i = 0; i < n; i++) {
            int off = n - 1 - i;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                s[off + j] += a[row + j];
            }
        }
        out[0] = s[n - 1];
        for (int m = 1; m < n; m++) {
            out[m] = s[n - 1 - m] + parity * s[n - 1 + m];
        }
    }
}
