package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;
import java.util.Set;

/** Registers {@code kdv-soliton}: KdV soliton (3c/a) sech^2(sqrt(c/b)(x - x0 - ct)/2); exact */
public final class KdvSolitonInitial implements InitialConditionProvider {
    @Override
    public String name() {
        return "kdv-soliton";
    }

    @Override
    public String description() {
        return "KdV soliton (3c/a) sech^2(sqrt(c/b)(x - x0 - ct)/2); exact";
    }

    @Override
    public Set<String> equations() {
        return Set.of("kdv");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("speed", null, "c").positive(), ParameterSpec.real("position", 0.0, "x0"));
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new KdvSoliton(equation.real("a"), equation.real("b"), p.real("speed"), p.real("position"));
    }
}
