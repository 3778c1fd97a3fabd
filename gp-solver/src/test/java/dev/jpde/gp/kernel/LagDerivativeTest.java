package dev.jpde.gp.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * k' and k'' in the signed lag against central differences of k and k'. With step h = 1e-5 and component rates
 * kappa <= 18 the truncation error is about (h kappa)^2 / 6 ~ 6e-9 and the rounding error about
 * eps / (h kappa) ~ 1e-12, both relative to the derivative's scale; 1e-6 leaves a wide margin while any wrong term
 * in a formula shows up as an O(1) relative error.
 */
class LagDerivativeTest {
    private static final double H = 1e-5;
    private static final double TOL = 1e-6;

    @ParameterizedTest
    @EnumSource(KernelFamily.class)
    void derivativesMatchCentralDifferences(KernelFamily family) {
        MixtureKernel1d k = KernelFixtures.kernel(family);
        double[] at = new double[3];
        double[] plus = new double[3];
        double[] minus = new double[3];
        for (double r : KernelFixtures.LAGS) {
            k.evaluate(r, at);
            k.evaluate(r + H, plus);
            k.evaluate(r - H, minus);
            for (int order = 1; order <= 2; order++) {
                double fd = (plus[order - 1] - minus[order - 1]) / (2 * H);
                double exact = at[order];
                double floor = Math.max(Math.abs(exact), KernelFixtures.scale(k, order));
                assertTrue(Math.abs(fd - exact) <= TOL * floor,
                        family + " order " + order + " r=" + r + ": fd " + fd + " vs " + exact);
            }
            assertEquals(k.value(r), at[0], 1e-15 * KernelFixtures.scale(k, 0), "value() agrees with evaluate()");
        }
    }

    @ParameterizedTest
    @EnumSource(KernelFamily.class)
    void parityAndSmoothnessAtZero(KernelFamily family) {
        MixtureKernel1d k = KernelFixtures.kernel(family);
        double[] at0 = new double[3];
        double[] tiny = new double[3];
        double[] negTiny = new double[3];
        k.evaluate(0, at0);
        k.evaluate(1e-9, tiny);
        k.evaluate(-1e-9, negTiny);
        assertEquals(0.0, at0[1], 0.0, "k'(0) = 0 exactly");
        // k'' is continuous through 0 (no |r| kink): k''(+-1e-9) - k''(0) = O(r^2 kappa^4).
        assertEquals(at0[2], tiny[2], 1e-12 * KernelFixtures.scale(k, 2));
        assertEquals(at0[2], negTiny[2], 1e-12 * KernelFixtures.scale(k, 2));
        assertEquals(-tiny[1], negTiny[1], 1e-15 * KernelFixtures.scale(k, 1), "k' is odd");
    }

    @ParameterizedTest
    @EnumSource(KernelFamily.class)
    void secondDerivativeAtZeroHasClosedForm(KernelFamily family) {
        // GM/SE: h''(0) = -2a - omega^2;  StM/Matern: h''(0) = -c^2/3 - omega^2 = -5b^2/3 - omega^2.
        MixtureKernel1d k = KernelFixtures.kernel(family);
        double expected = 0;
        for (int c = 0; c < k.components(); c++) {
            double p = k.inverseLengthScale(c);
            double omega = family.modulated() ? 2 * Math.PI * k.frequency(c) : 0;
            double env = family.envelope() == Envelope.GAUSSIAN ? -2 * p : -5 * p * p / 3;
            expected += k.weight(c) * (env - omega * omega);
        }
        double[] out = new double[3];
        k.evaluate(0, out);
        assertEquals(expected, out[2], 1e-14 * Math.abs(expected));
    }
}
