package dev.jpde.core.catalog;

import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spectral.TwoThirdsRule;
import dev.jpde.core.spi.FilterProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.Parameters;

/** Registers {@code two-thirds}: the sharp 2/3 rule. */
public final class TwoThirdsFilterProvider extends NamedComponent implements FilterProvider {
    public TwoThirdsFilterProvider() {
        super("two-thirds", "sharp 2/3 rule: zero |k| >= (2/3) k_Nyquist");
    }

    @Override
    public SpectralFilter create(Parameters p, PeriodicGrid1D grid) {
        return TwoThirdsRule.forGrid(grid);
    }
}
