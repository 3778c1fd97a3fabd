package dev.jpde.io.casefile;

import dev.jpde.core.initial.InitialCondition;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;
import java.util.Set;

/**
 * A component io has never heard of, registered only in {@link PluginComponentTest}: it declares one parameter of each
 * type, so the case-file reader is shown to validate integers, flags and text choices purely from the declarations.
 */
public final class RampInitial implements InitialConditionProvider {
    @Override
    public String name() {
        return "ramp";
    }

    @Override
    public String description() {
        return "test-only staircase";
    }

    @Override
    public Set<String> equations() {
        return Set.of("burgers");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("slope", null, "rise per unit length"),
                ParameterSpec.integer("steps", 3L, "number of stairs").atLeast(1),
                ParameterSpec.flag("periodic", true, "wrap around"),
                ParameterSpec.text("shape", "linear", "profile", "linear", "smooth"));
    }

    @Override
    public InitialCondition create(Parameters parameters, Parameters equationParameters, long seed) {
        throw new UnsupportedOperationException("only its declarations are tested");
    }
}
