package dev.jpde.core.catalog;

import dev.jpde.core.equation.*;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spi.EquationProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;

/** Registers {@code nlse}: cubic NLSE i psi_t + beta psi_xx + gamma |psi|^2 psi = 0 (gamma > 0 focusing) */
public final class NlseEquation extends NamedComponent implements EquationProvider {
    public NlseEquation() {
        super("nlse", "cubic NLSE i psi_t + beta psi_xx + gamma |psi|^2 psi = 0 (gamma > 0 focusing)",
                ParameterSpec.real("dispersion", 0.5, "beta"),
                ParameterSpec.real("nonlinearity", 1.0, "gamma (> 0 focusing, < 0 defocusing)"));
    }

    @Override
    public boolean complexField() {
        return true;
    }

    @Override
    public boolean acceptsFilter() {
        return true;
    }

    @Override
    public SemilinearPde create(Parameters p, PeriodicGrid1D grid, SpectralFilter filter, Fft fft) {
        return new Nlse(grid, p.real("dispersion"), p.real("nonlinearity"), filter, fft);
    }
}
