package dev.jpde.gp.kron;

import org.ejml.data.DMatrixRMaj;

/**
 * A covariance {@code C = K_1 ⊗ ... ⊗ K_d} over a tensor-product grid of shape {@code (M_1, ..., M_d)}, held as its
 * factors and their inverses: {@code C^{-1} vec(U) = U x_1 K_1^{-1} ... x_d K_d^{-1}},
 * {@code C vec(U) = U x_1 K_1 ... x_d K_d}, {@code log det C = sum_j (M / M_j) log det K_j}. Nothing of size M^2 is
 * ever formed. Call {@link #update} after changing the factor matrices.
 */
public final class KroneckerCovariance {
    private final int[] shape;
    private final int size;
    private final DMatrixRMaj[] factors;
    private final DMatrixRMaj[] inverses;
    private final SpdFactor[] cholesky;
    private final double[] work;

    /** @param factors the matrices K_j (held by reference; call {@link #update} when they change) */
    public KroneckerCovariance(DMatrixRMaj... factors) {
        this.factors = factors.clone();
        this.shape = new int[factors.length];
        for (int j = 0; j < factors.length; j++) {
            shape[j] = factors[j].numRows;
        }
        this.size = Tensors.size(shape);
        this.inverses = new DMatrixRMaj[factors.length];
        this.cholesky = new SpdFactor[factors.length];
        for (int j = 0; j < factors.length; j++) {
            inverses[j] = new DMatrixRMaj(shape[j], shape[j]);
            cholesky[j] = new SpdFactor(shape[j]);
        }
        this.work = new double[size];
    }

    /** Refactors every K_j and recomputes its inverse. */
    public void update() {
        for (int j = 0; j < factors.length; j++) {
            cholesky[j].factor(factors[j]);
            cholesky[j].invert(inverses[j]);
        }
    }

    public int[] shape() {
        return shape.clone();
    }

    public int size() {
        return size;
    }

    /** {@code K_j^{-1}} (read only; valid after {@link #update}). */
    public DMatrixRMaj inverse(int j) {
        return inverses[j];
    }

    /** The Cholesky factor of {@code K_j}. */
    public SpdFactor factor(int j) {
        return cholesky[j];
    }

    /** {@code log det C = sum_j (M / M_j) log det K_j}. */
    public double logDet() {
        double s = 0;
        for (int j = 0; j < shape.length; j++) {
            s += (double) size / shape[j] * cholesky[j].logDet();
        }
        return s;
    }

    /** {@code out = C^{-1} vec(u)}; out must not alias u. */
    public void solve(double[] u, double[] out) {
        apply(inverses, u, out);
    }

    /** {@code out = C vec(u)}; out must not alias u. */
    public void multiply(double[] u, double[] out) {
        apply(factors, u, out);
    }

    /** {@code vec(u)^T C^{-1} vec(u)}, using {@code scratch} (length M) for {@code C^{-1} u}. */
    public double quadraticForm(double[] u, double[] scratch) {
        solve(u, scratch);
        double s = 0;
        for (int i = 0; i < size; i++) {
            s += u[i] * scratch[i];
        }
        return s;
    }

    private void apply(DMatrixRMaj[] mats, double[] u, double[] out) {
        int d = shape.length;
        // alternate between out and work so that the last product lands in out
        double[] src = u;
        for (int j = 0; j < d; j++) {
            double[] dst = ((d - 1 - j) % 2 == 0) ? out : work;
            Tensors.modeProduct(src, shape, j, mats[j], dst);
            src = dst;
        }
    }
}
