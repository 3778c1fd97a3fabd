package dev.jpde.core.reference;

import dev.jpde.core.equation.Nlse;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.initial.AkhmedievBreather;
import dev.jpde.core.initial.InitialCondition;
import dev.jpde.core.initial.ModulatedPulse;
import dev.jpde.core.initial.NlseSoliton;
import dev.jpde.core.initial.NoisyGaussian;
import dev.jpde.core.initial.SolitonSum;
import dev.jpde.core.spectral.ExponentialFilter;
import dev.jpde.core.spectral.SpectralFilter;
import java.util.List;

/**
 * One of the NLSE reference's problems at its shipped settings: focusing {@code i psi_t + psi_xx/2 + |psi|^2 psi = 0},
 * L = 50, N = 512, x in [-25, 25), t in [0, 20], 100 outputs at {@code linspace(0, 20, 100)}, the filter
 * {@code exp(-36 (|k|/k_c)^36)}, {@code k_c = (2/3) k_Nyquist} on both terms, DOP853 with rtol 1e-9, atol 1e-11,
 * max step 0.1. The Akhmediev breather (not shipped by the reference; spec nlse.md 4.3) uses a = 1/4,
 * L = 2 pi / Omega, N = 64, t in [-4, 4].
 *
 * @param name              short name
 * @param grid              the periodic grid
 * @param initial           initial data (exact solution where {@link InitialCondition#isExact()})
 * @param start             initial time
 * @param end               final time
 * @param referenceRhsEvals the reference's right-hand-side evaluations (scipy, no progress event), or 0 if unknown
 */
public record NlseReferenceProblem(String name, PeriodicGrid1D grid, InitialCondition initial, double start, double end,
                                   long referenceRhsEvals) {
    public static final double RTOL = 1e-9;
    public static final double ATOL = 1e-11;
    public static final double MAX_STEP = 0.1;
    public static final int OUTPUTS = 100;

    private static final PeriodicGrid1D GRID = PeriodicGrid1D.centered(50.0, 512);

    public static NlseReferenceProblem soliton() {
        return new NlseReferenceProblem("soliton", GRID, new NlseSoliton(2.0, -10.0, 1.0, 0.5, 1.0), 0, 20, 23354);
    }

    public static NlseReferenceProblem twoSoliton() {
        return new NlseReferenceProblem("two-soliton", GRID, new SolitonSum(List.of(
                new NlseSoliton(2.0, -10.0, 2.0, 0.5, 1.0), new NlseSoliton(1.5, 10.0, -2.0, 0.5, 1.0))), 0, 20, 30110);
    }

    public static NlseReferenceProblem pulse() {
        return new NlseReferenceProblem("pulse", GRID, new ModulatedPulse(1.0, 0.5, 0.5), 0, 20, 34046);
    }

    public static NlseReferenceProblem modulationInstability() {
        return new NlseReferenceProblem("mi", GRID, new NoisyGaussian(1.0, 5.0, 0.0, 0.01, 42), 0, 20, 70718);
    }

    public static NlseReferenceProblem akhmediev() {
        AkhmedievBreather ab = new AkhmedievBreather(0.25);
        return new NlseReferenceProblem("akhmediev", PeriodicGrid1D.centered(ab.period(), 64), ab, -4, 4, 0);
    }

    /** The four problems the reference ships. */
    public static List<NlseReferenceProblem> shipped() {
        return List.of(soliton(), twoSoliton(), pulse(), modulationInstability());
    }

    /** The reference filter on this grid. */
    public SpectralFilter filter() {
        return ExponentialFilter.twoThirds(grid, 36, 36);
    }

    /** The equation with the reference filter, or unfiltered. */
    public Nlse equation(boolean filtered) {
        return equation(filtered, Fft.jtransforms());
    }

    /** The equation on a given FFT backend. */
    public Nlse equation(boolean filtered, Fft backend) {
        return new Nlse(grid, 0.5, 1.0, filtered ? filter() : SpectralFilter.none(), backend);
    }

    /** {@code linspace(start, end, 100)}. */
    public double[] outputTimes() {
        double[] t = new double[OUTPUTS];
        for (int i = 0; i < OUTPUTS; i++) {
            t[i] = start + (end - start) * i / (OUTPUTS - 1);
        }
        t[OUTPUTS - 1] = end;
        return t;
    }

    /** The initial field, interleaved complex. */
    public double[] initialField() {
        double[] psi = new double[2 * grid.size()];
        initial.evaluate(grid, start, psi);
        return psi;
    }
}
