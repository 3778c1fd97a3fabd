package dev.jpde.io.casefile;

import dev.jpde.core.spi.ComponentRegistry;
import dev.jpde.core.spi.EquationProvider;
import dev.jpde.core.spi.FftProvider;
import dev.jpde.core.spi.FilterProvider;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.IntegratorProvider;

/** The registered components a case may name, loaded through ServiceLoader (so plug-in jars are seen). */
record Catalog(ComponentRegistry<EquationProvider> equations, ComponentRegistry<InitialConditionProvider> initials,
               ComponentRegistry<IntegratorProvider> integrators, ComponentRegistry<FilterProvider> filters,
               ComponentRegistry<FftProvider> ffts) {

    /** The components visible now, including those of the context class loader. */
    static Catalog load() {
        return new Catalog(ComponentRegistry.equations(), ComponentRegistry.initialConditions(),
                ComponentRegistry.integrators(), ComponentRegistry.filters(), ComponentRegistry.ffts());
    }
}
