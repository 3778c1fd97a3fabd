package dev.jpde.core.catalog;

import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.time.*;

/** Registers {@code ssprk3}: strong-stability-preserving 3rd-order Runge-Kutta, fixed step */
public final class Ssprk3Integrator extends NamedComponent implements IntegratorProvider {
    public Ssprk3Integrator() {
        super("ssprk3", "strong-stability-preserving 3rd-order Runge-Kutta, fixed step",
                CommonParameters.DT);
    }

    @Override
    public TimeIntegrator create(Parameters p) {
        return new ExplicitRungeKutta(ButcherTableau.ssprk3(), p.real("dt"));
    }
}
