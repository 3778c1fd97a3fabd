package dev.jpde.core.catalog;

import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.time.*;
import java.util.List;

/** Registers {@code split-step4}: Yoshida 4th-order split-step Fourier, NLSE */
public final class SplitStep4Integrator implements IntegratorProvider {
    @Override
    public String name() {
        return "split-step4";
    }

    @Override
    public String description() {
        return "Yoshida 4th-order split-step Fourier, NLSE";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("dt", null, "time step (each output interval is split into equal steps no larger)").positive());
    }

    @Override
    public TimeIntegrator create(Parameters p) {
        return new SplitStep(4, p.real("dt"));
    }
}
