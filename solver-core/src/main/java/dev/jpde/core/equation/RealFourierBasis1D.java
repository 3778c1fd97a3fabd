package dev.jpde.core.equation;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import dev.jpde.core.grid.PeriodicGrid1D;

/** Real fields: the state is the rfft of {@code u}, n/2+1 coefficients for wavenumbers {@code 0..pi n/L}. */
public final class RealFourierBasis1D implements SpectralBasis {
    private final PeriodicGrid1D grid;
    private final RealFft fft;

    public RealFourierBasis1D(PeriodicGrid1D grid, Fft backend) {
        this.grid = grid;
        this.fft = backend.real(grid.size());
    }

    @Override
    public PeriodicGrid1D grid() {
        return grid;
    }

    @Override
    public boolean complexField() {
        return false;
    }

    @Override
    public int stateSize() {
        return fft.spectrumSize();
    }

    @Override
    public double[] wavenumbers() {
        return grid.halfWavenumbers();
    }

    @Override
    public int nyquistIndex() {
        return grid.size() % 2 == 0 ? grid.size() / 2 : -1;
    }

    @Override
    public void toSpectral(double[] field, double[] state) {
        fft.forward(field, state);
    }

    @Override
    public void toPhysical(double[] state, double[] field) {
        fft.inverse(state, field);
    }
}
