package dev.jpde.core.equation;

import dev.jpde.core.fft.ComplexFft;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;

/** Complex fields: the state is the full FFT of {@code psi}, n coefficients in FFT order. */
public final class ComplexFourierBasis1D implements SpectralBasis {
    private final PeriodicGrid1D grid;
    private final ComplexFft fft;

    public ComplexFourierBasis1D(PeriodicGrid1D grid, Fft backend) {
        this.grid = grid;
        this.fft = backend.complex(grid.size());
    }

    @Override
    public PeriodicGrid1D grid() {
        return grid;
    }

    @Override
    public boolean complexField() {
        return true;
    }

    @Override
    public int stateSize() {
        return grid.size();
    }

    @Override
    public double[] wavenumbers() {
        return grid.wavenumbers();
    }

    @Override
    public int nyquistIndex() {
        return grid.size() % 2 == 0 ? grid.size() / 2 : -1;
    }

    @Override
    public void toSpectral(double[] field, double[] state) {
        System.arraycopy(field, 0, state, 0, 2 * grid.size());
        fft.forward(state);
    }

    @Override
    public void toPhysical(double[] state, double[] field) {
        System.arraycopy(state, 0, field, 0, 2 * grid.size());
        fft.inverse(field);
    }

    /** The FFT plan this basis uses, for equations that share it. */
    ComplexFft fft() {
        return fft;
    }
}
