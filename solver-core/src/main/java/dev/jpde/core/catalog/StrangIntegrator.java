package dev.jpde.core.catalog;

import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.time.*;

/** Registers {@code strang}: Strang split-step Fourier (order 2), NLSE */
public final class StrangIntegrator extends NamedComponent implements IntegratorProvider {
    public StrangIntegrator() {
        super("strang", "Strang split-step Fourier (order 2), NLSE",
                CommonParameters.DT);
    }

    @Override
    public TimeIntegrator create(Parameters p) {
        return new SplitStep(2, p.real("dt"));
    }
}
