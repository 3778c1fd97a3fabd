package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.Set;

/** Registers {@code soliton}: NLSE bright soliton A sech(kappa(x - x0)) e^{ivx}; exact for all t */
public final class SolitonInitial extends NamedComponent implements InitialConditionProvider {
    public SolitonInitial() {
        super("soliton", "NLSE bright soliton A sech(kappa(x - x0)) e^{ivx}; exact for all t",
                ParameterSpec.real("amplitude", 2.0, "A").positive(),
                ParameterSpec.real("position", 0.0, "x0"),
                ParameterSpec.real("velocity", 0.0, "v"));
    }

    @Override
    public Set<String> equations() {
        return Set.of("nlse");
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new NlseSoliton(p.real("amplitude"), p.real("position"), p.real("velocity"),
                equation.real("dispersion"), equation.real("nonlinearity"));
    }
}
