package dev.jpde.core.equation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.time.DormandPrince853;
import dev.jpde.core.time.IntegrationStats;
import dev.jpde.core.time.StepListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Uniform Allen-Cahn data obey {@code u' = u - u^3}, solved by {@code u(t) = u0 / sqrt(u0^2 + (1 - u0^2) e^{-2t})}
 * (check: with {@code w = u^-2}, {@code w' = -2w + 2}, so {@code w = 1 + (u0^-2 - 1) e^{-2t}}). The fixed points 0 and
 * +-1 are exact, and data stay uniform.
 *
 * <p>Error allowance (Lady Windermere's fan): the global error is at most the sum over steps of the local errors times
 * the largest amplification of the linearised flow, {@code G(s, t) = du(t)/du(s) = (u(t)/u(s))^3 e^{-2(t - s)}}
 * (at most ~4, for u0 = 0.1). DOP853 keeps each step's RMS error estimate over the {@code N/2 + 1} coefficients
 * below the scale {@code atol + rtol |u_hat|}, so the mean coefficient errs by at most {@code sqrt(N/2 + 1)} scales.
 */
class AllenCahnUniformTest {
    private static final int N = 8;

    private static double exact(double u0, double t) {
        return u0 / Math.sqrt(u0 * u0 + (1 - u0 * u0) * Math.exp(-2 * t));
    }

    /** max over 0 <= s <= t <= tEnd of G(s, t), sampled on a fine grid. */
    private static double maxAmplification(double u0, double tEnd) {
        if (u0 == 0) {
            return 1;
        }
        int m = 300;
        double g = 1;
        for (int i = 0; i <= m; i++) {
            double s = tEnd * i / m;
            for (int j = i; j <= m; j++) {
                double t = tEnd * j / m;
                double ratio = exact(u0, t) / exact(u0, s);
                g = Math.max(g, ratio * ratio * ratio * Math.exp(-2 * (t - s)));
            }
        }
        return g;
    }

    @ParameterizedTest(name = "u0 = {0}")
    @ValueSource(doubles = {0.1, 0.5, -0.3, 1.5, -2.0, 1.0, 0.0})
    void uniformDataFollowTheExactSolution(double u0) {
        AllenCahn pde = new AllenCahn(PeriodicGrid1D.fromZero(3.0, N), 0.05);
        double[] state = pde.basis().newState();
        state[0] = N * u0;
        double[] times = {0.25, 0.5, 1, 2, 3};
        double rtol = 1e-12;
        double atol = rtol * N;
        double[] worst = {0, 0};
        DormandPrince853 integrator = new DormandPrince853(rtol, atol, Double.POSITIVE_INFINITY);
        IntegrationStats stats = integrator.integrate(pde, 0, state, times,
                new StepListener() {
                    @Override
                    public void output(int index, double t, double[] s) {
                        worst[0] = Math.max(worst[0], Math.abs(s[0] / N - exact(u0, t)));
                        for (int j = 2; j < s.length; j++) {
                            worst[1] = Math.max(worst[1], Math.abs(s[j]));
                        }
                        assertEquals(0.0, s[1], 0.0, "Im of the mean of a real field");
                    }
                });
        // measured: 7.9e-12 (u0 = 0.1), 8.0e-13, 1.1e-12, 1.3e-13, 1.6e-12, and 0 at the fixed points
        double localScale = (atol + rtol * N * Math.max(1, Math.abs(u0))) / N;
        double bound = (stats.acceptedSteps() + stats.rejectedSteps()) * maxAmplification(u0, times[times.length - 1])
                * Math.sqrt(N / 2 + 1) * localScale;
        assertTrue(worst[0] <= bound, "u0 = " + u0 + ": error " + worst[0] + " > " + bound);
        // u^3 of a constant field transforms to a single bin, up to FFT rounding of a few ulps of N |u|^3
        assertTrue(worst[1] <= 1e-13 * N, "non-uniform modes appeared: " + worst[1]);
        if (u0 == 0.0 || Math.abs(u0) == 1.0) {
            assertEquals(N * u0, state[0], 0.0, "fixed point");
        }
    }
}
