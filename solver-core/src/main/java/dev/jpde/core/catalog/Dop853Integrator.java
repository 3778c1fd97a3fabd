package dev.jpde.core.catalog;

import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.time.*;

/** Registers {@code dop853}: adaptive Dormand-Prince 8(5,3), scipy step control, dense output */
public final class Dop853Integrator extends NamedComponent implements IntegratorProvider {
    public Dop853Integrator() {
        super("dop853", "adaptive Dormand-Prince 8(5,3), scipy step control, dense output",
                ParameterSpec.real("rtol", 1e-9, "relative tolerance").positive(),
                ParameterSpec.real("atol", 1e-11, "absolute tolerance on Fourier coefficients").positive(),
                ParameterSpec.real("max_step", Double.MAX_VALUE, "largest step").positive());
    }

    @Override
    public TimeIntegrator create(Parameters p) {
        return new DormandPrince853(p.real("rtol"), p.real("atol"), p.real("max_step"));
    }
}
