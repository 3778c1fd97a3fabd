package dev.jpde.core.catalog;

import dev.jpde.core.equation.*;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spi.EquationProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.Parameters;

/** Registers {@code kuramoto-sivashinsky}: Kuramoto-Sivashinsky u_t + u u_x + u_xx + u_xxxx = 0 */
public final class KuramotoSivashinskyEquation extends NamedComponent implements EquationProvider {
    public KuramotoSivashinskyEquation() {
        super("kuramoto-sivashinsky", "Kuramoto-Sivashinsky u_t + u u_x + u_xx + u_xxxx = 0",
                CommonParameters.DEALIASING);
    }

    @Override
    public boolean complexField() {
        return false;
    }

    @Override
    public boolean acceptsFilter() {
        return false;
    }

    @Override
    public SemilinearPde create(Parameters p, PeriodicGrid1D grid, SpectralFilter filter, Fft fft) {
        return new KuramotoSivashinsky(grid, Dealiasings.of(p), fft);
    }
}
