package dev.jpde.linalg;

import java.nio.DoubleBuffer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * {@link Gemm} by OpenBLAS {@code cblas_dgemm}. Offsets are passed as the position of a heap {@link DoubleBuffer}
 * view of each array; the views are cached and rebuilt only when a different array comes in. JavaCPP copies each
 * Java array <b>whole</b> into native memory and back on every call (JNI Get/Release...ArrayElements), so pass
 * arrays that are (close to) the size of their blocks: a 64 x 96 x 1024 block inside a 10 MB array ran at
 * 0.3 GFLOP/s against ~38 GFLOP/s for an array of the block's size.
 */
final class OpenBlasGemm implements Gemm {
    private DoubleBuffer viewA = DoubleBuffer.allocate(0);
    private DoubleBuffer viewB = DoubleBuffer.allocate(0);
    private DoubleBuffer viewC = DoubleBuffer.allocate(0);

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int aOffset,
            int lda, double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        GemmChecks.check(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            GemmChecks.scale(m, n, beta, c, cOffset, ldc);
            return;
        }
        if (viewA.array() != a) {
            viewA = DoubleBuffer.wrap(a);
        }
        if (viewB.array() != b) {
            viewB = DoubleBuffer.wrap(b);
        }
        if (viewC.array() != c) {
            viewC = DoubleBuffer.wrap(c);
        }
        viewA.position(aOffset);
        viewB.position(bOffset);
        viewC.position(cOffset);
        openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor,
                transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                m, n, k, alpha, viewA, lda, viewB, ldb, beta, viewC, ldc);
    }

    @Override
    public String name() {
        return "openblas";
    }
}
