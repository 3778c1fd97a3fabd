package dev.jpde.core.spi;

import java.util.List;

/**
 * A section of a case file that a {@link SolverProvider} reads: its key, a description and its declared parameters.
 * A required section (the default) is always passed to {@link SolverProvider#create}, with defaults filled in when the
 * file leaves it out; an {@linkplain #optional(String, String, List) optional} one switches a feature on: it is passed
 * only when the file gives it as a mapping, and absent (or {@code null} in the file) means the feature is off.
 *
 * @param name        the section key, e.g. "problem"
 * @param description one line for documentation and errors
 * @param parameters  the section's parameters
 * @param optional    whether the section may be absent from the map given to {@link SolverProvider#create}
 */
public record SectionSpec(String name, String description, List<ParameterSpec> parameters, boolean optional) {
    public SectionSpec {
        parameters = List.copyOf(parameters);
    }

    /** A section that is always present (defaults filled in when the file leaves it out). */
    public SectionSpec(String name, String description, List<ParameterSpec> parameters) {
        this(name, description, parameters, false);
    }

    /** A section whose presence switches a feature on; absent or {@code null} in the file, it is not passed at all. */
    public static SectionSpec optional(String name, String description, List<ParameterSpec> parameters) {
        return new SectionSpec(name, description, parameters, true);
    }
}
