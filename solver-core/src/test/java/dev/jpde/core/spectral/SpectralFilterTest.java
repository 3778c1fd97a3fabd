package dev.jpde.core.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.grid.PeriodicGrid1D;
import org.junit.jupiter.api.Test;

/** Spectral filters: the NLSE reference's smooth exponential filter and Orszag's sharp 2/3 rule. */
class SpectralFilterTest {
    private static final double EPS = 0x1p-53;

    @Test
    void exponentialTwoThirdsFilterHasTheReferenceValues() {
        // sigma(k) = exp(-36 (|k|/k_c)^36), k_c = (2/3) pi n / L (NLSE spec section 2, L = 50, N = 512)
        PeriodicGrid1D grid = PeriodicGrid1D.centered(50, 512);
        ExponentialFilter filter = ExponentialFilter.twoThirds(grid, 36, 36);
        double kc = filter.cutoff();
        assertEquals(2.0 / 3.0 * Math.PI * 512 / 50, kc, 4 * EPS * kc);
        assertEquals(21.45, kc, 0.005);
        assertEquals(1.0, filter.sigma(0.0), 0.0);
        assertEquals(Math.exp(-36), filter.sigma(kc), 8 * EPS * Math.exp(-36), "sigma(k_c) = e^-36");
        assertEquals(Math.exp(-36), filter.sigma(-kc), 8 * EPS * Math.exp(-36), "even in k");
        // half-power point: 36 r^36 = ln 2  =>  r = (ln 2 / 36)^(1/36) = 0.8961
        double half = Math.pow(Math.log(2) / 36, 1.0 / 36);
        assertEquals(0.896, half, 5e-4);
        assertEquals(0.5, filter.sigma(half * kc), 1e-14);
        assertTrue(filter.sigma(0.89 * kc) > 0.5 && filter.sigma(0.90 * kc) < 0.5, "sigma crosses 1/2 near 0.90 k_c");
        // 0.99 at about 0.80 k_c (spec): 36 r^36 = -ln 0.99
        assertTrue(filter.sigma(0.79 * kc) > 0.99 && filter.sigma(0.80 * kc) < 0.99);
        // monotone non-increasing in |k| on the grid
        double[] sigma = filter.symbol(grid.halfWavenumbers());
        for (int j = 1; j < sigma.length; j++) {
            assertTrue(sigma[j] <= sigma[j - 1], "monotone at j=" + j);
            assertTrue(sigma[j] >= 0 && sigma[j] <= 1);
        }
        assertEquals(0.0, sigma[sigma.length - 1], 1e-300, "Nyquist: exp(-36 1.5^36) underflows to 0");
    }

    @Test
    void exponentialFilterIsEvenInKForAnyOrder() {
        // sigma depends on |k|: also for odd and non-integer orders, where (k/k_c)^p of a negative k would be wrong or
        // NaN
        for (double p : new double[] {3, 2.5, 36}) {
            ExponentialFilter filter = new ExponentialFilter(2.0, p, 4.0);
            for (double k : new double[] {0.5, 3.0, 4.0, 7.5}) {
                assertEquals(Math.exp(-2.0 * Math.pow(k / 4.0, p)), filter.sigma(-k), 4 * EPS, "p=" + p + ", k=-" + k);
                assertEquals(filter.sigma(k), filter.sigma(-k), 0.0);
            }
        }
    }

    @Test
    void twoThirdsRuleZeroesEveryModeAtOrAboveTheCutoff() {
        // n = 48 on [0, 2 pi): k_Nyquist = 24, k_c = 16 exactly, a grid wavenumber; k = 16 must be removed.
        PeriodicGrid1D grid = PeriodicGrid1D.fromZero(2 * Math.PI, 48);
        TwoThirdsRule rule = TwoThirdsRule.forGrid(grid);
        double[] k = grid.wavenumbers();
        double[] sigma = rule.symbol(k);
        for (int j = 0; j < k.length; j++) {
            double expected = Math.abs(Math.rint(k[j])) < 16 ? 1.0 : 0.0;
            assertEquals(expected, sigma[j], 0.0, "k = " + k[j]);
        }
        assertEquals(1.0, rule.sigma(15.0), 0.0);
        assertEquals(0.0, rule.sigma(16.0), 0.0);
        assertEquals(0.0, rule.sigma(-16.0), 0.0);
        assertEquals(0.0, rule.sigma(24.0), 0.0);
    }

    @Test
    void twoThirdsRuleKeepsTwoThirdsOfTheModes() {
        // on n = 32 (k_c = 10.67): |k| <= 10 kept, i.e. 21 of 32 modes
        PeriodicGrid1D grid = PeriodicGrid1D.fromZero(2 * Math.PI, 32);
        double[] sigma = TwoThirdsRule.forGrid(grid).symbol(grid.wavenumbers());
        double kept = 0;
        for (double s : sigma) {
            kept += s;
        }
        assertEquals(21.0, kept, 0.0);
    }

    @Test
    void noFilterIsTheIdentity() {
        SpectralFilter none = SpectralFilter.none();
        assertTrue(none.isIdentity());
        assertEquals(1.0, none.sigma(1e6), 0.0);
        assertTrue(!ExponentialFilter.twoThirds(PeriodicGrid1D.fromZero(1, 8), 36, 36).isIdentity());
    }
}
