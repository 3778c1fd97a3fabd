package dev.jpde.core.equation;

/**
 * An equation with an added real source: {@code u_t = L u + N(u) + f(x, t)}. The source is sampled on the grid
 * and transformed at every evaluation. Used for manufactured-solution tests and forced problems.
 */
public final class ForcedPde implements SemilinearPde {
    private final SemilinearPde pde;
    private final SourceTerm source;
    private final double[] x;
    private final double[] sampled;
    private final double[] spectrum;

    public ForcedPde(SemilinearPde pde, SourceTerm source) {
        if (pde.basis().complexField()) {
            throw new IllegalArgumentException("ForcedPde takes real-field equations");
        }
        this.pde = pde;
        this.source = source;
        this.x = pde.basis().grid().points();
        this.sampled = new double[x.length];
        this.spectrum = pde.basis().newState();
    }

    @Override
    public SpectralBasis basis() {
        return pde.basis();
    }

    @Override
    public void linearSymbol(double[] out) {
        pde.linearSymbol(out);
    }

    @Override
    public void nonlinear(double t, double[] state, double[] out) {
        pde.nonlinear(t, state, out);
        for (int j = 0; j < x.length; j++) {
            sampled[j] = source.value(x[j], t);
        }
        pde.basis().toSpectral(sampled, spectrum);
        for (int j = 0; j < spectrum.length; j++) {
            out[j] += spectrum[j];
        }
    }
}
