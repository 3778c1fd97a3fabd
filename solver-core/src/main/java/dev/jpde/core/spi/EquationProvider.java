package dev.jpde.core.spi;

import dev.jpde.core.equation.SemilinearPde;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;

/** Makes an equation from its parameters. Registered as a {@code java.util.ServiceLoader} service. */
public interface EquationProvider extends Component {
    /** True for complex fields (e.g. NLSE), false for real fields. */
    boolean complexField();

    /** True when the equation applies a {@link SpectralFilter} from the case's {@code filter} section. */
    default boolean acceptsFilter() {
        return false;
    }

    /**
     * The equation on the grid, transforming with {@code fft}; {@code filter} is the identity unless
     * {@link #acceptsFilter()}.
     */
    SemilinearPde create(Parameters parameters, PeriodicGrid1D grid, SpectralFilter filter, Fft fft);
}
