package dev.jpde.core.equation;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.ComplexArrays;
import dev.jpde.core.spectral.DerivativeSymbol;
import dev.jpde.core.spectral.PaddedProduct;
import dev.jpde.core.spectral.TwoThirdsRule;

/**
 * The conservative quadratic term {@code c (u^2)_x} of a real field, in Fourier space {@code c i k FFT(u^2)},
 * dealiased as chosen. It is the nonlinearity of Burgers ({@code c = -1/2}), KdV ({@code c = -a/2}) and
 * Kuramoto-Sivashinsky ({@code c = -1/2}).
 */
public final class QuadraticFlux {
    private final int n;
    private final int bins;
    private final double[] derivative;
    private final double[] mask;
    private final Dealiasing dealiasing;
    private final RealFft fft;
    private final PaddedProduct padded;
    private final double[] spec;
    private final double[] field;

    public QuadraticFlux(PeriodicGrid1D grid, double c, Dealiasing dealiasing, Fft backend) {
        this.n = grid.size();
        this.fft = backend.real(n);
        this.bins = fft.spectrumSize();
        this.dealiasing = dealiasing;
        double[] d = DerivativeSymbol.of(grid.halfWavenumbers(), 1, DerivativeSymbol.nyquistIndexHalf(n));
        for (int j = 0; j < d.length; j++) {
            d[j] *= c;
        }
        this.derivative = d;
        this.mask = dealiasing == Dealiasing.TWO_THIRDS ? TwoThirdsRule.forGrid(grid).symbol(grid.halfWavenumbers()) : null;
        this.padded = dealiasing == Dealiasing.PADDING ? new PaddedProduct(n, backend) : null;
        this.spec = new double[2 * bins];
        this.field = new double[n];
    }

    /** {@code out = c i k FFT(u^2)} for the half spectrum {@code state}; out must not alias state. */
    public void apply(double[] state, double[] out) {
        switch (dealiasing) {
            case PADDING -> padded.multiply(state, state, out);
            case TWO_THIRDS -> {
                ComplexArrays.scale(mask, state, spec, bins);
                square(spec, out);
                ComplexArrays.scale(mask, out, out, bins);
            }
            default -> square(state, out);
        }
        ComplexArrays.multiply(derivative, out, out, bins);
    }

    private void square(double[] in, double[] out) {
        fft.inverse(in, field);
        for (int j = 0; j < n; j++) {
            field[j] *= field[j];
        }
        fft.forward(field, out);
    }
}
