package dev.jpde.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * The dense products a GP-HM step is made of, {@code C <- op(A) op(B)} with op the identity or the transpose, on
 * row-major {@link DMatrixRMaj}. C must already have the result's shape and must not alias A or B. Implementations
 * differ only in speed and in the last bits (summation order); every result agrees with the naive triple loop to
 * rounding.
 */
public interface MatrixProducts {

    /** {@code c = a b}. */
    void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c);

    /** {@code c = a^T b}. */
    void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c);

    /** {@code c = a b^T}. */
    void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c);

    /** A short name for logs and benchmarks ({@code openblas}, {@code ejml}). */
    String name();

    /**
     * The fastest implementation available: OpenBLAS where its native library loads, EJML otherwise or when the
     * system property {@code jpde.blas} is {@code java}.
     */
    static MatrixProducts best() {
        return Selection.BEST;
    }

    /**
     * Sets the number of threads the native (OpenBLAS) products use, process-wide; jpde starts it on one thread
     * (or {@code -Djpde.blas.threads=N}). Does nothing when the native library is not in use.
     */
    static void setNativeThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        if (best() instanceof OpenBlasProducts) {
            OpenBlasProducts.setThreads(threads);
        }
    }

    /** The pure-Java implementation (EJML). */
    static MatrixProducts java() {
        return EjmlProducts.INSTANCE;
    }
}
