package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.Set;

/** Registers {@code pulse}: modulated pulse sqrt2 A sech(Ax) e^{i nu x}(1 + m cos 2 nu x) (the reference's 'breather') */
public final class PulseInitial extends NamedComponent implements InitialConditionProvider {
    public PulseInitial() {
        super("pulse", "modulated pulse sqrt2 A sech(Ax) e^{i nu x}(1 + m cos 2 nu x) (the reference's 'breather')",
                ParameterSpec.real("amplitude", 1.0, "A").positive(),
                ParameterSpec.real("wavenumber", 0.5, "nu"),
                ParameterSpec.real("modulation", 0.5, "m"));
    }

    @Override
    public Set<String> equations() {
        return Set.of("nlse");
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new ModulatedPulse(p.real("amplitude"), p.real("wavenumber"), p.real("modulation"));
    }
}
