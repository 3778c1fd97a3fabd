package dev.jpde.gp.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * d k^(j)(r) / d theta for every parameter theta against central differences in theta.
 *
 * <p>Steps: 1e-5 in log-w and log-ls (dimensionless; third log-derivatives are polynomials of degree <= 3 in
 * a r^2 or t <= 15 times an envelope that is then < e^{-10}, so the truncation error stays below ~1e-8 relative),
 * and 1e-6 in mu (the phase moves by 2 pi r 1e-6 <= 2e-5, truncation ~1e-10). Rounding: eps / step ~ 2e-10 of the
 * derivative's scale. The tolerance 1e-6 is relative to max(|exact|, scale * (1 + |r|)); the factor (1 + |r|) is
 * the r that d/d mu brings down.
 */
class ParameterDerivativeTest {
    private static final double TOL = 1e-6;

    @ParameterizedTest
    @EnumSource(KernelFamily.class)
    void parameterDerivativesMatchCentralDifferences(KernelFamily family) {
        MixtureKernel1d k = KernelFixtures.kernel(family);
        int np = k.parameterCount();
        double[][] exact = new double[3][np];
        double[] plus = new double[3];
        double[] minus = new double[3];
        double[] p = k.parameters();
        for (double r : KernelFixtures.LAGS) {
            k.parameterDerivatives(r, exact[0], exact[1], exact[2]);
            for (int i = 0; i < np; i++) {
                double step = i >= 2 * k.components() ? 1e-6 : 1e-5;
                double saved = p[i];
                p[i] = saved + step;
                k.evaluate(r, plus);
                p[i] = saved - step;
                k.evaluate(r, minus);
                p[i] = saved;
                for (int order = 0; order <= 2; order++) {
                    double fd = (plus[order] - minus[order]) / (2 * step);
                    double e = exact[order][i];
                    double floor = Math.max(Math.abs(e), KernelFixtures.scale(k, order) * (1 + Math.abs(r)));
                    assertTrue(Math.abs(fd - e) <= TOL * floor,
                            family + " param " + i + " order " + order + " r=" + r + ": fd " + fd + " vs " + e);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = KernelFamily.class, names = {"SE", "MATERN52"})
    void unmodulatedFamiliesIgnoreFrequency(KernelFamily family) {
        MixtureKernel1d k = KernelFixtures.kernel(family);
        double[] d0 = new double[9];
        double[] d1 = new double[9];
        double[] d2 = new double[9];
        double[] before = new double[3];
        double[] after = new double[3];
        for (double r : KernelFixtures.LAGS) {
            k.parameterDerivatives(r, d0, d1, d2);
            for (int c = 0; c < 3; c++) {
                int i = k.frequencyIndex(c);
                assertEquals(0.0, d0[i], 0.0);
                assertEquals(0.0, d1[i], 0.0);
                assertEquals(0.0, d2[i], 0.0);
            }
            k.evaluate(r, before);
            double saved = k.parameters()[k.frequencyIndex(1)];
            k.parameters()[k.frequencyIndex(1)] = saved + 7.5;
            k.evaluate(r, after);
            k.parameters()[k.frequencyIndex(1)] = saved;
            for (int j = 0; j < 3; j++) {
                assertEquals(before[j], after[j], 0.0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(KernelFamily.class)
    void logWeightDerivativeIsTheTermItself(KernelFamily family) {
        // sum_q dk/d(log w_q) = k, exactly in exact arithmetic.
        MixtureKernel1d k = KernelFixtures.kernel(family);
        double[][] d = new double[3][9];
        double[] v = new double[3];
        for (double r : KernelFixtures.LAGS) {
            k.parameterDerivatives(r, d[0], d[1], d[2]);
            k.evaluate(r, v);
            for (int order = 0; order <= 2; order++) {
                double sum = d[order][0] + d[order][1] + d[order][2];
                assertEquals(v[order], sum, 1e-14 * KernelFixtures.scale(k, order));
            }
        }
    }
}
