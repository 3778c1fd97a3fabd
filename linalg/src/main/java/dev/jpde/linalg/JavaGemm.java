package dev.jpde.linalg;

/**
 * {@link Gemm} in plain Java: for each row of C, {@code C[i,:] = beta C[i,:] + alpha sum_l op(A)[i,l] op(B)[l,:]}
 * with the inner loop over a contiguous row of B when B is not transposed (which the JIT vectorises), and dot
 * products otherwise. Stateless; the fallback where OpenBLAS does not load.
 */
final class JavaGemm implements Gemm {

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int aOffset,
            int lda, double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        GemmChecks.check(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        if (m == 0 || n == 0) {
            return;
        }
        GemmChecks.scale(m, n, beta, c, cOffset, ldc);
        for (int i = 0; i < m; i++) {
            int ci = cOffset + i * ldc;
            for (int l = 0; l < k; l++) {
                double ail = alpha * (transA ? a[aOffset + l * lda + i] : a[aOffset + i * lda + l]);
                if (ail == 0.0) {
                    continue;
                }
                if (!transB) {
                    int bl = bOffset + l * ldb;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += ail * b[bl + j];
                    }
                } else {
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += ail * b[bOffset + j * ldb + l];
                    }
                }
            }
        }
    }

    @Override
    public String name() {
        return "java";
    }
}
