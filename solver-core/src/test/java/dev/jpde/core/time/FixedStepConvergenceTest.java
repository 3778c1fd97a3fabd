package dev.jpde.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.equation.Nlse;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixed-step integrator converges at its theoretical order: the error at T = 1, measured against a
 * tolerance-driven DOP853 reference of the same semi-discrete system, is fitted to {@code C dt^p} over four step
 * sizes halving from a coarsest one in the asymptotic range, and p must be within 0.2 of the order.
 *
 * <p>Adding an integrator means adding a row to {@link #integrators()}.
 *
 * <p>The problem is the focusing NLSE {@code i psi_t + psi_xx/2 + |psi|^2 psi = 0} on L = 20, N = 64 (k_max = 10) with
 * a moving sech pulse plus a second, real pulse: fully nonlinear dynamics, so the nonlinear order conditions matter,
 * not just the stability function. The coarse grid keeps the dispersive stiffness at {@code k_max^2/2 = 50}, so all
 * explicit methods are stable at these steps (Heun, not stable on the imaginary axis, amplifies by at most {@code exp(T
 * (50 dt)^4 / (8 dt)) < 1.001} here). Comparing with the semi-discrete reference removes spatial error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixedStepConvergenceTest {
    private static final double LENGTH = 20;
    private static final int N = 64;
    private static final double T = 1;

    private double[] reference;
    private double referenceError;

    /** name, factory dt -> integrator, theoretical order, coarsest dt (asymptotic range, measured). */
    static Stream<Arguments> integrators() {
        return Stream.of(
                row("heun", dt -> new ExplicitRungeKutta(ButcherTableau.heun(), dt), 2, 0.005),
                row("ssprk3", dt -> new ExplicitRungeKutta(ButcherTableau.ssprk3(), dt), 3, 0.005),
                row("rk4", ExplicitRungeKutta::rk4, 4, 0.01),
                row("etdrk4", Etdrk4::new, 4, 0.025),
                row("strang", dt -> new SplitStep(2, dt), 2, 0.01),
                row("yoshida", dt -> new SplitStep(4, dt), 4, 0.025));
    }

    private static Arguments row(String name, DoubleFunction<FixedStepIntegrator> factory, int order, double dt0) {
        return Arguments.of(name, factory, order, dt0);
    }

    private static Nlse equation() {
        return new Nlse(PeriodicGrid1D.centered(LENGTH, N), 0.5, 1.0, SpectralFilter.none());
    }

    private static double[] initialState(Nlse pde) {
        double[] x = pde.basis().grid().points();
        double[] psi = new double[2 * N];
        for (int j = 0; j < N; j++) {
            double moving = 1.2 / Math.cosh(1.2 * (x[j] + 2));
            double still = 0.6 / Math.cosh(0.6 * (x[j] - 3));
            psi[2 * j] = moving * Math.cos(0.8 * x[j]) + still;
            psi[2 * j + 1] = moving * Math.sin(0.8 * x[j]);
        }
        double[] state = pde.basis().newState();
        pde.basis().toSpectral(psi, state);
        return state;
    }

    private static double[] solve(TimeIntegrator integrator) {
        Nlse pde = equation();
        double[] state = initialState(pde);
        integrator.integrate(pde, 0, state, new double[] {T}, StepListener.none());
        double[] psi = pde.basis().newField();
        pde.basis().toPhysical(state, psi);
        return psi;
    }

    private static double maxDistance(double[] a, double[] b) {
        double m = 0;
        for (int j = 0; j < a.length / 2; j++) {
            m = Math.max(m, Math.hypot(a[2 * j] - b[2 * j], a[2 * j + 1] - b[2 * j + 1]));
        }
        return m;
    }

    @BeforeAll
    void reference() {
        // atol on unnormalised coefficients (peak ~ N); the spread between two tight tolerances bounds the
        // reference's own error (measured 2e-13), far below the smallest error fitted (2.6e-11 for yoshida)
        reference = solve(new DormandPrince853(1e-13, 1e-15 * N, Double.POSITIVE_INFINITY));
        double[] looser = solve(new DormandPrince853(1e-12, 1e-14 * N, Double.POSITIVE_INFINITY));
        referenceError = maxDistance(reference, looser);
    }

    @ParameterizedTest(name = "{0}: order {2}")
    @MethodSource("integrators")
    void convergesAtItsTheoreticalOrder(String name, DoubleFunction<FixedStepIntegrator> factory, int order,
                                        double dt0) {
        int levels = 4;
        double[] logDt = new double[levels];
        double[] logErr = new double[levels];
        double[] errors = new double[levels];
        for (int i = 0; i < levels; i++) {
            double dt = dt0 / (1 << i);
            FixedStepIntegrator integrator = factory.apply(dt);
            assertEquals(dt, integrator.dt(), 0.0);
            errors[i] = maxDistance(solve(integrator), reference);
            logDt[i] = Math.log(dt);
            logErr[i] = Math.log(errors[i]);
        }
        double fitted = slope(logDt, logErr);
        String report = name + ": errors " + java.util.Arrays.toString(errors) + ", fitted order " + fitted;
        assertTrue(errors[levels - 1] > 50 * referenceError, () -> "not in the asymptotic range: " + report);
        assertTrue(Math.abs(fitted - order) <= 0.2, report);
    }

    /** Least-squares slope of y against x. */
    private static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }
}
