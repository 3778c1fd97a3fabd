package dev.jpde.gp.kron;

import org.ejml.data.DMatrixRMaj;

/**
 * A symmetric positive definite Toeplitz matrix {@code T_ij = t_|i-j|} (a stationary kernel on a uniform grid) handled
 * in O(n^2) instead of O(n^3):
 *
 * <ul>
 *   <li>Levinson-Durbin gives the prediction-error filter {@code a} ({@code a_0 = 1}) with {@code T a = beta e_1},
 *       hence the first column {@code x = a / beta} of {@code T^-1}, and {@code log det T = sum_k log beta_k};</li>
 *   <li>the Gohberg-Semencul formula {@code T^-1 = (L(x) L(x)^T - L(z) L(z)^T) / x_0},
 *       {@code z = (0, x_{n-1}, ..., x_1)}, {@code L(v)} lower-triangular Toeplitz with first column v, gives every
 *       entry by the recurrence {@code B_{i+1,j+1} = B_{ij} + (x_{i+1} x_{j+1} - z_{i+1} z_{j+1}) / x_0}, and the
 *       diagonal (lag) sums {@code s_l = sum_j B_{j+l,j} = (1/x_0) sum_m (n-l-m)(x_m x_{m+l} - z_m z_{m+l})}.</li>
 * </ul>
 *
 * Levinson-Durbin is as accurate as Cholesky for SPD Toeplitz matrices (Cybenko 1980); if a prediction error stops
 * being positive (a numerically indefinite matrix), {@link #factor} returns false and callers fall back to
 * {@link SpdFactor} with jitter escalation.
 */
public final class ToeplitzSpd {
    private final int n;
    private final double[] a;
    private final double[] prev;
    private final double[] x;
    private final double[] z;
    private final double[] lx;
    private final double[] lz;
    private double logDet;

    public ToeplitzSpd(int n) {
        this.n = n;
        this.a = new double[n];
        this.prev = new double[n];
        this.x = new double[n];
        this.z = new double[n];
        this.lx = new double[n];
        this.lz = new double[n];
    }

    public int size() {
        return n;
    }

    /**
     * Factors the matrix with first row {@code t} (length n).
     *
     * @return false if it is not numerically positive definite (some prediction error <= 0)
     */
    public boolean factor(double[] t) {
        double beta = t[0];
        if (!(beta > 0) || !Double.isFinite(beta)) {
            return false;
        }
        double ld = Math.log(beta);
        java.util.Arrays.fill(a, 0.0);
        a[0] = 1.0;
        for (int k = 1; k < n; k++) {
            double acc = t[k];
            for (int j = 1; j < k; j++) {
                acc += a[j] * t[k - j];
            }
            double kappa = -acc / beta;
            System.arraycopy(a, 0, prev, 0, k);
            for (int j = 1; j < k; j++) {
                a[j] = prev[j] + kappa * prev[k - j];
            }
            a[k] = kappa;
            beta *= 1 - kappa * kappa;
            if (!(beta > 0) || !Double.isFinite(beta)) {
                return false;
            }
            ld += Math.log(beta);
        }
        logDet = ld;
        for (int i = 0; i < n; i++) {
            x[i] = a[i] / beta;
        }
        z[0] = 0;
        for (int i = 1; i < n; i++) {
            z[i] = x[n - i];
        }
        return true;
    }

    /** {@code log det T}. */
    public double logDet() {
        return logDet;
    }

    /** Writes {@code T^-1} into {@code out} (n x n), O(n^2). */
    public void inverse(DMatrixRMaj out) {
        out.reshape(n, n);
        double[] b = out.data;
        double x0 = x[0];
        for (int i = 0; i < n; i++) {
            b[i * n] = x[i];
            b[i] = x[i];
        }
        for (int i = 1; i < n; i++) {
            for (int j = 1; j <= i; j++) {
                double v = b[(i - 1) * n + (j - 1)] + (x[i] * x[j] - z[i] * z[j]) / x0;
                b[i * n + j] = v;
                b[j * n + i] = v;
            }
        }
    }

    /** Writes the lag sums {@code s_l = sum_j (T^-1)_{j+l, j}}, l = 0..n-1, into {@code out}. */
    public void inverseLagSums(double[] out) {
        double x0 = x[0];
        for (int l = 0; l < n; l++) {
            double s = 0;
            for (int m = 0; m + l < n; m++) {
                s += (n - l - m) * (x[m] * x[m + l] - z[m] * z[m + l]);
            }
            out[l] = s / x0;
        }
    }

    /** Solves {@code T y = b} by the Gohberg-Semencul product, O(n^2); b and y may alias. */
    public void solve(double[] b, double[] y) {
        // (L(v)^T b)_k = sum_{i >= k} v_{i-k} b_i, then y = (L(x) lx - L(z) lz) / x0
        for (int k = 0; k < n; k++) {
            double sx = 0;
            double sz = 0;
            for (int i = k; i < n; i++) {
                sx += x[i - k] * b[i];
                sz += z[i - k] * b[i];
            }
            lx[k] = sx;
            lz[k] = sz;
        }
        double x0 = x[0];
        for (int i = n - 1; i >= 0; i--) {
            double s = 0;
            for (int k = 0; k <= i; k++) {
                s += x[i - k] * lx[k] - z[i - k] * lz[k];
            }
            y[i] = s / x0;
        }
    }
}
