package dev.jpde.core.equation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.ExponentialFilter;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.time.DormandPrince853;
import dev.jpde.core.time.SplitStep;
import dev.jpde.core.time.StepListener;
import dev.jpde.core.time.TimeIntegrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NLSE {@code i psi_t + beta psi_xx + gamma |psi|^2 psi = 0} against exact solutions. */
class NlseTest {
    /*
     * Plane wave {@code psi = A e^{i(kx - omega t)}}: {@code i psi_t = omega psi}, {@code beta psi_xx = -beta k^2 psi},
     * {@code gamma |psi|^2 psi = gamma A^2 psi}, so {@code omega = beta k^2 - gamma A^2}. Defocusing (gamma = -1), it
     * is modulationally stable, and both split-step flows are exact for it: only rounding remains.
     */
    private static final double BETA = 0.5;
    private static final double GAMMA = -1.0;
    private static final double AMP = 0.8;
    private static final double LENGTH = 4 * Math.PI;
    private static final int N = 64;
    private static final double K = 2 * Math.PI * 3 / LENGTH;

    /** An exact solution psi(x, t) as (re, im). */
    private interface Exact {
        double[] at(double x, double t);
    }

    /** Runs the exact psi(x, 0) to t and returns max |psi - exact(t)| on the grid. */
    private static double maxError(Nlse pde, Exact exact, TimeIntegrator integrator, double t) {
        PeriodicGrid1D grid = pde.basis().grid();
        int n = grid.size();
        double[] x = grid.points();
        double[] psi = new double[2 * n];
        for (int j = 0; j < n; j++) {
            double[] e = exact.at(x[j], 0);
            psi[2 * j] = e[0];
            psi[2 * j + 1] = e[1];
        }
        double[] state = pde.basis().newState();
        pde.basis().toSpectral(psi, state);
        integrator.integrate(pde, 0, state, new double[] {t}, StepListener.none());
        pde.basis().toPhysical(state, psi);
        double err = 0;
        for (int j = 0; j < n; j++) {
            double[] e = exact.at(x[j], t);
            err = Math.max(err, Math.hypot(psi[2 * j] - e[0], psi[2 * j + 1] - e[1]));
        }
        return err;
    }

    @Test
    void focusingSolitonWithoutFilter() {
        // beta = 1/2, gamma = 1: psi = A sech(A(x - x0 - v t)) exp(i(v x + (A^2 - v^2) t / 2)), A = 1.5, v = 1.
        // L = 50, N = 512: spectrum ~ sech(pi k / (2A)), at k_N = 32.2 about 2e-15; the pulse stays >= 22 from the seam
        // (tail 2A e^{-33} = 1.4e-14). DOP853 at this N is held by stability (h k_N^2 / 2 ~ 6, NLSE spec section 7),
        // not by rtol, so its steps are much more accurate than the tolerance. Measured max error at T = 2: 4.7e-14.
        double a = 1.5;
        double v = 1.0;
        double x0 = -3;
        Exact soliton = (x, t) -> {
            double amp = a / Math.cosh(a * (x - x0 - v * t));
            double phase = v * x + 0.5 * (a * a - v * v) * t;
            return new double[] {amp * Math.cos(phase), amp * Math.sin(phase)};
        };
        Nlse pde = new Nlse(PeriodicGrid1D.centered(50, 512), 0.5, 1.0, SpectralFilter.none());
        double err = maxError(pde, soliton, new DormandPrince853(1e-10, 1e-12, 0.1), 2.0);
        assertTrue(err <= 1e-12, "soliton error " + err);
    }

    private static Exact planeWave() {
        double omega = BETA * K * K - GAMMA * AMP * AMP;
        return (x, t) -> new double[] {AMP * Math.cos(K * x - omega * t), AMP * Math.sin(K * x - omega * t)};
    }

    private static Nlse defocusing(boolean filtered) {
        PeriodicGrid1D grid = PeriodicGrid1D.fromZero(LENGTH, N);
        SpectralFilter filter = filtered ? ExponentialFilter.twoThirds(grid, 36, 36) : SpectralFilter.none();
        return new Nlse(grid, BETA, GAMMA, filter);
    }

    @ParameterizedTest(name = "split-step order {0}, filter {1}")
    @CsvSource({"2, false", "2, true", "4, false", "4, true"})
    void defocusingPlaneWaveIsReproducedToRounding(int order, boolean filtered) {
        // dt = 0.01 keeps dt k_max^2 / 2 = 1.3 below pi: larger steps trigger the split-step instability of the
        // plane wave (Weideman and Herbst 1986; dt = 0.5 with order 4 gives 5e-5 from rounding seeds).
        // Rounding bound: each nonlinear substep is an FFT round trip (<= 2 * 8u (log2 N + 1) relative) plus a few ulps
        // of phase arithmetic; accumulated linearly over 1000 steps with 1 (Strang) or 3 (Yoshida) substeps each.
        // Measured: 3.0e-13 / 7.0e-13 (Strang, without / with filter), 1.6e-13 (Yoshida). A wrong sign of gamma A^2 in
        // the frequency would be off by 2 |gamma| A^2 T = 12.8 radians.
        double t = 10;
        double dt = 0.01;
        int substeps = order == 2 ? 1 : 3;
        double u = 0x1p-53;
        double bound = Math.round(t / dt) * substeps * (2 * 8 * (Math.log(N) / Math.log(2) + 1) + 8) * u * AMP;
        double err = maxError(defocusing(filtered), planeWave(), new SplitStep(order, dt), t);
        assertTrue(err <= bound, "plane wave error " + err + " > " + bound);
    }

    @Test
    void theFilterFreezesModesAboveTheCutoff() {
        // NLSE spec section 2: sigma multiplies both terms, so a mode with sigma = 0 neither disperses nor receives
        // nonlinear forcing, and does not feed the nonlinearity. At |k| >= 1.2 k_c, sigma = exp(-36 * 1.2^36) = 0 in
        // doubles: such a coefficient must stay bit-for-bit constant under an RHS-based integrator, while without the
        // filter it evolves (rotating at beta k^2 = 338 for k = 26, coupled to the plane wave; measured change 0.056).
        PeriodicGrid1D grid = PeriodicGrid1D.centered(50, 512);
        ExponentialFilter filter = ExponentialFilter.twoThirds(grid, 36, 36);
        Nlse filtered = new Nlse(grid, BETA, GAMMA, filter);
        double[] k = grid.wavenumbers();
        double[] sigma = filtered.filterSymbol();
        double[] symbol = new double[2 * k.length];
        filtered.linearSymbol(symbol);
        for (int j = 0; j < k.length; j++) {
            assertEquals(0.0, symbol[2 * j], 0.0);
            assertEquals(-BETA * k[j] * k[j] * sigma[j], symbol[2 * j + 1], 0.0, "L_k = -i beta k^2 sigma_k");
        }
        int high = 207;
        assertTrue(Math.abs(k[high]) >= 1.2 * filter.cutoff() && sigma[high] == 0.0);
        double[] filteredSeeded = evolveWithSeed(filtered, high, 0.3, -0.2);
        double[] filteredClean = evolveWithSeed(filtered, high, 0.0, 0.0);
        assertEquals(0.3, filteredSeeded[2 * high], 0.0, "frozen mode moved");
        assertEquals(-0.2, filteredSeeded[2 * high + 1], 0.0, "frozen mode moved");
        // ... and it is invisible to every other mode: the run is bit-for-bit the run without it
        filteredSeeded[2 * high] = 0.0;
        filteredSeeded[2 * high + 1] = 0.0;
        assertArrayEquals(filteredClean, filteredSeeded, 0.0);
        double[] unfiltered = evolveWithSeed(new Nlse(grid, BETA, GAMMA, SpectralFilter.none()), high, 0.3, -0.2);
        double moved = Math.hypot(unfiltered[2 * high] - 0.3, unfiltered[2 * high + 1] + 0.2);
        assertTrue(moved > 0.01, "unfiltered mode should evolve, moved " + moved);
    }

    /** A plane wave (mode 3) plus a seed in coefficient {@code index}, run to t = 0.5 with DOP853. */
    private static double[] evolveWithSeed(Nlse pde, int index, double re, double im) {
        int n = pde.basis().grid().size();
        double[] x = pde.basis().grid().points();
        double q = 2 * Math.PI * 3 / pde.basis().grid().length();
        double[] psi = new double[2 * n];
        for (int j = 0; j < n; j++) {
            psi[2 * j] = AMP * Math.cos(q * x[j]);
            psi[2 * j + 1] = AMP * Math.sin(q * x[j]);
        }
        double[] state = pde.basis().newState();
        pde.basis().toSpectral(psi, state);
        state[2 * index] = re;
        state[2 * index + 1] = im;
        new DormandPrince853(1e-10, 1e-12, 0.1).integrate(pde, 0, state, new double[] {0.5}, StepListener.none());
        return state;
    }

    @Test
    void defocusingPlaneWaveThroughTheFullRightHandSide() {
        // DOP853 uses linearSymbol + nonlinear (the filtered pseudo-spectral RHS), not the exact flows: the same
        // dispersion relation must come out, to the integrator's tolerance (measured 3e-14 at rtol 1e-10)
        double err = maxError(defocusing(true), planeWave(), new DormandPrince853(1e-10, 1e-14, 1), 10);
        assertTrue(err <= 1e-9, "plane wave error " + err);
    }
}
