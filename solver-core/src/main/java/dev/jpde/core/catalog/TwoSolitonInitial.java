package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;
import java.util.Set;

/** Registers {@code two-soliton}: sum of two NLSE solitons (a collision) */
public final class TwoSolitonInitial extends NamedComponent implements InitialConditionProvider {
    public TwoSolitonInitial() {
        super("two-soliton", "sum of two NLSE solitons (a collision)",
                ParameterSpec.real("amplitude1", 2.0, "A1").positive(),
                ParameterSpec.real("position1", -10.0, "x1"),
                ParameterSpec.real("velocity1", 2.0, "v1"),
                ParameterSpec.real("amplitude2", 1.5, "A2").positive(),
                ParameterSpec.real("position2", 10.0, "x2"),
                ParameterSpec.real("velocity2", -2.0, "v2"));
    }

    @Override
    public Set<String> equations() {
        return Set.of("nlse");
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new SolitonSum(List.of(
                new NlseSoliton(p.real("amplitude1"), p.real("position1"), p.real("velocity1"),
                        equation.real("dispersion"), equation.real("nonlinearity")),
                new NlseSoliton(p.real("amplitude2"), p.real("position2"), p.real("velocity2"),
                        equation.real("dispersion"), equation.real("nonlinearity"))));
    }
}
