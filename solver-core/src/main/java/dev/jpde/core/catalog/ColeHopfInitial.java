package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.Set;

/** Registers {@code cole-hopf}: Cole-Hopf exact Burgers solution 2 nu e^{-nu t} sin x / (a + e^{-nu t} cos x) on [0, 2 pi) */
public final class ColeHopfInitial extends NamedComponent implements InitialConditionProvider {
    public ColeHopfInitial() {
        super("cole-hopf", "Cole-Hopf exact Burgers solution 2 nu e^{-nu t} sin x / (a + e^{-nu t} cos x) on [0, 2 pi)",
                ParameterSpec.real("offset", null, "a > 1 (close to 1 is steep)").atLeast(1));
    }

    @Override
    public Set<String> equations() {
        return Set.of("burgers");
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new ColeHopfBurgers(equation.real("viscosity"), p.real("offset"));
    }
}
