package dev.jpde.operators;

/**
 * The vectorisable primitives of the FNO passes, written so that HotSpot's C2 compiler turns their
 * inner loops into SIMD code (checked on JDK 17, AVX-512): the elementwise epilogues of
 * {@link Fno1dReplica}, the mode mixing of {@link SpectralMixer}, and {@link KernelsGemm}, the Java
 * fallback of its matrix products.
 *
 * <p>C2's superword pass vectorises a counted loop only if every array access in it has the same
 * index expression ({@code acc[j] += a * x[j]} over two distinct arrays vectorises,
 * {@code y[yo + j] += a * x[xo + j]} with two different offsets does not), if the body is small,
 * and, as measured by disassembling the hot loops, only with a single store: a loop updating two
 * accumulators from shared input rows stays scalar. Hence one shape everywhere: rows packed into
 * separate, zero-offset arrays, and the update
 * <pre>
 *   acc[j] += a0 r0[j] + a1 r1[j] + a2 r2[j] + a3 r3[j],     j = 0 .. n-1
 * </pre>
 * ({@link #quad}; ~18 GFLOP/s on one core of the project's 2-core EPYC, against ~4-6 for the
 * scalar loops over offsets into one flat array, and 30-45 for OpenBLAS's dgemm).
 *
 * <p>Summation order: a combination adds its terms to the accumulator four inputs at a time, in
 * input order; results are deterministic and independent of how the caller splits a batch.
 */
final class Kernels {

    private Kernels() {
    }

    /** {@code acc[j] += sum_q a[aOff + q*stride] rows[first+q][j]}, {@code q < count}, {@code j < n}. */
    static void combine(double[] acc, int n, double[] a, int aOff, int stride, double[][] rows, int first,
                         int count) {
        int q = 0;
        int ia = aOff;
        for (; q + 3 < count; q += 4) {
            quad(acc, n, a[ia], rows[first + q], a[ia + stride], rows[first + q + 1],
                    a[ia + 2 * stride], rows[first + q + 2], a[ia + 3 * stride], rows[first + q + 3]);
            ia += 4 * stride;
        }
        for (; q < count; q++) {
            axpy(acc, n, a[ia], rows[first + q]);
            ia += stride;
        }
    }

    /** {@code acc += a0 r0 + a1 r1 + a2 r2 + a3 r3}. */
    static void quad(double[] acc, int n, double a0, double[] r0, double a1, double[] r1, double a2, double[] r2,
                     double a3, double[] r3) {
        for (int j = 0; j < n; j++) {
            acc[j] += a0 * r0[j] + a1 * r1[j] + a2 * r2[j] + a3 * r3[j];
        }
    }

    /** {@code acc += a r}. */
    static void axpy(double[] acc, int n, double a, double[] r) {
        for (int j = 0; j < n; j++) {
            acc[j] += a * r[j];
        }
    }

    /** {@code x[j] += c}, {@code j < n}. */
    static void addScalar(double[] x, int n, double c) {
        for (int j = 0; j < n; j++) {
            x[j] += c;
        }
    }

    /** {@code x[off + j] += c}, {@code j < n} (one offset, so it vectorises). */
    static void addScalar(double[] x, int off, int n, double c) {
        int end = off + n;
        for (int j = off; j < end; j++) {
            x[j] += c;
        }
    }

    /** {@code x[off + j] *= y[off + j]} for {@code j < n} (one shared offset, so it vectorises). */
    static void multiplyInPlace(double[] x, double[] y, int off, int n) {
        int end = off + n;
        for (int j = off; j < end; j++) {
            x[j] *= y[j];
        }
    }

    /** {@code x[j] *= c y[j]}. */
    static void scaleBy(double[] x, double c, double[] y, int n) {
        for (int j = 0; j < n; j++) {
            x[j] *= c * y[j];
        }
    }

    /** {@code sum_j x[j]}, {@code j < n}, in four interleaved partial sums. */
    static double sum(double[] x, int off, int n) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += x[off + j];
            s1 += x[off + j + 1];
            s2 += x[off + j + 2];
            s3 += x[off + j + 3];
        }
        for (; j < n; j++) {
            s0 += x[off + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code sum_j x[xo + j] y[yo + j]}, {@code j < n}, in four interleaved partial sums. */
    static double dot(double[] x, int xo, double[] y, int yo, int n) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += x[xo + j] * y[yo + j];
            s1 += x[xo + j + 1] * y[yo + j + 1];
            s2 += x[xo + j + 2] * y[yo + j + 2];
            s3 += x[xo + j + 3] * y[yo + j + 3];
        }
        for (; j < n; j++) {
            s0 += x[xo + j] * y[yo + j];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
