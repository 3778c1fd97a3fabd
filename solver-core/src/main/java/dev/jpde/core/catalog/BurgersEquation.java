package dev.jpde.core.catalog;

import dev.jpde.core.equation.*;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spi.EquationProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;

/** Registers {@code burgers}: viscous Burgers u_t + u u_x = nu u_xx */
public final class BurgersEquation implements EquationProvider {
    @Override
    public String name() {
        return "burgers";
    }

    @Override
    public String description() {
        return "viscous Burgers u_t + u u_x = nu u_xx";
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
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("viscosity", null, "nu").atLeast(0), ParameterSpec.text("dealiasing", "padding", "none, two-thirds (2/3 rule) or padding (3/2 rule)", "none", "two-thirds", "padding"));
    }

    @Override
    public SemilinearPde create(Parameters p, PeriodicGrid1D grid, SpectralFilter filter, Fft fft) {
        return new ViscousBurgers(grid, p.real("viscosity"), Dealiasings.of(p), fft);
    }
}
