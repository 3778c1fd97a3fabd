package dev.jpde.io.casefile;

/**
 * A validated case of any solver, as {@link CaseFiles#parseAny} reads it: a {@link CaseSpec} for the built-in time
 * stepper, a {@link SolverCaseSpec} for a registered {@link dev.jpde.core.spi.SolverProvider}. Callers switch on the
 * two kinds.
 */
public sealed interface RunSpec permits CaseSpec, SolverCaseSpec {
    /** Case name (the file's base name unless the file sets {@code name}). */
    String name();

    /** Free text, empty by default. */
    String description();

    /** Seed for anything random, in {@code [0, 2^32)}. */
    long seed();

    /** The case with every default written out, as YAML that parses back to an equal spec. */
    String resolvedYaml();
}
