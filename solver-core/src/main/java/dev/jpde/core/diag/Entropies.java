package dev.jpde.core.diag;

/**
 * Information entropies of a density on grid points, as in the NLSE reference's supplement (spec nlse.md 5.2):
 * {@code p_j = rho_j / sum rho}, entries with {@code p_j <= 1e-15} dropped, natural logarithms.
 *
 * <pre>
 *   Shannon  S   = -sum p ln p
 *   Renyi    H_a = ln(sum p^a) / (1 - a);  H_0 = ln(#kept),  H_inf = -ln max p
 *   Tsallis  S_q = (1 - sum p^q) / (q - 1)
 * </pre>
 */
public final class Entropies {
    private static final double DROP = 1e-15;

    private Entropies() {
    }

    /** The normalised distribution of a non-negative density with negligible entries removed, a new array. */
    public static double[] distribution(double[] rho) {
        double total = 0;
        for (double r : rho) {
            if (!(r >= 0) || !Double.isFinite(r)) {
                throw new IllegalArgumentException("a density must be finite and >= 0, got " + r);
            }
            total += r;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("a density must have positive total");
        }
        int kept = 0;
        for (double r : rho) {
            if (r / total > DROP) {
                kept++;
            }
        }
        double[] p = new double[kept];
        int i = 0;
        for (double r : rho) {
            if (r / total > DROP) {
                p[i++] = r / total;
            }
        }
        return p;
    }

    /** The density {@code |psi_j|^2} of an interleaved complex field, a new array. */
    public static double[] modulusSquared(double[] psi) {
        double[] rho = new double[psi.length / 2];
        for (int j = 0; j < rho.length; j++) {
            rho[j] = psi[2 * j] * psi[2 * j] + psi[2 * j + 1] * psi[2 * j + 1];
        }
        return rho;
    }

    public static double shannon(double[] p) {
        double s = 0;
        for (double v : p) {
            s -= v * Math.log(v);
        }
        return s;
    }

    /** Renyi entropy of order alpha >= 0 (alpha = 1 gives Shannon; infinity gives min-entropy). */
    public static double renyi(double[] p, double alpha) {
        if (alpha == 0) {
            return Math.log(p.length);
        }
        if (alpha == 1) {
            return shannon(p);
        }
        if (alpha == Double.POSITIVE_INFINITY) {
            double max = 0;
            for (double v : p) {
                max = Math.max(max, v);
            }
            return -Math.log(max);
        }
        double s = 0;
        for (double v : p) {
            s += Math.pow(v, alpha);
        }
        return Math.log(s) / (1 - alpha);
    }

    /** Tsallis entropy of index q (q = 1 gives Shannon). */
    public static double tsallis(double[] p, double q) {
        if (q == 1) {
            return shannon(p);
        }
        double s = 0;
        for (double v : p) {
            s += Math.pow(v, q);
        }
        return (1 - s) / (q - 1);
    }
}
