package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;
import java.util.Set;

/** Registers {@code akhmediev}: Akhmediev breather (exact; needs beta = 1/2, gamma = 1, box length 2 pi / Omega) */
public final class AkhmedievInitial implements InitialConditionProvider {
    @Override
    public String name() {
        return "akhmediev";
    }

    @Override
    public String description() {
        return "Akhmediev breather (exact; needs beta = 1/2, gamma = 1, box length 2 pi / Omega)";
    }

    @Override
    public Set<String> equations() {
        return Set.of("nlse");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("a", 0.25, "breather parameter").between(0, 0.5));
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new AkhmedievBreather(p.real("a"));
    }
}
