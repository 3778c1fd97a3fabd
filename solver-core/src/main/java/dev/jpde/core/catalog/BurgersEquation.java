package dev.jpde.core.catalog;

import dev.jpde.core.equation.*;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spi.EquationProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;

/** Registers {@code burgers}: viscous Burgers u_t + u u_x = nu u_xx */
public final class BurgersEquation extends NamedComponent implements EquationProvider {
    public BurgersEquation() {
        super("burgers", "viscous Burgers u_t + u u_x = nu u_xx",
                ParameterSpec.real("viscosity", null, "nu").atLeast(0),
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
        return new ViscousBurgers(grid, p.real("viscosity"), Dealiasings.of(p), fft);
    }
}
