package dev.jpde.io.casefile;

import dev.jpde.core.spi.EquationProvider;
import dev.jpde.core.spi.FftProvider;
import dev.jpde.core.spi.FilterProvider;
import dev.jpde.core.spi.InitialConditionProvider;

/**
 * One validated run of the built-in time stepper (a case with no {@code solver} key, or {@code solver: time-stepper}):
 * the result of {@link CaseFiles#parse}.
 *
 * @param name         case name (the file's base name unless the file sets {@code name})
 * @param description  free text, empty by default
 * @param seed         seed for random initial data, in {@code [0, 2^32)}
 * @param equation     the equation and its parameters
 * @param grid         the periodic grid
 * @param initial      the initial condition (one meant for {@code equation})
 * @param time         time interval and integrator
 * @param filter       spectral filter ({@code none} unless the equation accepts one)
 * @param fft          FFT backend ({@code jtransforms} unless the case names another registered one)
 * @param output       output schedule and fields
 * @param resolvedYaml this case with every default written out, as YAML that parses back to an equal CaseSpec
 */
public record CaseSpec(String name, String description, long seed, ComponentChoice<EquationProvider> equation,
                       GridSpec grid, ComponentChoice<InitialConditionProvider> initial, TimeSpec time,
                       ComponentChoice<FilterProvider> filter, ComponentChoice<FftProvider> fft, OutputSpec output,
                       String resolvedYaml) implements RunSpec {
}
