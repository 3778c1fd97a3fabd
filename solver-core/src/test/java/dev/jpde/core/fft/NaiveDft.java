package dev.jpde.core.fft;

/**
 * The O(n^2) definition of the DFT, {@code X_k = sum_j x_j e^{-2 pi i jk/n}}, as the reference the FFTs are held to.
 *
 * <p>Kept accurate so that its own error does not mask the FFT's: each twiddle angle is reduced exactly in integer
 * arithmetic ({@code jk mod n}) before the cosine and sine are taken, and the sums are compensated (Kahan), so the
 * error of every bin is a few ulps of {@code sum_j |x_j|}, independent of n.
 */
final class NaiveDft {
    /** Unit roundoff of IEEE double, 2^-53. */
    static final double EPS = 0x1p-53;

    private NaiveDft() {
    }

    /** The forward DFT of n interleaved complex values, a new array. */
    static double[] forward(double[] x, int n) {
        return forward2d(x, 1, n);
    }

    /** The forward 2-D DFT of a row-major {@code rows x cols} interleaved complex array, a new array. */
    static double[] forward2d(double[] x, int rows, int cols) {
        double[] out = new double[2 * rows * cols];
        for (int k1 = 0; k1 < rows; k1++) {
            for (int k2 = 0; k2 < cols; k2++) {
                double sr = 0;
                double si = 0;
                double cr = 0;
                double ci = 0;
                for (int j1 = 0; j1 < rows; j1++) {
                    double a1 = (double) ((long) j1 * k1 % rows) / rows;
                    for (int j2 = 0; j2 < cols; j2++) {
                        double angle = -2 * Math.PI * (a1 + (double) ((long) j2 * k2 % cols) / cols);
                        double c = Math.cos(angle);
                        double s = Math.sin(angle);
                        int j = j1 * cols + j2;
                        double tr = x[2 * j] * c - x[2 * j + 1] * s;
                        double ti = x[2 * j] * s + x[2 * j + 1] * c;
                        double y = tr - cr;
                        double t = sr + y;
                        cr = (t - sr) - y;
                        sr = t;
                        y = ti - ci;
                        t = si + y;
                        ci = (t - si) - y;
                        si = t;
                    }
                }
                int k = k1 * cols + k2;
                out[2 * k] = sr;
                out[2 * k + 1] = si;
            }
        }
        return out;
    }

    /** Real data as interleaved complex with zero imaginary parts. */
    static double[] complexOf(double[] real) {
        double[] c = new double[2 * real.length];
        for (int j = 0; j < real.length; j++) {
            c[2 * j] = real[j];
        }
        return c;
    }

    /** Euclidean norm of an array of doubles (for interleaved complex data: the norm of the complex vector). */
    static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** Euclidean norm of {@code a - b} over their first {@code len} entries. */
    static double distance(double[] a, double[] b, int len) {
        double s = 0;
        for (int i = 0; i < len; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /**
     * Relative 2-norm error allowed for an FFT of n points. Higham (Accuracy and Stability of Numerical Algorithms,
     * 2nd ed., Thm 24.2): a radix-2 FFT with accurately computed twiddles has
     * {@code ||X_fft - X|| / ||X|| <= log2(n) eta / (1 - log2(n) eta)}, {@code eta = mu + gamma_4 (sqrt 2 + mu)}, i.e.
     * about 7u per level. We allow 8u per level of {@code log2(n) + 1}; the +1 covers the reference's own few ulps and
     * the mixed-radix (3, 5) butterflies, which cost a little more than radix 2.
     */
    static double tolerance(int n) {
        return 8 * EPS * (Math.log(n) / Math.log(2) + 1);
    }
}
