package dev.jpde.gp.solve;

import dev.jpde.core.spi.InvalidParameterException;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.spi.ResultRecorder;
import dev.jpde.core.spi.SolverRun;
import dev.jpde.core.spi.StateStore;
import dev.jpde.gp.expr.ManufacturedSource;
import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.model.ExtraGp;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.model.GpHmProblem;
import dev.jpde.gp.model.PdeForm;
import dev.jpde.gp.train.LearningRateSchedule;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One GP-HM run from validated case-file sections: the manufactured problem on the collocation grid, the model, Adam
 * with checkpoints ({@link GpHmTrainer}) or, with an {@code extra_gp} section, the two-stage run of
 * {@link ExtraGpTrainer}, and the results recorded as {@link GpHmOutput} describes.
 */
final class GpHmRun implements SolverRun {
    private final GpHmProblem problem;
    private final ManufacturedSource manufactured;
    private final KernelFamily family;
    private final int components;
    private final double[] maxFrequency;
    private final long steps;
    private final int checkpoints;
    private final LearningRateSchedule schedule;
    private final double[][] testAxes;
    private final String[] axisNames;
    private final ExtraGpSettings extraGp;
    private final boolean spectrumStart;
    private final boolean boundaryStart;
    private final double minLengthScale;
    private final boolean fitOnMean;

    /**
     * The {@code extra_gp} section's values.
     *
     * @param changePoint fraction of the steps given to stage 1
     * @param earlyStop   whether the authors' {@link EarlyStopRule} may end the run
     */
    record ExtraGpSettings(double changePoint, boolean earlyStop) {
    }

    private GpHmRun(GpHmProblem problem, ManufacturedSource manufactured, KernelFamily family, int components,
                    double[] maxFrequency, long steps, int checkpoints, LearningRateSchedule schedule, double[][] testAxes,
                    String[] axisNames, ExtraGpSettings extraGp, boolean spectrumStart,
                    boolean boundaryStart, double minLengthScale, boolean fitOnMean) {
        this.problem = problem;
        this.manufactured = manufactured;
        this.family = family;
        this.components = components;
        this.maxFrequency = maxFrequency;
        this.steps = steps;
        this.checkpoints = checkpoints;
        this.schedule = schedule;
        this.testAxes = testAxes;
        this.axisNames = axisNames;
        this.extraGp = extraGp;
        this.spectrumStart = spectrumStart;
        this.boundaryStart = boundaryStart;
        this.minLengthScale = minLengthScale;
        this.fitOnMean = fitOnMean;
    }

    /** A run from the validated sections; {@code extraSection} is null when the case has no {@code extra_gp}. */
    static GpHmRun of(Parameters problemSection, Parameters kernelSection, Parameters trainSection,
                      Parameters extraSection) {
        long[] pts = problemSection.integers("points");
        int d = pts.length;
        if (d < 1 || d > 2) {
            throw new InvalidParameterException("problem", "points", "GP-HM takes 1 or 2 dimensions, got " + d);
        }
        String pdeName = problemSection.text("pde");
        PdeForm pde = switch (pdeName) {
            case "allen-cahn" -> PdeForm.ALLEN_CAHN;
            case "advection" -> PdeForm.ADVECTION;
            default -> PdeForm.POISSON;
        };
        if (pde == PdeForm.ADVECTION && d != 2) {
            throw new InvalidParameterException("problem", "points", "advection needs two dimensions (x, t)");
        }
        ExtraGpSettings extra = null;
        if (extraSection != null) {
            try {
                ExtraGp.requireSupported(pde);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("problem", "pde", "extra_gp is given, but " + e.getMessage(), e);
            }
            extra = new ExtraGpSettings(extraSection.real("change_point"), extraSection.flag("early_stop"));
        }
        double beta = problemSection.real("beta");
        String[] vars = d == 1 ? new String[] {"x"} : pde == PdeForm.ADVECTION ? new String[] {"x", "t"} : new String[] {"x", "y"};
        ManufacturedSource ms;
        try {
            ms = ManufacturedSource.of(operator(pde, beta), problemSection.text("exact"), vars);
        } catch (RuntimeException e) {
            throw new InvalidParameterException("problem", "exact", e.getMessage(), e);
        }
        double[] lengths = perDimension(problemSection.reals("domain"), d, "problem.domain");
        int[] points = new int[d];
        for (int j = 0; j < d; j++) {
            points[j] = Math.toIntExact(pts[j]);
        }
        double[] x = GpHmProblem.grid(lengths[0], points[0]);
        double[] f;
        double[] g;
        if (d == 1) {
            f = ms.sourceOn(x, null);
            g = ms.exactOn(x, null);
        } else {
            double[] y = GpHmProblem.grid(lengths[1], points[1]);
            f = ms.sourceOn(x, y, null);
            g = ms.exactOn(x, y, null);
        }
        GpHmProblem problem = new GpHmProblem(pde, beta, lengths, points, f, g, problemSection.real("boundary_weight"));
        long[] tp = perDimension(problemSection.integers("test_points"), d, "problem.test_points");
        double[][] test = new double[d][];
        for (int j = 0; j < d; j++) {
            test[j] = GpHmProblem.grid(lengths[j], Math.toIntExact(tp[j]));
        }
        KernelFamily family = KernelFamily.ofKey(kernelSection.text("type"));
        boolean spectrum = "spectrum".equals(kernelSection.text("init"));
        if (spectrum && !family.modulated()) {
            throw new InvalidParameterException("kernel", "init", "spectrum places frequencies, but the "
                    + kernelSection.text("type") + " kernel has none; use stm or gm");
        }
        boolean onMean = "mean".equals(problemSection.text("fit_on"));
        return new GpHmRun(problem, ms, family, Math.toIntExact(kernelSection.integer("components")),
                perDimension(kernelSection.reals("max_frequency"), d, "kernel.max_frequency"),
                trainSection.integer("steps"), Math.toIntExact(trainSection.integer("checkpoints")),
                schedule(trainSection), test, vars, extra, spectrum,
                "boundary".equals(trainSection.text("init_u")), kernelSection.real("min_length_scale"), onMean);
    }

    /** The {@code train} section's learning-rate schedule. */
    private static LearningRateSchedule schedule(Parameters trainSection) {
        double rate = trainSection.real("learning_rate");
        if (!"decay".equals(trainSection.text("schedule"))) {
            return LearningRateSchedule.constant(rate);
        }
        double last = trainSection.real("final_learning_rate");
        if (!(last < rate)) {
            throw new InvalidParameterException("train", "final_learning_rate", "a decay must end below learning_rate "
                    + rate + ", got " + last);
        }
        return new LearningRateSchedule(rate, last, trainSection.real("decay_start"));
    }

    /** The symbolic operator of {@code pde}, from which a manufactured source is derived. */
    static dev.jpde.gp.expr.PdeForm operator(PdeForm pde, double beta) {
        return switch (pde) {
            case ALLEN_CAHN -> new dev.jpde.gp.expr.PdeForm.AllenCahn();
            case ADVECTION -> new dev.jpde.gp.expr.PdeForm.Advection(beta);
            case POISSON -> new dev.jpde.gp.expr.PdeForm.Poisson();
        };
    }

    private static double[] perDimension(double[] v, int d, String what) {
        if (v.length == d) {
            return v;
        }
        if (v.length == 1) {
            double[] out = new double[d];
            Arrays.fill(out, v[0]);
            return out;
        }
        throw new InvalidParameterException(what.substring(0, what.indexOf('.')), what.substring(what.indexOf('.') + 1),
                "give 1 or " + d + " values, got " + v.length);
    }

    private static long[] perDimension(long[] v, int d, String what) {
        if (v.length == d) {
            return v;
        }
        if (v.length == 1) {
            long[] out = new long[d];
            Arrays.fill(out, v[0]);
            return out;
        }
        throw new InvalidParameterException(what.substring(0, what.indexOf('.')), what.substring(what.indexOf('.') + 1),
                "give 1 or " + d + " values, got " + v.length);
    }

    @Override
    public String run(ResultRecorder recorder, Consumer<String> progress) {
        return run(recorder, progress, null);
    }

    @Override
    public boolean resumable() {
        return true;
    }

    @Override
    public String run(ResultRecorder recorder, Consumer<String> progress, StateStore store) {
        StateStore state = store == null ? null : TrainingState.reporting(store, progress);
        GpHmModel model = new GpHmModel(problem, family, components, maxFrequency);
        model.setFitOnMean(fitOnMean);
        if (fitOnMean) {
            progress.accept("boundary and equation terms fitted on the posterior mean");
        }
        if (spectrumStart) {
            progress.accept(SpectrumStart.apply(model));
        }
        if (boundaryStart) {
            BoundaryStart.apply(model);
        }
        if (!schedule.isConstant()) {
            progress.accept("learning rate " + schedule.describe());
        }
        int d = problem.dimensions();
        double[] exact = d == 1 ? manufactured.exactOn(testAxes[0], null) : manufactured.exactOn(testAxes[0], testAxes[1], null);
        boolean earlyStop = extraGp != null && extraGp.earlyStop();
        GpHmTrainer trainer = new GpHmTrainer(steps, checkpoints, schedule, earlyStop)
                .withLengthScaleFloor(minLengthScale);
        if (minLengthScale > 0) {
            progress.accept("kernel length scales kept at least "
                    + BigDecimal.valueOf(minLengthScale).stripTrailingZeros().toPlainString() + " node spacings");
        }
        Pace pace = new Pace();
        TrainingListener listener = (c, total) -> progress.accept(String.format(Locale.ROOT,
                "step %d/%d%s  loss %.6g  error %.3e  boundary mse %.2e  residual mse %.2e  %.1f s%s",
                c.step(), total, extraGp == null ? "" : " (stage " + c.stage() + ")", c.loss(), c.error(),
                c.boundaryMse(), c.residualMse(), c.seconds(), pace.at(c.step(), total, c.seconds())));
        GpHmOutput output = new GpHmOutput(recorder, testAxes, axisNames);
        GpHmResult r;
        String extraLine = "";
        if (extraGp == null) {
            r = trainer.train(model, testAxes, exact, listener, state);
        } else {
            ExtraGpTrainer two = new ExtraGpTrainer(trainer, extraGp.changePoint());
            ExtraGpResult e = two.train(model, testAxes, exact, listener, state);
            r = e.run();
            output.extraGp(e, extraGp.changePoint());
            extraLine = String.format(Locale.ROOT, "%n  extra GP: stage 1 for %d steps (error %.3e at its end), %s",
                    e.changeStep(), e.firstError(), e.reachedSecondStage()
                            ? "then a Matérn-5/2 GP on the residual; errors are of the sum"
                            : "stage 2 not reached");
        }
        output.run(model, r, exact, earlyStop, steps, manufactured.source().toString());
        String stop = r.stoppedEarly() ? String.format(Locale.ROOT, "%n  stopped early at step %d (authors' rule on the"
                + " test error)", r.stepsRun()) : "";
        return String.format(Locale.ROOT, "GP-HM %s, %s kernel, Q = %d, %d steps in %.1f s (%.2f ms/step)%n"
                        + "  relative L2 error: final %.3e, best over checkpoints %.3e, at lowest loss %.3e%s%s",
                problem.pde().name().toLowerCase(Locale.ROOT), family.name().toLowerCase(Locale.ROOT), components,
                r.stepsRun(), r.seconds(), 1e3 * r.seconds() / Math.max(1, r.stepsRun()), r.errorFinal(), r.errorBest(),
                r.errorMinLoss(), extraLine, stop);
    }
}
