package dev.jpde.core.catalog;

import dev.jpde.core.initial.*;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.Set;

/** Registers {@code noisy-gaussian}: wide Gaussian plus complex white noise (numpy legacy RNG, seeded) */
public final class NoisyGaussianInitial extends NamedComponent implements InitialConditionProvider {
    public NoisyGaussianInitial() {
        super("noisy-gaussian", "wide Gaussian plus complex white noise (numpy legacy RNG, seeded)",
                ParameterSpec.real("amplitude", 1.0, "A"),
                ParameterSpec.real("width", 5.0, "w").positive(),
                ParameterSpec.real("centre", 0.0, "xc"),
                ParameterSpec.real("noise", 0.01, "eps").atLeast(0));
    }

    @Override
    public Set<String> equations() {
        return Set.of("nlse");
    }

    @Override
    public InitialCondition create(Parameters p, Parameters equation, long seed) {
        return new NoisyGaussian(p.real("amplitude"), p.real("width"), p.real("centre"), p.real("noise"), seed);
    }
}
