package dev.jpde.gp.kernel;

import org.ejml.data.DMatrixRMaj;

/**
 * A stationary 1-D mixture kernel {@code k(r) = sum_q w_q h_q(r)}, {@code h_q = g_q(r) C_q(r)}, of Q components,
 * with the envelope g of its {@link KernelFamily} and, for modulated families, the carrier
 * {@code C = cos(omega r)}, {@code S = sin(omega r)}, {@code omega = 2 pi mu} (unmodulated: C = 1, S = 0, omega = 0).
 *
 * <p><b>Parameter layout.</b> One flat unconstrained vector of length 3Q, in three blocks:
 * {@code [log-w_0 .. log-w_{Q-1}, log-ls_0 .. log-ls_{Q-1}, freq_0 .. freq_{Q-1}]}, with {@code w = e^{log-w}}, the
 * inverse length scale {@code p = e^{log-ls}} (a of the Gaussian, b of the Matérn envelope) and {@code freq = mu} in
 * cycles per unit length. Gradients use the same layout. {@link #parameters()} is the live array: an optimiser may
 * update it in place, and every evaluation reads it afresh (nothing is cached, nothing is allocated).
 *
 * <p><b>Derivatives in the signed lag</b> (GP-HM spec section 2):
 * {@code h' = g'C - omega g S}, {@code h'' = g''C - 2 omega g' S - omega^2 g C}. With {@code r = x - x'},
 * {@code k'(r) = cov(u'(x), u(x'))} and {@code k''(r) = cov(u''(x), u(x'))}; k, k'' are even, k' is odd with k'(0) = 0.
 *
 * <p><b>Parameter derivatives.</b> {@code d/d(log w_q)} of {@code w_q h_q, w_q h'_q, w_q h''_q} is the term itself;
 * {@code d/d(log-ls_q)} replaces g, g', g'' by their log-p derivatives ({@link Envelope}) in the same combinations;
 * {@code d/d mu_q = 2 pi w_q d/d omega} with {@code dh/domega = -r g S},
 * {@code dh'/domega = -r g' S - g S - omega r g C},
 * {@code dh''/domega = -r g'' S - 2 g' S - 2 omega r g' C - 2 omega g C + omega^2 r g S} (zero if unmodulated).
 *
 * <p>Not thread-safe: an instance owns small scratch arrays. One instance per dimension and solver.
 */
public final class MixtureKernel1d {
    /** The number of components GP-HM uses by default. */
    public static final int DEFAULT_COMPONENTS = 30;

    private static final double TWO_PI = 2 * Math.PI;

    private final KernelFamily family;
    private final Envelope envelope;
    private final boolean modulated;
    private final int q;
    private final double[] params;
    private final double[] env = new double[6];

    /** A kernel of {@code components} components, all parameters 0 (w = 1, p = 1, mu = 0). */
    public MixtureKernel1d(KernelFamily family, int components) {
        if (components < 1) {
            throw new IllegalArgumentException("need at least one component, got " + components);
        }
        this.family = family;
        this.envelope = family.envelope();
        this.modulated = family.modulated();
        this.q = components;
        this.params = new double[3 * components];
    }

    /** A kernel with a copy of the given parameters (length 3Q, layout above). */
    public MixtureKernel1d(KernelFamily family, double[] parameters) {
        this(family, componentsOf(parameters));
        System.arraycopy(parameters, 0, params, 0, params.length);
    }

    /** A kernel initialised as GP-HM does: see {@link #initialise(double)}. */
    public static MixtureKernel1d initialised(KernelFamily family, int components, double maxFrequency) {
        MixtureKernel1d k = new MixtureKernel1d(family, components);
        k.initialise(maxFrequency);
        return k;
    }

    private static int componentsOf(double[] parameters) {
        if (parameters.length == 0 || parameters.length % 3 != 0) {
            throw new IllegalArgumentException("parameter length must be a positive multiple of 3: " + parameters.length);
        }
        return parameters.length / 3;
    }

    /**
     * Resets the parameters in place to the GP-HM initialisation: {@code log-w = log(1/Q)}, {@code log-ls = 0},
     * {@code mu = linspace(0, F, Q)} with both ends included (mu = 0 when Q = 1).
     */
    public void initialise(double maxFrequency) {
        double logW = Math.log(1.0 / q);
        for (int c = 0; c < q; c++) {
            params[c] = logW;
            params[q + c] = 0;
            params[2 * q + c] = q == 1 ? 0 : maxFrequency * c / (q - 1);
        }
    }

    public KernelFamily family() {
        return family;
    }

    /** The number of components Q. */
    public int components() {
        return q;
    }

    /** 3Q. */
    public int parameterCount() {
        return params.length;
    }

    /** The live parameter vector (layout in the class comment); modifications take effect immediately. */
    public double[] parameters() {
        return params;
    }

    /** Copies {@code source} (length 3Q) into the parameters. */
    public void setParameters(double[] source) {
        if (source.length != params.length) {
            throw new IllegalArgumentException("expected " + params.length + " parameters, got " + source.length);
        }
        System.arraycopy(source, 0, params, 0, params.length);
    }

    /** Index of log-w of component c in the parameter vector. */
    public int logWeightIndex(int c) {
        return c;
    }

    /** Index of log-ls of component c. */
    public int logLengthScaleIndex(int c) {
        return q + c;
    }

    /** Index of the frequency mu of component c. */
    public int frequencyIndex(int c) {
        return 2 * q + c;
    }

    /** The weight {@code w_c = e^{log-w_c}}. */
    public double weight(int c) {
        return Math.exp(params[c]);
    }

    /** The inverse length scale {@code p_c = e^{log-ls_c}}. */
    public double inverseLengthScale(int c) {
        return Math.exp(params[q + c]);
    }

    /** The frequency {@code mu_c} in cycles per unit length (unused by unmodulated families). */
    public double frequency(int c) {
        return params[2 * q + c];
    }

    /** The component of largest weight (the first one on ties). */
    public int dominantComponent() {
        int best = 0;
        for (int c = 1; c < q; c++) {
            if (params[c] > params[best]) {
                best = c;
            }
        }
        return best;
    }

    private double omega(int c) {
        return modulated ? TWO_PI * params[2 * q + c] : 0;
    }

    /** k(r). */
    public double value(double r) {
        double sum = 0;
        for (int c = 0; c < q; c++) {
            double omega = omega(c);
            double g = envelope.value(r, Math.exp(params[q + c]));
            sum += Math.exp(params[c]) * (modulated ? g * Math.cos(omega * r) : g);
        }
        return sum;
    }

    /** Writes {@code k(r), k'(r), k''(r)} into {@code out[0..2]}. */
    public void evaluate(double r, double[] out) {
        double k0 = 0;
        double k1 = 0;
        double k2 = 0;
        for (int c = 0; c < q; c++) {
            double w = Math.exp(params[c]);
            double omega = omega(c);
            envelope.values(r, Math.exp(params[q + c]), env);
            double cs = modulated ? Math.cos(omega * r) : 1;
            double sn = modulated ? Math.sin(omega * r) : 0;
            double g = env[0];
            double g1 = env[1];
            k0 += w * g * cs;
            k1 += w * (env[1] * cs - omega * g * sn);
            k2 += w * (env[2] * cs - 2 * omega * g1 * sn - omega * omega * g * cs);
        }
        out[0] = k0;
        out[1] = k1;
        out[2] = k2;
    }

    /**
     * Evaluates at the n signed lags {@code r[0..n-1]}: {@code k[m] = k(r[m])}, {@code k1[m] = k'(r[m])},
     * {@code k2[m] = k''(r[m])}. A null output is skipped.
     */
    public void evaluate(double[] r, int n, double[] k, double[] k1, double[] k2) {
        zero(k, n);
        zero(k1, n);
        zero(k2, n);
        for (int c = 0; c < q; c++) {
            double w = Math.exp(params[c]);
            double p = Math.exp(params[q + c]);
            double omega = omega(c);
            for (int m = 0; m < n; m++) {
                double x = r[m];
                envelope.values(x, p, env);
                double cs = modulated ? Math.cos(omega * x) : 1;
                double sn = modulated ? Math.sin(omega * x) : 0;
                double g = env[0];
                double g1 = env[1];
                if (k != null) {
                    k[m] += w * g * cs;
                }
                if (k1 != null) {
                    k1[m] += w * (g1 * cs - omega * g * sn);
                }
                if (k2 != null) {
                    k2[m] += w * (env[2] * cs - 2 * omega * g1 * sn - omega * omega * g * cs);
                }
            }
        }
    }

    private static void zero(double[] a, int n) {
        if (a != null) {
            java.util.Arrays.fill(a, 0, n, 0.0);
        }
    }

    /**
     * Derivatives of {@code k(r), k'(r), k''(r)} with respect to every parameter, written into {@code dk, dk1, dk2}
     * (each of length 3Q, parameter layout; a null array is skipped).
     */
    public void parameterDerivatives(double r, double[] dk, double[] dk1, double[] dk2) {
        for (int c = 0; c < q; c++) {
            double w = Math.exp(params[c]);
            double omega = omega(c);
            envelope.valuesAndScaleDerivatives(r, Math.exp(params[q + c]), env);
            double cs = modulated ? Math.cos(omega * r) : 1;
            double sn = modulated ? Math.sin(omega * r) : 0;
            if (dk != null) {
                dk[c] = w * term0(cs, 0);
                dk[q + c] = w * term0(cs, 3);
                dk[2 * q + c] = modulated ? TWO_PI * w * omegaTerm0(r, sn) : 0;
            }
            if (dk1 != null) {
                dk1[c] = w * term1(omega, cs, sn, 0);
                dk1[q + c] = w * term1(omega, cs, sn, 3);
                dk1[2 * q + c] = modulated ? TWO_PI * w * omegaTerm1(r, omega, cs, sn) : 0;
            }
            if (dk2 != null) {
                dk2[c] = w * term2(omega, cs, sn, 0);
                dk2[q + c] = w * term2(omega, cs, sn, 3);
                dk2[2 * q + c] = modulated ? TWO_PI * w * omegaTerm2(r, omega, cs, sn) : 0;
            }
        }
    }

    /**
     * The contraction of lag-indexed weights with the parameter derivatives: for every parameter theta,
     * {@code grad[theta] = sum_m cK[m] dk(r_m)/dtheta + cD1[m] dk'(r_m)/dtheta + cD2[m] dk''(r_m)/dtheta}
     * (overwrites grad, length 3Q). A null weight array contributes nothing. Cost O(n Q), no allocation.
     */
    public void contractParameterDerivatives(double[] r, int n, double[] cK, double[] cD1, double[] cD2,
                                             double[] grad) {
        for (int c = 0; c < q; c++) {
            double w = Math.exp(params[c]);
            double p = Math.exp(params[q + c]);
            double omega = omega(c);
            double sw = 0;
            double sl = 0;
            double so = 0;
            for (int m = 0; m < n; m++) {
                double x = r[m];
                envelope.valuesAndScaleDerivatives(x, p, env);
                double cs = modulated ? Math.cos(omega * x) : 1;
                double sn = modulated ? Math.sin(omega * x) : 0;
                if (cK != null) {
                    double a = cK[m];
                    sw += a * term0(cs, 0);
                    sl += a * term0(cs, 3);
                    so += a * omegaTerm0(x, sn);
                }
                if (cD1 != null) {
                    double a = cD1[m];
                    sw += a * term1(omega, cs, sn, 0);
                    sl += a * term1(omega, cs, sn, 3);
                    so += a * omegaTerm1(x, omega, cs, sn);
                }
                if (cD2 != null) {
                    double a = cD2[m];
                    sw += a * term2(omega, cs, sn, 0);
                    sl += a * term2(omega, cs, sn, 3);
                    so += a * omegaTerm2(x, omega, cs, sn);
                }
            }
            grad[c] = w * sw;
            grad[q + c] = w * sl;
            grad[2 * q + c] = modulated ? TWO_PI * w * so : 0;
        }
    }

    // h, h', h'' from env[o..o+2] (o = 0: the envelope itself, o = 3: its log-p derivative).
    private double term0(double cs, int o) {
        return env[o] * cs;
    }

    private double term1(double omega, double cs, double sn, int o) {
        return env[o + 1] * cs - omega * env[o] * sn;
    }

    private double term2(double omega, double cs, double sn, int o) {
        return env[o + 2] * cs - 2 * omega * env[o + 1] * sn - omega * omega * env[o] * cs;
    }

    // dh/domega, dh'/domega, dh''/domega
    private double omegaTerm0(double r, double sn) {
        return -r * env[0] * sn;
    }

    private double omegaTerm1(double r, double omega, double cs, double sn) {
        double g = env[0];
        return -r * env[1] * sn - g * sn - omega * r * g * cs;
    }

    private double omegaTerm2(double r, double omega, double cs, double sn) {
        double g = env[0];
        double g1 = env[1];
        return -r * env[2] * sn - 2 * g1 * sn - 2 * omega * r * g1 * cs - 2 * omega * g * cs
                + omega * omega * r * g * sn;
    }

    /**
     * The cross-covariance {@code out[i][j] = k(xs[i] - x[j])} between test points xs and training points x (no
     * jitter; arbitrary points). {@code out} is reshaped to {@code xs.length x x.length} (allocated if null) and
     * returned. Cost O(M N Q).
     */
    public DMatrixRMaj crossCovariance(double[] xs, double[] x, DMatrixRMaj out) {
        int rows = xs.length;
        int cols = x.length;
        if (out == null) {
            out = new DMatrixRMaj(rows, cols);
        } else {
            out.reshape(rows, cols);
        }
        double[] d = out.data;
        java.util.Arrays.fill(d, 0, rows * cols, 0.0);
        for (int c = 0; c < q; c++) {
            double w = Math.exp(params[c]);
            double p = Math.exp(params[q + c]);
            double omega = omega(c);
            for (int i = 0; i < rows; i++) {
                int base = i * cols;
                for (int j = 0; j < cols; j++) {
                    double r = xs[i] - x[j];
                    double g = envelope.value(r, p);
                    d[base + j] += w * (modulated ? g * Math.cos(omega * r) : g);
                }
            }
        }
        return out;
    }
}
