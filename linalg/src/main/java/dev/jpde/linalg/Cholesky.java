package dev.jpde.linalg;

import org.bytedeco.openblas.global.openblas;

/**
 * Dense Cholesky factorisation, inverse and solves of symmetric positive definite matrices by LAPACK ({@code dpotrf},
 * {@code dpotri}, {@code dpotrs} from the OpenBLAS build), on row-major n x n arrays. Only the lower triangle of the
 * input is read; {@link #invert} writes the full symmetric inverse. Use {@link #available()} first: where OpenBLAS
 * does not load (or under {@code -Djpde.blas=java}) callers fall back to their own (EJML) path.
 *
 * <p>The lower triangle of a row-major array is the upper triangle of the same array read column-major, so the
 * factorisation and inverse call LAPACK column-major on 'U' and need no transposed copy (LAPACKE's row-major entry
 * points would make one per call).
 */
public final class Cholesky {
    private static final int ROW_MAJOR = 101;
    private static final int COL_MAJOR = 102;
    private static final byte LOWER = (byte) 'L';
    private static final byte UPPER = (byte) 'U';

    private Cholesky() {
    }

    /** Whether the LAPACK routines are in use (OpenBLAS loaded). */
    public static boolean available() {
        return MatrixProducts.best() instanceof OpenBlasProducts;
    }

    /**
     * Overwrites the lower triangle of {@code a} with L, {@code L L^T = A}.
     *
     * @return false when A is not (numerically) positive definite; a is then partly overwritten
     */
    public static boolean factor(double[] a, int n) {
        check(a, n);
        return openblas.LAPACKE_dpotrf(COL_MAJOR, UPPER, n, a, n) == 0;
    }

    /** Given L from {@link #factor} in {@code l}, writes the full symmetric {@code A^-1} into {@code l}. */
    public static void invert(double[] l, int n) {
        check(l, n);
        int info = openblas.LAPACKE_dpotri(COL_MAJOR, UPPER, n, l, n);
        if (info != 0) {
            throw new ArithmeticException("dpotri failed (info " + info + ") on a " + n + "x" + n + " factor");
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                l[i * n + j] = l[j * n + i];
            }
        }
    }

    /** Solves {@code A X = B} in place for {@code nrhs} right-hand sides (B row-major n x nrhs), given L. */
    public static void solve(double[] l, int n, double[] b, int nrhs) {
        check(l, n);
        if (b.length < (long) n * nrhs) {
            throw new IllegalArgumentException("right-hand sides need " + n + " x " + nrhs + " values");
        }
        int info = openblas.LAPACKE_dpotrs(ROW_MAJOR, LOWER, n, nrhs, l, n, b, nrhs);
        if (info != 0) {
            throw new ArithmeticException("dpotrs failed (info " + info + ")");
        }
    }

    private static void check(double[] a, int n) {
        if (n < 1 || a.length < (long) n * n) {
            throw new IllegalArgumentException("expected an " + n + " x " + n + " array, got " + a.length + " values");
        }
    }
}
