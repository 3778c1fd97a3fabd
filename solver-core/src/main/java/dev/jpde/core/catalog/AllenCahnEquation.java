package dev.jpde.core.catalog;

import dev.jpde.core.equation.*;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spi.EquationProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;

/** Registers {@code allen-cahn}: Allen-Cahn u_t = eps u_xx + u - u^3 (periodic) */
public final class AllenCahnEquation extends NamedComponent implements EquationProvider {
    public AllenCahnEquation() {
        super("allen-cahn", "Allen-Cahn u_t = eps u_xx + u - u^3 (periodic)",
                ParameterSpec.real("epsilon", null, "interface parameter eps").positive());
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
        return new AllenCahn(grid, p.real("epsilon"), fft);
    }
}
