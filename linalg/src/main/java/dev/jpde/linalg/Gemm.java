package dev.jpde.linalg;

/**
 * General matrix product on row-major blocks of plain arrays, BLAS {@code dgemm} semantics:
 * <pre>
 *   C = alpha op(A) op(B) + beta C,   op(X) = X or X^T,
 * </pre>
 * with {@code op(A)} m x k, {@code op(B)} k x n and C m x n, each block starting at its offset with its leading
 * dimension (the distance between consecutive rows). With {@code beta = 0}, C's previous contents are ignored (NaN
 * included). C must not overlap A or B.
 *
 * <p>An instance keeps small per-call state (the native implementation caches its array views), so it is
 * <b>not thread-safe</b>: give each thread its own ({@link #create()}). Calls allocate nothing as long as the same
 * arrays are passed again.
 */
public interface Gemm {

    void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int aOffset, int lda,
            double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc);

    /** {@code openblas} or {@code java}. */
    String name();

    /** A new instance of the fastest implementation available (OpenBLAS unless {@code -Djpde.blas=java}). */
    static Gemm create() {
        return MatrixProducts.best() instanceof OpenBlasProducts ? new OpenBlasGemm() : new JavaGemm();
    }

    /** A new pure-Java instance (a cache-friendly loop nest; the fallback, and a reference for tests). */
    static Gemm java() {
        return new JavaGemm();
    }
}
