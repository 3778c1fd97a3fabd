package dev.jpde.core.time;

import static dev.jpde.core.time.Dop853Coefficients.A;
import static dev.jpde.core.time.Dop853Coefficients.B;
import static dev.jpde.core.time.Dop853Coefficients.C;
import static dev.jpde.core.time.Dop853Coefficients.D;
import static dev.jpde.core.time.Dop853Coefficients.E3;
import static dev.jpde.core.time.Dop853Coefficients.E5;
import static dev.jpde.core.time.Dop853Coefficients.STAGES;
import static dev.jpde.core.time.Dop853Coefficients.STAGES_EXTENDED;

import dev.jpde.core.equation.SemilinearPde;

/**
 * The adaptive Dormand-Prince 8(5,3) method with the step control of scipy's {@code solve_ivp(method="DOP853")}.
 *
 * <ul>
 *   <li>Scale {@code sc_j = atol + rtol * max(|y_j|, |y_new_j|)} with the complex modulus of each coefficient;</li>
 *   <li>error norm {@code |h| e5^2 / sqrt((e5^2 + 0.01 e3^2) n)} with {@code e5 = ||sum E5_s K_s / sc||_2},
 *       {@code e3} likewise, n the number of complex coefficients;</li>
 *   <li>accept if the norm is below 1; new step {@code h * min(10, 0.9 err^{-1/8})} (not above h after a rejection),
 *       or {@code h * max(0.2, 0.9 err^{-1/8})} on rejection; steps capped at {@code maxStep};</li>
 *   <li>initial step by Hairer's rule ({@code select_initial_step}, order 7);</li>
 *   <li>output between steps by the 7th-order dense interpolant (3 extra stages per step that holds an output).</li>
 * </ul>
 */
public final class DormandPrince853 implements TimeIntegrator {
    private static final double SAFETY = 0.9;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 10.0;
    private static final double EXPONENT = -1.0 / 8.0;

    private final double rtol;
    private final double atol;
    private final double maxStep;

    private int size = -1;
    private double[][] k;
    private double[] y;
    private double[] yNew;
    private double[] stage;
    private double[] scale;
    private double[][] f;
    private double[] out;
    private double[] err5;
    private double[] err3;
    private final int[] nzIndex = new int[STAGES_EXTENDED];
    private final double[] nzCoef = new double[STAGES_EXTENDED];

    /**
     * @param rtol    relative tolerance, > 0
     * @param atol    absolute tolerance (on unnormalised Fourier coefficients), > 0
     * @param maxStep largest step, > 0 (infinity for none)
     */
    public DormandPrince853(double rtol, double atol, double maxStep) {
        if (!(rtol > 0) || !(atol > 0) || !(maxStep > 0)) {
            throw new IllegalArgumentException("rtol, atol and max_step must be > 0");
        }
        this.rtol = rtol;
        this.atol = atol;
        this.maxStep = maxStep;
    }

    @Override
    public String name() {
        return "dop853";
    }

    private void allocate(int len) {
        if (len == size) {
            return;
        }
        size = len;
        k = new double[STAGES_EXTENDED][len];
        y = new double[len];
        yNew = new double[len];
        stage = new double[len];
        scale = new double[len / 2];
        f = new double[7][len];
        out = new double[len];
        err5 = new double[len];
        err3 = new double[len];
    }

    @Override
    public IntegrationStats integrate(SemilinearPde pde, double t0, double[] state, double[] outputTimes,
                                      StepListener listener) {
        TimeIntegrator.checkOutputTimes(t0, outputTimes);
        Rhs rhs = new Rhs(pde);
        int len = 2 * rhs.n;
        allocate(len);
        System.arraycopy(state, 0, y, 0, len);
        double tEnd = outputTimes[outputTimes.length - 1];
        int nextOut = 0;
        while (nextOut < outputTimes.length && outputTimes[nextOut] == t0) {
            listener.output(nextOut++, t0, y);
        }
        if (nextOut == outputTimes.length) {
            return new IntegrationStats(0, 0, 0, t0);
        }
        rhs.eval(t0, y, k[0]);
        double hAbs = initialStep(rhs, t0, tEnd);
        double t = t0;
        long accepted = 0;
        long rejected = 0;
        double[] fNew = k[STAGES];
        while (t < tEnd) {
            double minStep = 10 * Math.abs(Math.nextUp(t) - t);
            if (hAbs > maxStep) {
                hAbs = maxStep;
            } else if (hAbs < minStep) {
                hAbs = minStep;
            }
            boolean stepRejected = false;
            double tNew;
            double h;
            while (true) {
                if (hAbs < minStep) {
                    throw new ArithmeticException(String.format(
                            "DOP853 step size underflow at t = %.6g, step %d: required step below %.3g", t, accepted, minStep));
                }
                tNew = t + hAbs;
                if (tNew > tEnd) {
                    tNew = tEnd;
                }
                h = tNew - t;
                hAbs = Math.abs(h);
                step(rhs, t, h);
                rhs.eval(tNew, yNew, fNew);
                double err = errorNorm(h, len / 2);
                if (Double.isNaN(err) || Double.isInfinite(err)) {
                    throw new NonFiniteStateException(tNew, accepted + 1);
                }
                if (err < 1) {
                    double factor = err == 0 ? MAX_FACTOR : Math.min(MAX_FACTOR, SAFETY * Math.pow(err, EXPONENT));
                    if (stepRejected) {
                        factor = Math.min(1, factor);
                    }
                    hAbs *= factor;
                    break;
                }
                hAbs *= Math.max(MIN_FACTOR, SAFETY * Math.pow(err, EXPONENT));
                stepRejected = true;
                rejected++;
            }
            accepted++;
            boolean dense = false;
            for (int o = nextOut; o < outputTimes.length && outputTimes[o] < tNew; o++) {
                if (!dense) {
                    prepareDense(rhs, t, h);
                    dense = true;
                }
            }
            // the step is reported before its outputs, so observers of outputs see this step's work counted
            listener.stepTaken(accepted, tNew, h, rhs.evaluations);
            while (nextOut < outputTimes.length && outputTimes[nextOut] <= tNew) {
                double to = outputTimes[nextOut];
                if (to == tNew) {
                    listener.output(nextOut, to, yNew);
                } else {
                    interpolate((to - t) / h);
                    listener.output(nextOut, to, out);
                }
                nextOut++;
            }
            // y <- yNew, f <- fNew (FSAL)
            System.arraycopy(yNew, 0, y, 0, len);
            System.arraycopy(fNew, 0, k[0], 0, len);
            t = tNew;
        }
        System.arraycopy(y, 0, state, 0, len);
        return new IntegrationStats(accepted, rejected, rhs.evaluations, t);
    }

    /** Hairer's initial step ({@code scipy.integrate._ivp.common.select_initial_step}, order 7). */
    private double initialStep(Rhs rhs, double t0, double tEnd) {
        int n = rhs.n;
        double[] f0 = k[0];
        double d0 = 0;
        double d1 = 0;
        for (int j = 0; j < n; j++) {
            double sc = atol + Math.sqrt(y[2 * j] * y[2 * j] + y[2 * j + 1] * y[2 * j + 1]) * rtol;
            scale[j] = sc;
            // divide before squaring, as scipy does: squares of large states overflow
            d0 += square(y[2 * j] / sc) + square(y[2 * j + 1] / sc);
            d1 += square(f0[2 * j] / sc) + square(f0[2 * j + 1] / sc);
        }
        d0 = Math.sqrt(d0 / n);
        d1 = Math.sqrt(d1 / n);
        double h0 = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1;
        for (int j = 0; j < 2 * n; j++) {
            stage[j] = y[j] + h0 * f0[j];
        }
        double[] f1 = k[1];
        rhs.eval(t0 + h0, stage, f1);
        double d2 = 0;
        for (int j = 0; j < n; j++) {
            double dr = f1[2 * j] - f0[2 * j];
            double di = f1[2 * j + 1] - f0[2 * j + 1];
            d2 += square(dr / scale[j]) + square(di / scale[j]);
        }
        d2 = Math.sqrt(d2 / n) / h0;
        double h1 = (d1 <= 1e-15 && d2 <= 1e-15) ? Math.max(1e-6, h0 * 1e-3) : Math.pow(0.01 / Math.max(d1, d2), 1.0 / 8.0);
        return Math.min(100 * h0, h1);
    }

    /** Stages 1..11 and the 8th-order solution into yNew; k[0] holds f(t, y). */
    private void step(Rhs rhs, double t, double h) {
        for (int s = 1; s < STAGES; s++) {
            combine(A[s], s, h, stage);
            rhs.eval(t + C[s] * h, stage, k[s]);
        }
        combine(B, STAGES, h, yNew);
    }

    /**
     * {@code target = y + h sum_{j<count} coef_j k_j}, skipping zero coefficients, in one pass over the
     * vector (each element is read from every nonzero stage once and written once).
     */
    private void combine(double[] coef, int count, double h, double[] target) {
        combine(coef, count, h, y, target);
    }

    /** {@code target = base + h sum_{j<count} coef_j k_j}; a null base means zero. */
    private void combine(double[] coef, int count, double h, double[] base, double[] target) {
        int len = y.length;
        int nz = 0;
        for (int j = 0; j < count; j++) {
            if (coef[j] != 0) {
                nzIndex[nz] = j;
                nzCoef[nz] = coef[j] * h;
                nz++;
            }
        }
        double[][] ks = k;
        int i = 0;
        // blocks of four stages per pass keep the inner loop simple enough for the JIT to vectorise
        if (base == null) {
            java.util.Arrays.fill(target, 0, len, 0.0);
        } else {
            System.arraycopy(base, 0, target, 0, len);
        }
        for (; i + 3 < nz; i += 4) {
            double a0 = nzCoef[i];
            double a1 = nzCoef[i + 1];
            double a2 = nzCoef[i + 2];
            double a3 = nzCoef[i + 3];
            double[] k0 = ks[nzIndex[i]];
            double[] k1 = ks[nzIndex[i + 1]];
            double[] k2 = ks[nzIndex[i + 2]];
            double[] k3 = ks[nzIndex[i + 3]];
            for (int q = 0; q < len; q++) {
                target[q] += a0 * k0[q] + a1 * k1[q] + a2 * k2[q] + a3 * k3[q];
            }
        }
        for (; i < nz; i++) {
            double a = nzCoef[i];
            double[] kj = ks[nzIndex[i]];
            for (int q = 0; q < len; q++) {
                target[q] += a * kj[q];
            }
        }
    }

    private double errorNorm(double h, int n) {
        // the two error estimates as vectors first (vectorisable passes over contiguous stage arrays) ...
        combine(E5, STAGES + 1, 1.0, null, err5);
        combine(E3, STAGES + 1, 1.0, null, err3);
        // ... then one pass for the scaled norms
        double e5 = 0;
        double e3 = 0;
        for (int j = 0; j < n; j++) {
            double m0 = y[2 * j] * y[2 * j] + y[2 * j + 1] * y[2 * j + 1];
            double m1 = yNew[2 * j] * yNew[2 * j] + yNew[2 * j + 1] * yNew[2 * j + 1];
            double mm = Math.max(m0, m1);
            // the squares overflow only for coefficients beyond 1e154; hypot (slow) is kept for that case
            double mod = mm <= Double.MAX_VALUE ? Math.sqrt(mm)
                    : Math.max(Math.hypot(y[2 * j], y[2 * j + 1]), Math.hypot(yNew[2 * j], yNew[2 * j + 1]));
            double sc = atol + rtol * mod;
            e5 += square(err5[2 * j] / sc) + square(err5[2 * j + 1] / sc);
            e3 += square(err3[2 * j] / sc) + square(err3[2 * j + 1] / sc);
        }
        if (e5 == 0 && e3 == 0) {
            return 0.0;
        }
        return Math.abs(h) * e5 / Math.sqrt((e5 + 0.01 * e3) * n);
    }

    private static double square(double v) {
        return v * v;
    }

    /** The three extra stages and the interpolation polynomial F of the step from (t, y) to (t + h, yNew). */
    private void prepareDense(Rhs rhs, double t, double h) {
        for (int s = STAGES + 1; s < STAGES_EXTENDED; s++) {
            combine(A[s], s, h, stage);
            rhs.eval(t + C[s] * h, stage, k[s]);
        }
        int len = y.length;
        double[] f0 = k[0];
        double[] fNew = k[STAGES];
        for (int i = 0; i < len; i++) {
            double dy = yNew[i] - y[i];
            f[0][i] = dy;
            f[1][i] = h * f0[i] - dy;
            f[2][i] = 2 * dy - h * (fNew[i] + f0[i]);
        }
        for (int r = 0; r < 4; r++) {
            double[] fr = f[3 + r];
            java.util.Arrays.fill(fr, 0.0);
            for (int s = 0; s < STAGES_EXTENDED; s++) {
                double d = D[r][s] * h;
                if (d != 0) {
                    double[] ks = k[s];
                    for (int i = 0; i < len; i++) {
                        fr[i] += d * ks[i];
                    }
                }
            }
        }
    }

    /** Dense output at {@code x = (t - t_old)/h} into {@code out} (scipy's {@code Dop853DenseOutput}). */
    private void interpolate(double x) {
        int len = y.length;
        java.util.Arrays.fill(out, 0.0);
        for (int i = 0; i < 7; i++) {
            double[] fi = f[6 - i];
            double m = (i % 2 == 0) ? x : 1 - x;
            for (int j = 0; j < len; j++) {
                out[j] = (out[j] + fi[j]) * m;
            }
        }
        for (int j = 0; j < len; j++) {
            out[j] += y[j];
        }
    }
}
