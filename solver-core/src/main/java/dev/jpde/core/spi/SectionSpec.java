package dev.jpde.core.spi;

import java.util.List;

/**
 * A section of a case file that a {@link SolverProvider} reads: its key, a description and its declared parameters.
 *
 * @param name        the section key, e.g. "problem"
 * @param description one line for documentation and errors
 * @param parameters  the section's parameters
 */
public record SectionSpec(String name, String description, List<ParameterSpec> parameters) {
    public SectionSpec {
        parameters = List.copyOf(parameters);
    }
}
