package dev.jpde.core.catalog;

import dev.jpde.core.equation.*;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spi.EquationProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;

/** Registers {@code nlse}: cubic NLSE i psi_t + beta psi_xx + gamma |psi|^2 psi = 0 (gamma > 0 focusing) */
public final class NlseEquation implements EquationProvider {
    @Override
    public String name() {
        return "nlse";
    }

    @Override
    public String description() {
        return "cubic NLSE i psi_t + beta psi_xx + gamma |psi|^2 psi = 0 (gamma > 0 focusing)";
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
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("dispersion", 0.5, "beta"), ParameterSpec.real("nonlinearity", 1.0, "gamma (> 0 focusing, < 0 defocusing)"));
    }

    @Override
    public SemilinearPde create(Parameters p, PeriodicGrid1D grid, SpectralFilter filter, Fft fft) {
        return new Nlse(grid, p.real("dispersion"), p.real("nonlinearity"), filter, fft);
    }
}
