package dev.jpde.core.catalog;

import dev.jpde.core.equation.*;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spi.EquationProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;

/** Registers {@code kdv}: Korteweg-de Vries u_t + a u u_x + b u_xxx = 0 */
public final class KdvEquation extends NamedComponent implements EquationProvider {
    public KdvEquation() {
        super("kdv", "Korteweg-de Vries u_t + a u u_x + b u_xxx = 0",
                ParameterSpec.real("a", 6.0, "nonlinear coefficient"),
                ParameterSpec.real("b", 1.0, "dispersive coefficient"),
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
        return new Kdv(grid, p.real("a"), p.real("b"), Dealiasings.of(p), fft);
    }
}
