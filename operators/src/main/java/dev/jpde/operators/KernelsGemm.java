package dev.jpde.operators;

import dev.jpde.linalg.Gemm;
import java.util.Arrays;

/**
 * {@link Gemm} in plain Java on the vectorisable updates of {@link Kernels}: the fallback of the fused
 * FNO passes where OpenBLAS is not available ({@code dev.jpde.linalg}'s own Java product is a loop nest
 * over offsets that C2 does not vectorise, about ten times slower on the network's shapes). {@code op(B)}
 * is packed, at most {@value #TILE} columns at a time, into zero-offset rows, and each row of that block
 * of C is one {@link Kernels#combine} over them. Allocation-free once its rows have grown to the shapes
 * in use; not thread-safe.
 */
final class KernelsGemm implements Gemm {

    private static final int TILE = 256;

    private double[][] rows = new double[0][];
    private final double[] acc = new double[TILE];

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int aOffset,
                     int lda, double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("negative dimension: m " + m + ", n " + n + ", k " + k);
        }
        ensureRows(k, Math.min(TILE, n));
        for (int j0 = 0; j0 < n; j0 += TILE) {
            int len = Math.min(TILE, n - j0);
            if (!transB) {
                for (int l = 0; l < k; l++) {
                    System.arraycopy(b, bOffset + l * ldb + j0, rows[l], 0, len);
                }
            } else {
                for (int j = 0; j < len; j++) {
                    int at = bOffset + (j0 + j) * ldb;
                    for (int l = 0; l < k; l++) {
                        rows[l][j] = b[at + l];
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                Arrays.fill(acc, 0, len, 0.0);
                if (transA) {
                    Kernels.combine(acc, len, a, aOffset + i, lda, rows, 0, k);
                } else {
                    Kernels.combine(acc, len, a, aOffset + i * lda, 1, rows, 0, k);
                }
                int ci = cOffset + i * ldc + j0;
                if (beta == 0.0) {
                    for (int j = 0; j < len; j++) {
                        c[ci + j] = alpha * acc[j];
                    }
                } else {
                    for (int j = 0; j < len; j++) {
                        c[ci + j] = beta * c[ci + j] + alpha * acc[j];
                    }
                }
            }
        }
    }

    /** Grows the packed rows to at least {@code k} rows of {@code len} values (rows are grown one by one). */
    private void ensureRows(int k, int len) {
        if (rows.length < k) {
            rows = Arrays.copyOf(rows, k);
        }
        for (int l = 0; l < k; l++) {
            if (rows[l] == null || rows[l].length < len) {
                rows[l] = new double[len];
            }
        }
    }

    @Override
    public String name() {
        return "java-kernels";
    }
}
