package dev.jpde.core.catalog;

import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.time.*;
import java.util.List;

/** Registers {@code rk4}: classical 4th-order Runge-Kutta, fixed step */
public final class Rk4Integrator implements IntegratorProvider {
    @Override
    public String name() {
        return "rk4";
    }

    @Override
    public String description() {
        return "classical 4th-order Runge-Kutta, fixed step";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("dt", null, "time step (each output interval is split into equal steps no larger)").positive());
    }

    @Override
    public TimeIntegrator create(Parameters p) {
        return ExplicitRungeKutta.rk4(p.real("dt"));
    }
}
