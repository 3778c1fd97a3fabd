package dev.jpde.io.casefile;

import dev.jpde.core.spi.Component;
import dev.jpde.core.spi.Parameters;

/**
 * A registered component chosen by a case file, with its validated parameters (every declared parameter present,
 * defaults filled in, in declaration order).
 *
 * <p>Two choices are equal when they name the same provider class and hold equal parameter values; providers are
 * compared by class because every registry load makes new provider instances, and list values by their elements.
 *
 * @param <T> the provider kind
 */
public record ComponentChoice<T extends Component>(T provider, Parameters parameters) {

    /** The provider's registered name. */
    public String name() {
        return provider.name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComponentChoice<?> other
                && provider.getClass() == other.provider.getClass()
                && provider.name().equals(other.provider.name())
                && ParameterValues.equal(parameters, other.parameters);
    }

    @Override
    public int hashCode() {
        return 31 * provider.getClass().getName().hashCode() + ParameterValues.hash(parameters);
    }

    @Override
    public String toString() {
        return provider.name() + ParameterValues.show(parameters);
    }
}
