/**
 * Case files: a YAML 1.2 description of one run (equation, grid, initial condition, time integration, filter, output,
 * seed) read into validated records, with every error reported on one line as {@code file:line:col: path: message}.
 *
 * <p>The text is composed into a SnakeYAML Engine node tree (YAML 1.2 core schema, so {@code no} stays a string),
 * {@code --set path=value} overrides are grafted onto that tree, and one walk over it checks every key and value.
 * Component sections ({@code equation}, {@code initial}, {@code time.integrator}, {@code filter}) are checked against
 * the {@link dev.jpde.core.spi.ParameterSpec}s their providers declare, so a component registered from another jar is
 * validated with no change here. A case with a top-level {@code solver: NAME} key is read instead against the
 * sections a registered {@link dev.jpde.core.spi.SolverProvider} declares, into a
 * {@link dev.jpde.io.casefile.SolverCaseSpec}. Entry point: {@link dev.jpde.io.casefile.CaseFiles}.
 */
package dev.jpde.io.casefile;
