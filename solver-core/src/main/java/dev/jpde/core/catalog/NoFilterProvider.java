package dev.jpde.core.catalog;

import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spi.FilterProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;

/** Registers {@code none}: no filter. */
public final class NoFilterProvider implements FilterProvider {
    @Override
    public String name() {
        return "none";
    }

    @Override
    public String description() {
        return "no filter, sigma = 1";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public SpectralFilter create(Parameters p, PeriodicGrid1D grid) {
        return SpectralFilter.none();
    }
}
