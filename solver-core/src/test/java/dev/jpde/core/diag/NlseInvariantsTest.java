package dev.jpde.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jpde.core.equation.Nlse;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.initial.NlseSoliton;
import dev.jpde.core.spectral.ExponentialFilter;
import dev.jpde.core.spectral.SpectralFilter;
import org.junit.jupiter.api.Test;

/** Invariants of a well-resolved soliton against their closed forms (spec nlse.md 4.1). */
class NlseInvariantsTest {
    private static double[] solitonState(Nlse nlse, double a, double v) {
        double[] psi = nlse.basis().newField();
        new NlseSoliton(a, -3.0, v, nlse.dispersion(), nlse.nonlinearity()).evaluate(nlse.basis().grid(), 0.0, psi);
        double[] state = nlse.basis().newState();
        nlse.basis().toSpectral(psi, state);
        return state;
    }

    @Test
    void solitonMassMomentumAndHamiltonianMatchClosedForms() {
        // A = 2, v = 1 on L = 50, N = 512: tails e^{-2*22} and spectrum sech(pi k/4) at k_Nyquist = 32: both < 1e-15
        Nlse nlse = new Nlse(PeriodicGrid1D.centered(50, 512), 0.5, 1.0, SpectralFilter.none());
        NlseInvariants inv = new NlseInvariants(nlse);
        double[] s = solitonState(nlse, 2.0, 1.0);
        assertEquals(4.0, inv.mass(s), 1e-12, "M = 2A");
        assertEquals(4.0, inv.momentum(s), 1e-12, "P = 2Av");
        assertEquals(2.0 * 1.0 * 1.0 - 8.0 / 3.0, inv.hamiltonian(s), 1e-12, "H = A v^2 - A^3/3 = -2/3");
        assertEquals(inv.hamiltonian(s), inv.hamiltonianFiltered(s), 1e-15, "no filter: H_sigma = H");
    }

    @Test
    void filteredHamiltonianDiffersOnlyThroughContentNearTheCutoff() {
        PeriodicGrid1D grid = PeriodicGrid1D.centered(50, 512);
        Nlse nlse = new Nlse(grid, 0.5, 1.0, ExponentialFilter.twoThirds(grid, 36, 36));
        NlseInvariants inv = new NlseInvariants(nlse);
        double[] s = solitonState(nlse, 2.0, 1.0);
        // the soliton's spectrum at 0.8 k_c (~17) is ~sech(pi*17/4) ~ 3e-6 relative: H_sigma - H is far below 1e-8
        assertEquals(inv.hamiltonian(s), inv.hamiltonianFiltered(s), 1e-8);
    }

    @Test
    void realFieldEnergyIsHalfTheIntegralOfTheSquare() {
        PeriodicGrid1D grid = PeriodicGrid1D.fromZero(2 * Math.PI, 64);
        dev.jpde.core.equation.RealFourierBasis1D basis = new dev.jpde.core.equation.RealFourierBasis1D(grid,
                dev.jpde.core.fft.Fft.jtransforms());
        double[] u = new double[64];
        for (int j = 0; j < 64; j++) {
            double x = grid.x(j);
            u[j] = 1.5 + Math.sin(3 * x) + 0.25 * Math.cos(32 * x);
        }
        double[] state = basis.newState();
        basis.toSpectral(u, state);
        // (1/2) int (1.5^2 + sin^2 3x + 0.0625 cos^2 32x) over 2 pi; cos(32x) is the Nyquist mode: cos^2 = 1 on the grid
        double exact = 0.5 * (2.25 * 2 * Math.PI + Math.PI + 0.0625 * 2 * Math.PI);
        assertEquals(exact, RealFieldEnergy.energy(state, 64, grid.dx()), 1e-12);
    }
}
