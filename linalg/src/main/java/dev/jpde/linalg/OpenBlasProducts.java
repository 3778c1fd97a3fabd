package dev.jpde.linalg;

import org.bytedeco.openblas.global.openblas_nolapack;
import org.ejml.data.DMatrixRMaj;

/**
 * {@link MatrixProducts} by OpenBLAS {@code cblas_dgemm} (row-major, {@code alpha = 1}, {@code beta = 0}) on the
 * matrices' backing arrays, through the JavaCPP presets. JavaCPP copies each backing array whole into native
 * memory and back per call (O(n^2) against the product's O(n^3)). OpenBLAS's thread count is process-wide:
 * {@link #setThreads(int)}.
 */
final class OpenBlasProducts implements MatrixProducts {
    static final OpenBlasProducts INSTANCE = new OpenBlasProducts();

    private OpenBlasProducts() {
    }

    /** Loads the native library and checks one product; throws whatever the loader throws if it cannot. */
    static OpenBlasProducts load() {
        double[] a = {1, 2, 3, 4};
        double[] b = {5, 6, 7, 8};
        double[] c = new double[4];
        gemm(false, false, 2, 2, 2, a, 2, b, 2, c);
        if (c[0] != 19 || c[1] != 22 || c[2] != 43 || c[3] != 50) {
            throw new IllegalStateException("OpenBLAS dgemm self-check failed");
        }
        return INSTANCE;
    }

    /** Sets OpenBLAS's (process-wide) thread count. */
    static void setThreads(int threads) {
        org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(threads);
    }

    @Override
    public void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        check(a.numCols, b.numRows, a.numRows, b.numCols, c);
        gemm(false, false, a.numRows, b.numCols, a.numCols, a.data, a.numCols, b.data, b.numCols, c.data);
    }

    @Override
    public void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        check(a.numRows, b.numRows, a.numCols, b.numCols, c);
        gemm(true, false, a.numCols, b.numCols, a.numRows, a.data, a.numCols, b.data, b.numCols, c.data);
    }

    @Override
    public void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        check(a.numCols, b.numCols, a.numRows, b.numRows, c);
        gemm(false, true, a.numRows, b.numRows, a.numCols, a.data, a.numCols, b.data, b.numCols, c.data);
    }

    @Override
    public String name() {
        return "openblas";
    }

    private static void check(int inner1, int inner2, int rows, int cols, DMatrixRMaj c) {
        if (inner1 != inner2) {
            throw new IllegalArgumentException("inner dimensions differ: " + inner1 + " vs " + inner2);
        }
        if (c.numRows != rows || c.numCols != cols) {
            throw new IllegalArgumentException("output must be " + rows + " x " + cols + ", got "
                    + c.numRows + " x " + c.numCols);
        }
    }

    private static void gemm(boolean transA, boolean transB, int m, int n, int k, double[] a, int lda, double[] b,
            int ldb, double[] c) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            java.util.Arrays.fill(c, 0, m * n, 0.0);
            return;
        }
        openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor,
                transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                m, n, k, 1.0, a, lda, b, ldb, 0.0, c, n);
    }
}
