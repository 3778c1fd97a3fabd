package dev.jpde.gp.solve;

import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.spi.SectionSpec;
import dev.jpde.core.spi.SolverProvider;
import dev.jpde.core.spi.SolverRun;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers the {@code gp-hm} solver: a case file with {@code solver: gp-hm} and the sections {@code problem},
 * {@code kernel} and {@code train} describes a manufactured-solution problem that GP-HM solves.
 *
 * <pre>
 * solver: gp-hm
 * problem: {pde: poisson, exact: "sin(100*x)", domain: [6.283185307179586], points: [400]}
 *          # fit_on: mean (optional, see GpHmModel#setFitOnMean)
 * kernel:  {type: stm, components: 30, max_frequency: [30]}   # init: spectrum (optional, see SpectrumStart)
 *          # min_length_scale: 1 (optional, in node spacings, see LengthScaleFloor)
 * train:   {steps: 100000, learning_rate: 0.01, checkpoints: 20}   # init_u: boundary (optional, see BoundaryStart)
 *          # schedule: decay, final_learning_rate: 1e-5, decay_start: 0.8 (optional, see LearningRateSchedule)
 * extra_gp: {change_point: 0.1, early_stop: true}   # optional; absent = a single GP-HM stage
 * </pre>
 *
 * The source and boundary data are derived from {@code exact} by symbolic differentiation; the grid of each dimension
 * is {@code [0, domain_j]} with {@code points_j} nodes, ends included. Variables: {@code x} (and {@code y}, or
 * {@code t} for advection, where y plays time). Lists with one entry apply to every dimension. The optional
 * {@code extra_gp} section switches on the two-stage run of {@link ExtraGpTrainer} (Poisson only) with, by default, the
 * authors' {@link EarlyStopRule}; {@code --set extra_gp=null} switches it off for a case that has it.
 */
public final class GpHmSolverProvider extends NamedComponent implements SolverProvider {
    static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec("problem", "the PDE, its exact solution and the collocation grid", List.of(
                    ParameterSpec.text("pde", "poisson", "poisson (u_xx (+u_yy) = f), allen-cahn (+ u(u^2-1)), or advection "
                            + "(beta u_x + u_t = f)", "poisson", "allen-cahn", "advection"),
                    ParameterSpec.text("exact", null, "exact solution in x (and y, or t for advection), e.g. \"sin(6*x)*cos(100*x)\""),
                    ParameterSpec.reals("domain", new double[] {2 * Math.PI}, "domain length per dimension: [0, L]").positive(),
                    ParameterSpec.integers("points", null, "grid points per dimension (1 or 2 entries)").atLeast(3),
                    ParameterSpec.real("beta", 200.0, "advection speed"),
                    ParameterSpec.real("boundary_weight", 200.0, "lambda_b, weight of the boundary term").positive(),
                    ParameterSpec.integers("test_points", new long[] {300}, "test-grid points per dimension").atLeast(2),
                    ParameterSpec.text("fit_on", "latent", "what the boundary and equation terms fit: latent (the "
                            + "grid values U and their per-dimension derivatives, the reference's) or mean (the "
                            + "posterior mean, the function the prediction returns; a departure from the reference)",
                            "latent", "mean"))),
            new SectionSpec("kernel", "the spectral-mixture kernel of each dimension", List.of(
                    ParameterSpec.text("type", "stm", "stm (Student-t mixture, Matérn envelope), gm (Gaussian mixture), "
                            + "se or matern (baselines)", "stm", "gm", "se", "matern"),
                    ParameterSpec.integer("components", 30L, "Q, mixture components per dimension").atLeast(1),
                    ParameterSpec.reals("max_frequency", new double[] {20.0}, "F: initial frequencies linspace(0, F, Q), "
                            + "per dimension, in cycles per unit length").positive(),
                    ParameterSpec.text("init", "linspace", "initial frequencies: linspace (the reference's), or "
                            + "spectrum (the strongest periodogram peaks of the source replace the nearest linspace "
                            + "frequencies; a departure from the reference)", "linspace", "spectrum"),
                    ParameterSpec.real("min_length_scale", 0.0, "smallest envelope length scale of any component, in "
                            + "node spacings (0: none, the reference's; 1 keeps components from decorrelating between "
                            + "neighbouring nodes, where they can fake derivatives; a departure from the reference)")
                            .atLeast(0))),
            new SectionSpec("train", "Adam on all parameters (float64)", List.of(
                    ParameterSpec.integer("steps", 100000L, "Adam steps").atLeast(1),
                    ParameterSpec.real("learning_rate", 0.01, "Adam learning rate").positive(),
                    ParameterSpec.text("schedule", "constant", "learning rate: constant (the reference's), or decay "
                            + "(from decay_start of each stage geometrically down to final_learning_rate)",
                            "constant", "decay"),
                    ParameterSpec.real("final_learning_rate", 1e-5, "with schedule: decay, the rate of each stage's "
                            + "last update").positive(),
                    ParameterSpec.real("decay_start", 0.8, "with schedule: decay, the fraction of each stage at the "
                            + "full rate").atLeast(0).withRule(v -> ((Number) v).doubleValue() < 1
                            ? Optional.empty() : Optional.of("must be below 1 to leave steps to decay in, got "
                            + ((Number) v).doubleValue())),
                    ParameterSpec.integer("checkpoints", 20L, "checkpoints (prediction and error) over the run").atLeast(1),
                    ParameterSpec.text("init_u", "zeros", "start of the grid values U: zeros (the reference's), or "
                            + "boundary (interpolating the boundary data: a line in 1-D, the Coons patch in 2-D)",
                            "zeros", "boundary"))),
            SectionSpec.optional("extra_gp", "two-stage extra GP (Poisson): stage 1 frozen after change_point * steps, "
                    + "then a one-component Matern-5/2 GP fitted to its residual; prediction = their sum", List.of(
                    ParameterSpec.real("change_point", null, "fraction of train.steps spent in stage 1").between(0, 1),
                    ParameterSpec.flag("early_stop", true, "the authors' rule: stop once the test error (it uses the "
                            + "exact solution) has been more than 1e-3 above its running minimum at more than 7 "
                            + "checkpoints"))));

    public GpHmSolverProvider() {
        super("gp-hm", "spectral-mixture Gaussian-process PDE solver (GP-HM, Fang et al. ICLR 2024)");
    }

    @Override
    public List<SectionSpec> sections() {
        return SECTIONS;
    }

    /**
     * Derives the problem once (expression, variables, per-dimension lists, the extra GP for Poisson only), so bad
     * values fail validation.
     */
    @Override
    public void check(Map<String, Parameters> sections) {
        GpHmRun.of(sections.get("problem"), sections.get("kernel"), sections.get("train"),
                sections.get("extra_gp"));
    }

    @Override
    public SolverRun create(Map<String, Parameters> sections, long seed) {
        return GpHmRun.of(sections.get("problem"), sections.get("kernel"), sections.get("train"),
                sections.get("extra_gp"));
    }
}
