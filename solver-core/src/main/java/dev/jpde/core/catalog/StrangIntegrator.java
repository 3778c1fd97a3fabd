package dev.jpde.core.catalog;

import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.time.*;
import java.util.List;

/** Registers {@code strang}: Strang split-step Fourier (order 2), NLSE */
public final class StrangIntegrator implements IntegratorProvider {
    @Override
    public String name() {
        return "strang";
    }

    @Override
    public String description() {
        return "Strang split-step Fourier (order 2), NLSE";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("dt", null, "time step (each output interval is split into equal steps no larger)").positive());
    }

    @Override
    public TimeIntegrator create(Parameters p) {
        return new SplitStep(2, p.real("dt"));
    }
}
