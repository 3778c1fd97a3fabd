package dev.jpde.core.spectral;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * Orszag's 2/3 rule: {@code sigma(k) = 1} for {@code |k| < k_c}, 0 otherwise, with {@code k_c = (2/3) k_Nyquist}.
 * Removes the aliasing of quadratic products exactly.
 */
public final class TwoThirdsRule implements SpectralFilter {
    private final double cutoff;

    public TwoThirdsRule(double cutoff) {
        if (!(cutoff > 0)) {
            throw new IllegalArgumentException("cutoff must be > 0, got " + cutoff);
        }
        this.cutoff = cutoff;
    }

    public static TwoThirdsRule forGrid(PeriodicGrid1D grid) {
        return new TwoThirdsRule(2.0 / 3.0 * grid.nyquist());
    }

    @Override
    public double sigma(double k) {
        return Math.abs(k) < cutoff * (1 - 1e-12) ? 1.0 : 0.0;
    }

    @Override
    public String toString() {
        return "two-thirds(kc=" + cutoff + ")";
    }
}
