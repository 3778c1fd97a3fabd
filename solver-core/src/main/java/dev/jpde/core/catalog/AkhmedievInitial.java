package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.Set;

/** Registers {@code akhmediev}: Akhmediev breather (exact; needs beta = 1/2, gamma = 1, box length 2 pi / Omega) */
public final class AkhmedievInitial extends NamedComponent implements InitialConditionProvider {
    public AkhmedievInitial() {
        super("akhmediev", "Akhmediev breather (exact; needs beta = 1/2, gamma = 1, box length 2 pi / Omega)",
                ParameterSpec.real("a", 0.25, "breather parameter").between(0, 0.5));
    }

    @Override
    public Set<String> equations() {
        return Set.of("nlse");
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new AkhmedievBreather(p.real("a"));
    }
}
