package dev.jpde.core.equation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.time.Etdrk4;
import dev.jpde.core.time.StepListener;
import org.junit.jupiter.api.Test;

/**
 * KdV {@code u_t + 6 u u_x + u_xxx = 0} (a = 6, b = 1) carries the soliton
 * {@code u = (3c/a) sech^2((1/2) sqrt(c/b) (x - x0 - c t)) = 2 sech^2(x - x0 - 4t)} for c = 4.
 *
 * <p>Discretisation: the box [-20, 20) keeps the soliton (x0 = -2, at +2 by T = 1) at least 18 from the seam, where
 * {@code 8 e^{-36} = 2e-15}. The Fourier transform of {@code sech^2} decays like {@code e^{-pi k/2}}; N = 256 with
 * padding keeps |k| < 20.1, a tail ~1e-12 relative to the peak. The dispersion {@code i k^3} (up to 8000) is exact in
 * ETDRK4, which leaves a time error {@code C dt^4}: measured 9.7e-9 at dt = 1e-3 and 6.0e-10 at dt = 5e-4.
 */
class KdvTest {
    private static final int N = 256;
    private static final double C = 4;
    private static final double X0 = -2;

    private static double soliton(double x, double t) {
        double s = 1 / Math.cosh(0.5 * Math.sqrt(C) * (x - X0 - C * t));
        return 3 * C / 6 * s * s;
    }

    private static Kdv equation() {
        return new Kdv(PeriodicGrid1D.centered(40, N), 6, 1, Dealiasing.PADDING);
    }

    private static double[] initial(Kdv pde) {
        double[] x = pde.basis().grid().points();
        double[] u = new double[N];
        for (int j = 0; j < N; j++) {
            u[j] = soliton(x[j], 0);
        }
        double[] s = pde.basis().newState();
        pde.basis().toSpectral(u, s);
        return s;
    }

    private static double errorAtT(double dt, double[] massOut) {
        Kdv pde = equation();
        double[] state = initial(pde);
        massOut[0] = state[0];
        new Etdrk4(dt).integrate(pde, 0, state, new double[] {1.0}, StepListener.none());
        massOut[1] = state[0];
        massOut[2] = state[1];
        double[] x = pde.basis().grid().points();
        double[] u = pde.basis().newField();
        pde.basis().toPhysical(state, u);
        double err = 0;
        for (int j = 0; j < N; j++) {
            err = Math.max(err, Math.abs(u[j] - soliton(x[j], 1.0)));
        }
        return err;
    }

    @Test
    void solitonTravelsUnchangedAtSpeedC() {
        double[] mass = new double[3];
        double coarse = errorAtT(1e-3, mass);
        double fine = errorAtT(5e-4, mass);
        // the error is ETDRK4's (4th order) and not spatial: halving dt divides it by 2^4 = 16 (measured 16.3)
        double order = Math.log(coarse / fine) / Math.log(2);
        assertTrue(Math.abs(order - 4) <= 0.2, "observed order " + order + " (" + coarse + " -> " + fine + ")");
        assertTrue(fine <= 1e-9, "max error at T = 1: " + fine);
        // the mass (k = 0 coefficient) is untouched: L_0 = 0 and the flux derivative i k vanishes at k = 0
        assertEquals(mass[0], mass[1], 0.0);
        assertEquals(0.0, mass[2], 0.0);
    }
}
