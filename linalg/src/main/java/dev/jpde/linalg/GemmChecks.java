package dev.jpde.linalg;

/** Argument checks and the {@code beta} scaling shared by the {@link Gemm} implementations. */
final class GemmChecks {
    private GemmChecks() {
    }

    static void check(boolean transA, boolean transB, int m, int n, int k, double[] a, int aOffset, int lda,
            double[] b, int bOffset, int ldb, double[] c, int cOffset, int ldc) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("negative dimension: m " + m + ", n " + n + ", k " + k);
        }
        int aRows = transA ? k : m;
        int aCols = transA ? m : k;
        int bRows = transB ? n : k;
        int bCols = transB ? k : n;
        block("A", a, aOffset, lda, aRows, aCols);
        block("B", b, bOffset, ldb, bRows, bCols);
        block("C", c, cOffset, ldc, m, n);
    }

    private static void block(String name, double[] x, int offset, int ld, int rows, int cols) {
        if (rows == 0 || cols == 0) {
            return;
        }
        if (ld < Math.max(1, cols) || offset < 0 || offset + (long) (rows - 1) * ld + cols > x.length) {
            throw new IllegalArgumentException(name + ": a " + rows + " x " + cols + " block at offset " + offset
                    + " with leading dimension " + ld + " does not fit an array of " + x.length);
        }
    }

    /** {@code C = beta C} on the m x n block (beta = 0 writes zeros, discarding NaN). */
    static void scale(int m, int n, double beta, double[] c, int cOffset, int ldc) {
        if (beta == 1.0) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int ci = cOffset + i * ldc;
            for (int j = 0; j < n; j++) {
                c[ci + j] = beta == 0.0 ? 0.0 : beta * c[ci + j];
            }
        }
    }
}
