package dev.jpde.gp.solve;

import dev.jpde.core.spi.InvalidParameterException;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.spi.ResultRecorder;
import dev.jpde.core.spi.SolverRun;
import dev.jpde.gp.expr.ManufacturedSource;
import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.kernel.MixtureKernel1d;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.model.GpHmProblem;
import dev.jpde.gp.model.PdeForm;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One GP-HM run from validated case-file sections: the manufactured problem on the collocation grid, the model, Adam
 * with checkpoints, and the results recorded in the jpde output layout: {@code /scales/x} ({@code /scales/y}) of the
 * test grid, {@code /tasks/u} (final prediction), {@code /tasks/u_best_loss} (at the lowest training loss),
 * {@code /tasks/u_exact}, {@code /kernel/<dim>/{weight,frequency,inverse_length_scale}}, the checkpoint history under
 * {@code /history}, and root attributes {@code error_final}, {@code error_best}, {@code error_min_loss}.
 */
final class GpHmRun implements SolverRun {
    private final GpHmProblem problem;
    private final ManufacturedSource manufactured;
    private final KernelFamily family;
    private final int components;
    private final double[] maxFrequency;
    private final long steps;
    private final int checkpoints;
    private final double learningRate;
    private final double[][] testAxes;
    private final String[] axisNames;

    private GpHmRun(GpHmProblem problem, ManufacturedSource manufactured, KernelFamily family, int components,
                    double[] maxFrequency, long steps, int checkpoints, double learningRate, double[][] testAxes,
                    String[] axisNames) {
        this.problem = problem;
        this.manufactured = manufactured;
        this.family = family;
        this.components = components;
        this.maxFrequency = maxFrequency;
        this.steps = steps;
        this.checkpoints = checkpoints;
        this.learningRate = learningRate;
        this.testAxes = testAxes;
        this.axisNames = axisNames;
    }

    static GpHmRun of(Parameters problemSection, Parameters kernelSection, Parameters trainSection) {
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
        double beta = problemSection.real("beta");
        String[] vars = d == 1 ? new String[] {"x"} : pde == PdeForm.ADVECTION ? new String[] {"x", "t"} : new String[] {"x", "y"};
        dev.jpde.gp.expr.PdeForm form = switch (pde) {
            case ALLEN_CAHN -> new dev.jpde.gp.expr.PdeForm.AllenCahn();
            case ADVECTION -> new dev.jpde.gp.expr.PdeForm.Advection(beta);
            default -> new dev.jpde.gp.expr.PdeForm.Poisson();
        };
        ManufacturedSource ms;
        try {
            ms = ManufacturedSource.of(form, problemSection.text("exact"), vars);
        } catch (RuntimeException e) {
            throw new InvalidParameterException("problem", "exact", e.getMessage(), e);
        }
        double[] lengths = perDimension(problemSection.reals("domain"), d, "problem.domain");
        int[] points = new int[d];
        for (int j = 0; j < d; j++) {
            points[j] = Math.toIntExact(pts[j]);
        }
        double[] x = axis(lengths[0], points[0]);
        double[] f;
        double[] g;
        if (d == 1) {
            f = ms.sourceOn(x, null);
            g = ms.exactOn(x, null);
        } else {
            double[] y = axis(lengths[1], points[1]);
            f = ms.sourceOn(x, y, null);
            g = ms.exactOn(x, y, null);
        }
        GpHmProblem problem = new GpHmProblem(pde, beta, lengths, points, f, g, problemSection.real("boundary_weight"));
        long[] tp = perDimension(problemSection.integers("test_points"), d, "problem.test_points");
        double[][] test = new double[d][];
        for (int j = 0; j < d; j++) {
            test[j] = axis(lengths[j], Math.toIntExact(tp[j]));
        }
        KernelFamily family = switch (kernelSection.text("type")) {
            case "gm" -> KernelFamily.GM;
            case "se" -> KernelFamily.SE;
            case "matern" -> KernelFamily.MATERN52;
            default -> KernelFamily.STM;
        };
        return new GpHmRun(problem, ms, family, Math.toIntExact(kernelSection.integer("components")),
                perDimension(kernelSection.reals("max_frequency"), d, "kernel.max_frequency"),
                trainSection.integer("steps"), Math.toIntExact(trainSection.integer("checkpoints")),
                trainSection.real("learning_rate"), test, vars);
    }

    private static double[] axis(double length, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = length * i / (n - 1);
        }
        return x;
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
        GpHmModel model = new GpHmModel(problem, family, components, maxFrequency);
        int d = problem.dimensions();
        double[] exact = d == 1 ? manufactured.exactOn(testAxes[0], null) : manufactured.exactOn(testAxes[0], testAxes[1], null);
        GpHmResult r = new GpHmTrainer(steps, checkpoints, learningRate).train(model, testAxes, exact,
                (c, total) -> progress.accept(String.format(Locale.ROOT,
                        "step %d/%d  loss %.6g  error %.3e  boundary mse %.2e  residual mse %.2e  %.1f s",
                        c.step(), total, c.loss(), c.error(), c.boundaryMse(), c.residualMse(), c.seconds())));
        record(recorder, model, r, exact);
        return String.format(Locale.ROOT, "GP-HM %s, %s kernel, Q = %d, %d steps in %.1f s (%.2f ms/step)%n"
                        + "  relative L2 error: final %.3e, best over checkpoints %.3e, at lowest loss %.3e",
                problem.pde().name().toLowerCase(Locale.ROOT), family.name().toLowerCase(Locale.ROOT), components, steps,
                r.seconds(), 1e3 * r.seconds() / Math.max(1, steps), r.errorFinal(), r.errorBest(), r.errorMinLoss());
    }

    private void record(ResultRecorder out, GpHmModel model, GpHmResult r, double[] exact) {
        int d = problem.dimensions();
        int[] shape = d == 1 ? new int[] {testAxes[0].length} : new int[] {testAxes[0].length, testAxes[1].length};
        String dims = d == 1 ? axisNames[0] : axisNames[0] + " " + axisNames[1];
        for (int j = 0; j < d; j++) {
            out.dataset("/scales/" + axisNames[j], testAxes[j], new int[] {testAxes[j].length}, axisNames[j]);
        }
        out.dataset("/tasks/u", r.prediction(), shape, dims);
        out.dataset("/tasks/u_best_loss", r.bestPrediction(), shape, dims);
        out.dataset("/tasks/u_exact", exact, shape, dims);
        for (int j = 0; j < d; j++) {
            MixtureKernel1d k = new MixtureKernel1d(family, Arrays.copyOfRange(r.parameters(), model.kernelOffset(j),
                    model.kernelOffset(j) + 3 * components));
            double[] w = new double[components];
            double[] mu = new double[components];
            double[] ls = new double[components];
            for (int c = 0; c < components; c++) {
                w[c] = k.weight(c);
                mu[c] = k.frequency(c);
                ls[c] = k.inverseLengthScale(c);
            }
            String g = "/kernel/" + axisNames[j] + "/";
            out.dataset(g + "weight", w, new int[] {components}, "q");
            out.dataset(g + "frequency", mu, new int[] {components}, "q");
            out.dataset(g + "inverse_length_scale", ls, new int[] {components}, "q");
            out.attribute("/kernel/" + axisNames[j], "dominant_frequency", mu[k.dominantComponent()]);
        }
        int n = r.checkpoints().size();
        double[] step = new double[n];
        double[] loss = new double[n];
        double[] err = new double[n];
        double[] bmse = new double[n];
        double[] rmse = new double[n];
        double[] sec = new double[n];
        for (int i = 0; i < n; i++) {
            Checkpoint c = r.checkpoints().get(i);
            step[i] = c.step();
            loss[i] = c.loss();
            err[i] = c.error();
            bmse[i] = c.boundaryMse();
            rmse[i] = c.residualMse();
            sec[i] = c.seconds();
        }
        int[] hs = {n};
        out.dataset("/history/step", step, hs, "checkpoint");
        out.dataset("/history/loss", loss, hs, "checkpoint");
        out.dataset("/history/error", err, hs, "checkpoint");
        out.dataset("/history/boundary_mse", bmse, hs, "checkpoint");
        out.dataset("/history/residual_mse", rmse, hs, "checkpoint");
        out.dataset("/history/wall_seconds", sec, hs, "checkpoint");
        out.attribute("/", "solver", "gp-hm");
        out.attribute("/", "error_final", r.errorFinal());
        out.attribute("/", "error_best", r.errorBest());
        out.attribute("/", "error_min_loss", r.errorMinLoss());
        out.attribute("/", "steps", steps);
        out.attribute("/", "train_seconds", r.seconds());
        out.attribute("/", "source_expression", manufactured.source().toString());
        out.attribute("/", "cholesky_fallbacks", model.choleskyFallbacks());
        out.attribute("/", "jitter_escalations", model.jitterEscalations());
    }
}
