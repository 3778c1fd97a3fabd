package dev.jpde.core.spi;

import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;

/** Makes a spectral filter for a grid. Registered as a ServiceLoader service. */
public interface FilterProvider extends Component {
    SpectralFilter create(Parameters parameters, PeriodicGrid1D grid);
}
