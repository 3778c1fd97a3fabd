package dev.jpde.core.catalog;

import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.time.*;
import java.util.List;

/** Registers {@code ssprk3}: strong-stability-preserving 3rd-order Runge-Kutta, fixed step */
public final class Ssprk3Integrator implements IntegratorProvider {
    @Override
    public String name() {
        return "ssprk3";
    }

    @Override
    public String description() {
        return "strong-stability-preserving 3rd-order Runge-Kutta, fixed step";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("dt", null, "time step (each output interval is split into equal steps no larger)").positive());
    }

    @Override
    public TimeIntegrator create(Parameters p) {
        return new ExplicitRungeKutta(ButcherTableau.ssprk3(), p.real("dt"));
    }
}
