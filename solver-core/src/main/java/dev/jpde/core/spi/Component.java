package dev.jpde.core.spi;

import java.util.List;

/** A pluggable part known by name, with declared parameters. */
public interface Component {
    /** The name a case file uses, e.g. "nlse" or "dop853". Lower case, words joined by '-'. */
    String name();

    /** One line for {@code jpde list} and error messages. */
    String description();

    /** Declared parameters, in the order a resolved case lists them. */
    List<ParameterSpec> parameters();
}
