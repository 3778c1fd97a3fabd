package dev.jpde.core.spi;

import java.util.List;

/**
 * The name, one-line description and parameter declarations every {@link Component} carries, held once so that a
 * provider class only says what it makes.
 */
public abstract class NamedComponent implements Component {
    private final String name;
    private final String description;
    private final List<ParameterSpec> parameters;

    protected NamedComponent(String name, String description, ParameterSpec... parameters) {
        this.name = name;
        this.description = description;
        this.parameters = List.of(parameters);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }
}
