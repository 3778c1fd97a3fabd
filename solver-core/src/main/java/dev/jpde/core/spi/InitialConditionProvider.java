package dev.jpde.core.spi;

import dev.jpde.core.initial.InitialCondition;
import java.util.Set;

/** Makes initial data (and exact solutions) from parameters. Registered as a ServiceLoader service. */
public interface InitialConditionProvider extends Component {
    /** Names of the equations this initial condition is meant for. */
    Set<String> equations();

    /**
     * @param parameters         this component's parameters
     * @param equationParameters the equation's parameters (exact solutions depend on them)
     * @param seed               seed for random data
     */
    InitialCondition create(Parameters parameters, Parameters equationParameters, long seed);
}
