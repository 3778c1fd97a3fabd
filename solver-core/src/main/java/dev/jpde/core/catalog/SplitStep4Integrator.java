package dev.jpde.core.catalog;

import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.time.*;

/** Registers {@code split-step4}: Yoshida 4th-order split-step Fourier, NLSE */
public final class SplitStep4Integrator extends NamedComponent implements IntegratorProvider {
    public SplitStep4Integrator() {
        super("split-step4", "Yoshida 4th-order split-step Fourier, NLSE",
                CommonParameters.DT);
    }

    @Override
    public TimeIntegrator create(Parameters p) {
        return new SplitStep(4, p.real("dt"));
    }
}
