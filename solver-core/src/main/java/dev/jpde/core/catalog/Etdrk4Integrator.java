package dev.jpde.core.catalog;

import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.time.*;

/** Registers {@code etdrk4}: exponential time differencing RK4 (Cox-Matthews, Kassam-Trefethen), fixed step */
public final class Etdrk4Integrator extends NamedComponent implements IntegratorProvider {
    public Etdrk4Integrator() {
        super("etdrk4", "exponential time differencing RK4 (Cox-Matthews, Kassam-Trefethen), fixed step",
                CommonParameters.DT);
    }

    @Override
    public TimeIntegrator create(Parameters p) {
        return new Etdrk4(p.real("dt"));
    }
}
