package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.Set;

/** Registers {@code trigonometric}: offset + a cos(2 pi m x/L)(1 + b sin(2 pi q x/L)) */
public final class TrigonometricInitial extends NamedComponent implements InitialConditionProvider {
    public TrigonometricInitial() {
        super("trigonometric", "offset + a cos(2 pi m x/L)(1 + b sin(2 pi q x/L))",
                ParameterSpec.real("offset", 0.0, "mean"),
                ParameterSpec.real("a", 1.0, "amplitude"),
                ParameterSpec.real("m", 1.0, "cosine mode"),
                ParameterSpec.real("b", 0.0, "modulation"),
                ParameterSpec.real("q", 1.0, "sine mode"));
    }

    @Override
    public Set<String> equations() {
        return Set.of("burgers", "kdv", "kuramoto-sivashinsky", "allen-cahn");
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new TrigonometricData(p.real("offset"), p.real("a"), p.real("m"), p.real("b"), p.real("q"));
    }
}
