package dev.jpde.core.catalog;

import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.ExponentialFilter;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spi.FilterProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;

/** Registers {@code exponential}: sigma(k) = exp(-strength (|k|/k_c)^order), k_c = cutoff * k_Nyquist. */
public final class ExponentialFilterProvider extends NamedComponent implements FilterProvider {
    public ExponentialFilterProvider() {
        super("exponential", "smooth filter exp(-strength (|k|/k_c)^order), k_c = cutoff * k_Nyquist",
                ParameterSpec.real("strength", 36.0, "alpha").positive(),
                ParameterSpec.real("order", 36.0, "p").positive(),
                ParameterSpec.real("cutoff", 2.0 / 3.0, "k_c as a fraction of the Nyquist wavenumber").positive());
    }

    @Override
    public SpectralFilter create(Parameters p, PeriodicGrid1D grid) {
        return new ExponentialFilter(p.real("strength"), p.real("order"), p.real("cutoff") * grid.nyquist());
    }
}
