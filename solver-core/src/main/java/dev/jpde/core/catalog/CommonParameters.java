package dev.jpde.core.catalog;

import dev.jpde.core.spi.ParameterSpec;

/** Parameter declarations that several built-in components share. */
final class CommonParameters {
    /** The fixed step of fixed-step integrators. */
    static final ParameterSpec DT = ParameterSpec.real("dt", null,
            "time step (each output interval is split into equal steps no larger)").positive();

    /** How a quadratic nonlinearity is dealiased (see {@link Dealiasings}). */
    static final ParameterSpec DEALIASING = ParameterSpec.text("dealiasing", "padding",
            "none, two-thirds (2/3 rule) or padding (3/2 rule)", "none", "two-thirds", "padding");

    private CommonParameters() {
    }
}
