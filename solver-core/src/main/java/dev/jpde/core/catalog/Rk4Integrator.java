package dev.jpde.core.catalog;

import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.time.*;

/** Registers {@code rk4}: classical 4th-order Runge-Kutta, fixed step */
public final class Rk4Integrator extends NamedComponent implements IntegratorProvider {
    public Rk4Integrator() {
        super("rk4", "classical 4th-order Runge-Kutta, fixed step",
                CommonParameters.DT);
    }

    @Override
    public TimeIntegrator create(Parameters p) {
        return ExplicitRungeKutta.rk4(p.real("dt"));
    }
}
