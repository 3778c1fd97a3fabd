package dev.jpde.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.equation.Nlse;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.initial.NlseSoliton;
import dev.jpde.core.spectral.ExponentialFilter;
import dev.jpde.core.time.DormandPrince853;
import org.junit.jupiter.api.Test;

/** The README's embedding example, as written there, runs and gives the reference accuracy. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns() {
        int[] outputs = {0};
        var grid = PeriodicGrid1D.centered(50.0, 512);
        var nlse = new Nlse(grid, 0.5, 1.0, ExponentialFilter.twoThirds(grid, 36, 36));
        var soliton = new NlseSoliton(2.0, -10.0, 1.0, 0.5, 1.0);
        var sim = new Simulation(nlse, soliton, new DormandPrince853(1e-9, 1e-11, 0.1), 0.0, Simulation.linspace(0, 20, 100));
        RunSummary summary = sim.run(new SimulationObserver() {
            @Override
            public void output(int i, double t, long step, double[] psi, double[] diagnostics) {
                outputs[0]++;
                assertEquals(4.0, diagnostics[0], 1e-12, "mass");
            }
        });
        assertEquals(100, outputs[0]);
        assertEquals(java.util.List.of("mass", "momentum", "hamiltonian", "hamiltonian_filtered", "error_max"),
                summary.diagnosticNames());
        assertTrue(summary.maxError() < 1e-6, "error " + summary.maxError());
        assertTrue(summary.maxDrift()[0] < 1e-13, "mass drift " + summary.maxDrift()[0]);
    }
}
