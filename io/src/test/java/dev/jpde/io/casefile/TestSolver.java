package dev.jpde.io.casefile;

import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.spi.SectionSpec;
import dev.jpde.core.spi.SolverProvider;
import dev.jpde.core.spi.SolverRun;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A solver io has never heard of, registered through {@code META-INF/services} in io's test resources only: it
 * declares sections shaped like a GP-based PDE solver's (a problem with per-dimension lists, a kernel, training), so
 * solver cases are shown to be validated purely from the declarations; an optional section ({@code refine}) is passed
 * only when a case gives it. Its run records the values it was given.
 */
public final class TestSolver extends NamedComponent implements SolverProvider {
    public TestSolver() {
        super("test-solver", "test-only solver with list-valued parameters");
    }

    @Override
    public List<SectionSpec> sections() {
        return List.of(
                new SectionSpec("problem", "the PDE and its manufactured solution", List.of(
                        ParameterSpec.text("pde", "poisson", "the equation", "poisson", "allen-cahn", "advection"),
                        ParameterSpec.text("exact", null, "exact solution, an expression in x (and y)"),
                        ParameterSpec.reals("domain", new double[] {6.283185307179586}, "period per dimension"),
                        ParameterSpec.integers("points", null, "collocation points per dimension").atLeast(3))),
                new SectionSpec("kernel", "the spectral-mixture kernel", List.of(
                        ParameterSpec.text("type", "stm", "kernel family", "stm", "gm", "se", "matern"),
                        ParameterSpec.integer("components", 30L, "mixture components").atLeast(1),
                        ParameterSpec.reals("max_frequency", new double[] {20.0}, "frequency bound per dimension")
                                .positive())),
                new SectionSpec("train", "hyperparameter training", List.of(
                        ParameterSpec.integer("steps", 1000L, "optimiser steps").atLeast(1),
                        ParameterSpec.real("learning_rate", 0.01, "Adam step size").positive(),
                        ParameterSpec.integer("checkpoints", 20L, "recorded checkpoints").atLeast(1))),
                SectionSpec.optional("refine", "an optional second stage, off unless given", List.of(
                        ParameterSpec.real("change_point", 0.5, "fraction of the steps before the second stage")
                                .between(0, 1),
                        ParameterSpec.flag("early_stop", true, "stop when the error rises"))));
    }

    @Override
    public SolverRun create(Map<String, Parameters> sections, long seed) {
        Parameters problem = sections.get("problem");
        return (recorder, progress) -> {
            recorder.attribute("/", "points", problem.integers("points"));
            recorder.attribute("/", "exact", problem.text("exact"));
            recorder.attribute("/", "steps", sections.get("train").integer("steps"));
            progress.accept("trained");
            return problem.text("pde") + " on " + Arrays.toString(problem.integers("points")) + " points, kernel "
                    + sections.get("kernel").text("type") + ", seed " + seed;
        };
    }
}
