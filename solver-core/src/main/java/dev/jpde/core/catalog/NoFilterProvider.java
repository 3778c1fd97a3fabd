package dev.jpde.core.catalog;

import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spi.FilterProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.Parameters;

/** Registers {@code none}: no filter. */
public final class NoFilterProvider extends NamedComponent implements FilterProvider {
    public NoFilterProvider() {
        super("none", "no filter, sigma = 1");
    }

    @Override
    public SpectralFilter create(Parameters p, PeriodicGrid1D grid) {
        return SpectralFilter.none();
    }
}
