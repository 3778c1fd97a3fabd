package dev.jpde.core.catalog;

import dev.jpde.core.equation.*;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.spi.EquationProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;

/** Registers {@code kuramoto-sivashinsky}: Kuramoto-Sivashinsky u_t + u u_x + u_xx + u_xxxx = 0 */
public final class KuramotoSivashinskyEquation implements EquationProvider {
    @Override
    public String name() {
        return "kuramoto-sivashinsky";
    }

    @Override
    public String description() {
        return "Kuramoto-Sivashinsky u_t + u u_x + u_xx + u_xxxx = 0";
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
        return List.of(ParameterSpec.text("dealiasing", "padding", "none, two-thirds (2/3 rule) or padding (3/2 rule)", "none", "two-thirds", "padding"));
    }

    @Override
    public SemilinearPde create(Parameters p, PeriodicGrid1D grid, SpectralFilter filter, Fft fft) {
        return new KuramotoSivashinsky(grid, Dealiasings.of(p), fft);
    }
}
