package dev.jpde.core.spectral;

/**
 * Pointwise algebra on interleaved complex arrays ({@code a[2j] = Re}, {@code a[2j+1] = Im}). Static, out-args,
 * no allocation. {@code n} is the number of complex entries.
 */
public final class ComplexArrays {
    private ComplexArrays() {
    }

    /** {@code out_j = s_j * a_j} with a real symbol s. out may alias a. */
    public static void scale(double[] s, double[] a, double[] out, int n) {
        for (int j = 0; j < n; j++) {
            double f = s[j];
            out[2 * j] = f * a[2 * j];
            out[2 * j + 1] = f * a[2 * j + 1];
        }
    }

    /** {@code out_j = m_j * a_j} with a complex multiplier m. out may alias a. */
    public static void multiply(double[] m, double[] a, double[] out, int n) {
        for (int j = 0; j < n; j++) {
            double mr = m[2 * j];
            double mi = m[2 * j + 1];
            double ar = a[2 * j];
            double ai = a[2 * j + 1];
            out[2 * j] = mr * ar - mi * ai;
            out[2 * j + 1] = mr * ai + mi * ar;
        }
    }

    /** {@code out_j = out_j + m_j * a_j}. */
    public static void multiplyAdd(double[] m, double[] a, double[] out, int n) {
        for (int j = 0; j < n; j++) {
            double mr = m[2 * j];
            double mi = m[2 * j + 1];
            double ar = a[2 * j];
            double ai = a[2 * j + 1];
            out[2 * j] += mr * ar - mi * ai;
            out[2 * j + 1] += mr * ai + mi * ar;
        }
    }

    /** Sum of {@code |a_j|^2}. */
    public static double normSquared(double[] a, int n) {
        double s = 0;
        for (int j = 0; j < 2 * n; j++) {
            s += a[j] * a[j];
        }
        return s;
    }

    /** True when every entry of the first {@code len} doubles is finite. */
    public static boolean allFinite(double[] a, int len) {
        double acc = 0;
        for (int j = 0; j < len; j++) {
            acc += a[j] * 0.0;
        }
        return acc == 0.0;
    }
}
