package dev.jpde.core.run;

import dev.jpde.core.diag.NlseInvariants;
import dev.jpde.core.diag.RealFieldEnergy;
import dev.jpde.core.equation.Nlse;
import dev.jpde.core.equation.SemilinearPde;
import java.util.ArrayList;
import java.util.List;

/**
 * The scalar diagnostics recorded at each output: for the NLSE {@code mass, momentum, hamiltonian,
 * hamiltonian_filtered}; for real fields {@code mean} ({@code int u dx}, conserved by the conservative quadratic
 * equations) and {@code energy} ({@code (1/2) int u^2 dx}); plus {@code error_max} (max-abs error against the exact
 * solution) when the initial condition is exact.
 */
public final class Diagnostics {
    private final SemilinearPde pde;
    private final NlseInvariants nlse;
    private final List<String> names = new ArrayList<>();

    public Diagnostics(SemilinearPde pde, boolean withError) {
        this.pde = pde;
        this.nlse = pde instanceof Nlse n ? new NlseInvariants(n) : null;
        if (nlse != null) {
            names.addAll(List.of("mass", "momentum", "hamiltonian", "hamiltonian_filtered"));
        } else {
            names.addAll(List.of("mean", "energy"));
        }
        if (withError) {
            names.add("error_max");
        }
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    /** Fills {@code out} in the order of {@link #names()}; {@code exact} is the exact field or null. */
    public void evaluate(double[] state, double[] field, double[] exact, double[] out) {
        int i = 0;
        if (nlse != null) {
            out[i++] = nlse.mass(state);
            out[i++] = nlse.momentum(state);
            out[i++] = nlse.hamiltonian(state);
            out[i++] = nlse.hamiltonianFiltered(state);
        } else {
            int n = pde.basis().grid().size();
            double dx = pde.basis().grid().dx();
            out[i++] = state[0] * dx;
            out[i++] = RealFieldEnergy.energy(state, n, dx);
        }
        if (exact != null) {
            double err = 0;
            if (pde.basis().complexField()) {
                for (int j = 0; j < field.length / 2; j++) {
                    err = Math.max(err, Math.hypot(field[2 * j] - exact[2 * j], field[2 * j + 1] - exact[2 * j + 1]));
                }
            } else {
                for (int j = 0; j < field.length; j++) {
                    err = Math.max(err, Math.abs(field[j] - exact[j]));
                }
            }
            out[i] = err;
        }
    }
}
