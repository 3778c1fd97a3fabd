package dev.jpde.core.catalog;

import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.time.*;
import java.util.List;

/** Registers {@code etdrk4}: exponential time differencing RK4 (Cox-Matthews, Kassam-Trefethen), fixed step */
public final class Etdrk4Integrator implements IntegratorProvider {
    @Override
    public String name() {
        return "etdrk4";
    }

    @Override
    public String description() {
        return "exponential time differencing RK4 (Cox-Matthews, Kassam-Trefethen), fixed step";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("dt", null, "time step (each output interval is split into equal steps no larger)").positive());
    }

    @Override
    public TimeIntegrator create(Parameters p) {
        return new Etdrk4(p.real("dt"));
    }
}
