package dev.jpde.core.spi;

import dev.jpde.core.time.TimeIntegrator;

/** Makes a time integrator from its parameters (tolerances or a step size). Registered as a ServiceLoader service. */
public interface IntegratorProvider extends Component {
    TimeIntegrator create(Parameters parameters);
}
