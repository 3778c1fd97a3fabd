package dev.jpde.core.catalog;

import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spectral.TwoThirdsRule;
import dev.jpde.core.spi.FilterProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;

/** Registers {@code two-thirds}: the sharp 2/3 rule. */
public final class TwoThirdsFilterProvider implements FilterProvider {
    @Override
    public String name() {
        return "two-thirds";
    }

    @Override
    public String description() {
        return "sharp 2/3 rule: zero |k| >= (2/3) k_Nyquist";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public SpectralFilter create(Parameters p, PeriodicGrid1D grid) {
        return TwoThirdsRule.forGrid(grid);
    }
}
