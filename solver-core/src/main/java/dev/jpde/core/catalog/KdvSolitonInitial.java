package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.Set;

/** Registers {@code kdv-soliton}: KdV soliton (3c/a) sech^2(sqrt(c/b)(x - x0 - ct)/2); exact */
public final class KdvSolitonInitial extends NamedComponent implements InitialConditionProvider {
    public KdvSolitonInitial() {
        super("kdv-soliton", "KdV soliton (3c/a) sech^2(sqrt(c/b)(x - x0 - ct)/2); exact",
                ParameterSpec.real("speed", null, "c").positive(),
                ParameterSpec.real("position", 0.0, "x0"));
    }

    @Override
    public Set<String> equations() {
        return Set.of("kdv");
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new KdvSoliton(equation.real("a"), equation.real("b"), p.real("speed"), p.real("position"));
    }
}
