package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.Set;

/** Registers {@code grf}: periodic Gaussian random field sigma^2 (-Laplacian + tau^2)^-gamma (seeded) */
public final class GaussianRandomFieldInitial extends NamedComponent implements InitialConditionProvider {
    public GaussianRandomFieldInitial() {
        super("grf", "periodic Gaussian random field sigma^2 (-Laplacian + tau^2)^-gamma (seeded)",
                ParameterSpec.real("sigma", 25.0, "amplitude").positive(),
                ParameterSpec.real("tau", 5.0, "inverse length scale").atLeast(0),
                ParameterSpec.real("gamma", 2.0, "smoothness").positive());
    }

    @Override
    public Set<String> equations() {
        return Set.of("burgers", "kdv", "kuramoto-sivashinsky", "allen-cahn");
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new GaussianRandomField(p.real("sigma"), p.real("tau"), p.real("gamma"), seed);
    }
}
