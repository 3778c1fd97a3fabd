package dev.jpde.core.equation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.time.DormandPrince853;
import dev.jpde.core.time.Etdrk4;
import dev.jpde.core.time.StepListener;
import dev.jpde.core.time.TimeIntegrator;
import org.junit.jupiter.api.Test;

/**
 * Kuramoto-Sivashinsky and Allen-Cahn reproduce a manufactured solution: with {@code f = u_t - (L-part) - (N-part)}
 * computed analytically from the exact u, {@code u_t = L u + N(u) + f} ({@link ForcedPde}) must return u.
 *
 * <p>The exact u is a travelling, pulsating {@code exp(A cos)} profile ({@link TravellingProfile}); on 64 points its
 * spectrum and those of u^2 and u^3 are resolved to rounding, so the semi-discrete system has u as its solution up to
 * ~1e-14. Two checks per equation: a tight DOP853 run returns u to 1e-12 (any error in the symbol L or the sign or
 * factor of N shows up at O(1)), and ETDRK4's error falls at its 4th order as dt halves, i.e. it is time error only.
 */
class ManufacturedSolutionTest {
    private static final int N = 64;
    private static final double T = 2;
    private static final double EPSILON = 0.01;

    /** KS on a cell of length 8 pi (wavenumbers j/4; the modes k < 1 are linearly unstable). */
    private static final TravellingProfile KS = new TravellingProfile(1.0, 0.25, 0.7);
    /** Allen-Cahn on [0, 2 pi). */
    private static final TravellingProfile AC = new TravellingProfile(1.0, 1.0, 0.7);

    private static ForcedPde kuramotoSivashinsky() {
        PeriodicGrid1D grid = PeriodicGrid1D.fromZero(2 * Math.PI / KS.q(), N);
        // u_t + u u_x + u_xx + u_xxxx = f
        SourceTerm f = (x, t) -> KS.ut(x, t) + KS.u(x, t) * KS.dx(x, t, 1) + KS.dx(x, t, 2) + KS.dx(x, t, 4);
        return new ForcedPde(new KuramotoSivashinsky(grid, Dealiasing.PADDING), f);
    }

    private static ForcedPde allenCahn() {
        PeriodicGrid1D grid = PeriodicGrid1D.fromZero(2 * Math.PI / AC.q(), N);
        // u_t = eps u_xx + u - u^3 + f
        SourceTerm f = (x, t) -> {
            double u = AC.u(x, t);
            return AC.ut(x, t) - EPSILON * AC.dx(x, t, 2) - u + u * u * u;
        };
        return new ForcedPde(new AllenCahn(grid, EPSILON), f);
    }

    private static double errorAtT(ForcedPde pde, TravellingProfile exact, TimeIntegrator integrator) {
        double[] x = pde.basis().grid().points();
        double[] u = new double[N];
        for (int j = 0; j < N; j++) {
            u[j] = exact.u(x[j], 0);
        }
        double[] state = pde.basis().newState();
        pde.basis().toSpectral(u, state);
        integrator.integrate(pde, 0, state, new double[] {T}, StepListener.none());
        pde.basis().toPhysical(state, u);
        double err = 0;
        for (int j = 0; j < N; j++) {
            err = Math.max(err, Math.abs(u[j] - exact.u(x[j], T)));
        }
        return err;
    }

    /** atol on unnormalised coefficients (the mean coefficient is ~N): rtol at the scale of u ~ 1. */
    private static DormandPrince853 tight() {
        return new DormandPrince853(1e-12, 1e-12 * N, Double.POSITIVE_INFINITY);
    }

    private static void assertFourthOrder(double coarse, double fine, String what) {
        double order = Math.log(coarse / fine) / Math.log(2);
        assertTrue(Math.abs(order - 4) <= 0.2,
                what + ": observed order " + order + " (" + coarse + " -> " + fine + ")");
    }

    @Test
    void kuramotoSivashinskyReproducesTheManufacturedSolution() {
        // measured: DOP853 4.6e-14; ETDRK4 1.4e-9 (dt = 0.01), 8.8e-11 (dt = 0.005)
        double err = errorAtT(kuramotoSivashinsky(), KS, tight());
        assertTrue(err <= 1e-12, "DOP853 error " + err);
        assertFourthOrder(errorAtT(kuramotoSivashinsky(), KS, new Etdrk4(0.01)),
                errorAtT(kuramotoSivashinsky(), KS, new Etdrk4(0.005)), "KS, ETDRK4");
    }

    @Test
    void allenCahnReproducesTheManufacturedSolution() {
        // measured: DOP853 1.2e-14; ETDRK4 4.7e-8 (dt = 0.01), 2.9e-9 (dt = 0.005)
        double err = errorAtT(allenCahn(), AC, tight());
        assertTrue(err <= 1e-12, "DOP853 error " + err);
        assertFourthOrder(errorAtT(allenCahn(), AC, new Etdrk4(0.01)),
                errorAtT(allenCahn(), AC, new Etdrk4(0.005)), "Allen-Cahn, ETDRK4");
    }
}
