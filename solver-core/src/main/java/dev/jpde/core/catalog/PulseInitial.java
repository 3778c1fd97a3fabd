package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;
import java.util.Set;

/** Registers {@code pulse}: modulated pulse sqrt2 A sech(Ax) e^{i nu x}(1 + m cos 2 nu x) (the reference's 'breather') */
public final class PulseInitial implements InitialConditionProvider {
    @Override
    public String name() {
        return "pulse";
    }

    @Override
    public String description() {
        return "modulated pulse sqrt2 A sech(Ax) e^{i nu x}(1 + m cos 2 nu x) (the reference's 'breather')";
    }

    @Override
    public Set<String> equations() {
        return Set.of("nlse");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("amplitude", 1.0, "A").positive(), ParameterSpec.real("wavenumber", 0.5, "nu"), ParameterSpec.real("modulation", 0.5, "m"));
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new ModulatedPulse(p.real("amplitude"), p.real("wavenumber"), p.real("modulation"));
    }
}
