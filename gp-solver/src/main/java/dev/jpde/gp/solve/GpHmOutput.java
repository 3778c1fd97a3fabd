package dev.jpde.gp.solve;

import dev.jpde.core.spi.ResultRecorder;
import dev.jpde.gp.kernel.MixtureKernel1d;
import dev.jpde.gp.model.GpHmModel;
import java.util.Arrays;

/**
 * Records a GP-HM run in the jpde output layout (every dataset with its {@code dims}):
 * <ul>
 * <li>{@code /scales/x} ({@code /scales/y} or {@code /scales/t}): the test grid;</li>
 * <li>{@code /tasks/u} (final prediction), {@code /tasks/u_best_loss} (at the lowest training loss),
 * {@code /tasks/u_exact};</li>
 * <li>{@code /kernel/<dim>/{weight,frequency,inverse_length_scale}} with attribute {@code dominant_frequency};</li>
 * <li>{@code /model/u} (the latent values U on the collocation grid), {@code /model/x} ({@code /model/y}, ...: the
 * collocation nodes) and {@code /model} attributes {@code kernel} and {@code jitter_<dim>}: with the kernels, what the
 * posterior mean needs at any point (see {@link #latent});</li>
 * <li>{@code /history/{step,loss,error,boundary_mse,residual_mse,wall_seconds,stage}}, one entry per checkpoint;</li>
 * <li>root attributes {@code error_final}, {@code error_best}, {@code error_min_loss}, {@code steps} (the budget),
 * {@code steps_run}, {@code early_stop} ("off" or "authors-rule"), {@code fit_on} ("latent" or "mean"),
 * {@code stopped_early} (0 or 1),
 * {@code train_seconds}, {@code source_expression}, {@code cholesky_fallbacks}, {@code jitter_escalations},
 * {@code refined_updates} (kernel-matrix updates whose Toeplitz inverse failed its accuracy probe, so that its solves
 * were refined) and {@code max_inverse_residual} (the largest probe residual), all of stage 1 and of this process (a
 * resumed run counts from its resumption).</li>
 * </ul>
 * An extra-GP run predicts with the sum of both stages, so {@code /tasks/u}, {@code /tasks/u_best_loss} and the three
 * errors are those of the sum; {@code /history/stage} tells the stages apart (1 or 2; the loss column is the objective
 * of the stage being trained). It adds {@code /tasks/u_stage1} (stage 1 alone at the change point),
 * {@code /extra_gp/kernel/<dim>/{weight,inverse_length_scale}} and {@code /extra_gp/model} (the second GP's Matérn
 * component and latent values; absent when the run stopped in stage 1) and the {@code /extra_gp} attributes
 * {@code change_point}, {@code change_step},
 * {@code error_stage1}, {@code reached_stage2} (0 or 1) and, with stage 2, its final {@code log_tau},
 * {@code log_v}.
 */
final class GpHmOutput {
    private final ResultRecorder out;
    private final double[][] testAxes;
    private final String[] axisNames;
    private final int[] shape;
    private final String dims;

    GpHmOutput(ResultRecorder out, double[][] testAxes, String[] axisNames) {
        this.out = out;
        this.testAxes = testAxes;
        this.axisNames = axisNames;
        int d = testAxes.length;
        this.shape = d == 1 ? new int[] {testAxes[0].length} : new int[] {testAxes[0].length, testAxes[1].length};
        this.dims = d == 1 ? axisNames[0] : axisNames[0] + " " + axisNames[1];
    }

    /** The test grid, the predictions, the stage-1 kernels, the history and the root attributes. */
    void run(GpHmModel model, GpHmResult r, double[] exact, boolean earlyStop, long steps, String source) {
        for (int j = 0; j < testAxes.length; j++) {
            out.dataset("/scales/" + axisNames[j], testAxes[j], new int[] {testAxes[j].length}, axisNames[j]);
        }
        out.dataset("/tasks/u", r.prediction(), shape, dims);
        out.dataset("/tasks/u_best_loss", r.bestPrediction(), shape, dims);
        out.dataset("/tasks/u_exact", exact, shape, dims);
        kernels("/kernel/", model, r.parameters(), true);
        latent("/model", model, r.parameters());
        history(r);
        out.attribute("/", "solver", "gp-hm");
        out.attribute("/", "error_final", r.errorFinal());
        out.attribute("/", "error_best", r.errorBest());
        out.attribute("/", "error_min_loss", r.errorMinLoss());
        out.attribute("/", "steps", steps);
        out.attribute("/", "steps_run", r.stepsRun());
        out.attribute("/", "early_stop", earlyStop ? "authors-rule" : "off");
        out.attribute("/", "fit_on", model.fitOnMean() ? "mean" : "latent");
        out.attribute("/", "stopped_early", r.stoppedEarly() ? 1L : 0L);
        out.attribute("/", "train_seconds", r.seconds());
        out.attribute("/", "source_expression", source);
        out.attribute("/", "cholesky_fallbacks", model.choleskyFallbacks());
        out.attribute("/", "jitter_escalations", model.jitterEscalations());
        out.attribute("/", "refined_updates", model.refinedUpdates());
        out.attribute("/", "max_inverse_residual", model.maxInverseResidual());
    }

    /** The extra-GP additions (after {@link #run}). */
    void extraGp(ExtraGpResult e, double changePoint) {
        out.dataset("/tasks/u_stage1", e.firstPrediction(), shape, dims);
        out.attribute("/extra_gp", "change_point", changePoint);
        out.attribute("/extra_gp", "change_step", e.changeStep());
        out.attribute("/extra_gp", "error_stage1", e.firstError());
        out.attribute("/extra_gp", "reached_stage2", e.reachedSecondStage() ? 1L : 0L);
        if (e.reachedSecondStage()) {
            GpHmModel second = e.second();
            kernels("/extra_gp/kernel/", second, second.parameters(), false);
            latent("/extra_gp/model", second, second.parameters());
            int m = second.problem().size();
            out.attribute("/extra_gp", "log_tau", second.parameters()[m]);
            out.attribute("/extra_gp", "log_v", second.parameters()[m + 1]);
        }
    }

    /**
     * The trained model's latent grid values U ({@code group/u}), its collocation nodes ({@code group/<dim>}) and, as
     * attributes of the group, the kernel family ({@code kernel}: gm, stm, se or matern) and the diagonal added to each
     * K_j ({@code jitter_<dim>}): with the kernels under {@code /kernel} that is all the posterior mean needs at any
     * point, {@code m(x) = k(x, X) K^-1 U} (1-D) or {@code k_1(x, X_1) K_1^-1 U K_2^-1 k_2(X_2, y)} (2-D).
     */
    private void latent(String group, GpHmModel model, double[] parameters) {
        int d = testAxes.length;
        String[] nodeDims = new String[d];
        int[] nodeShape = new int[d];
        for (int j = 0; j < d; j++) {
            double[] nodes = model.problem().axis(j);
            nodeDims[j] = axisNames[j] + "_node";
            nodeShape[j] = nodes.length;
            out.dataset(group + "/" + axisNames[j], nodes, new int[] {nodes.length}, nodeDims[j]);
            out.attribute(group, "jitter_" + axisNames[j], model.jitter(j));
        }
        out.dataset(group + "/u", Arrays.copyOf(parameters, model.problem().size()), nodeShape,
                String.join(" ", nodeDims));
        out.attribute(group, "kernel", model.kernel(0).family().key());
    }

    private void kernels(String group, GpHmModel model, double[] parameters, boolean withFrequency) {
        for (int j = 0; j < testAxes.length; j++) {
            int count = model.kernel(j).parameterCount();
            MixtureKernel1d k = new MixtureKernel1d(model.kernel(j).family(), Arrays.copyOfRange(parameters,
                    model.kernelOffset(j), model.kernelOffset(j) + count));
            int q = k.components();
            double[] w = new double[q];
            double[] mu = new double[q];
            double[] ls = new double[q];
            for (int c = 0; c < q; c++) {
                w[c] = k.weight(c);
                mu[c] = k.frequency(c);
                ls[c] = k.inverseLengthScale(c);
            }
            String g = group + axisNames[j];
            out.dataset(g + "/weight", w, new int[] {q}, "q");
            out.dataset(g + "/inverse_length_scale", ls, new int[] {q}, "q");
            if (withFrequency) {
                out.dataset(g + "/frequency", mu, new int[] {q}, "q");
                out.attribute(g, "dominant_frequency", mu[k.dominantComponent()]);
            }
        }
    }

    private void history(GpHmResult r) {
        int n = r.checkpoints().size();
        double[] step = new double[n];
        double[] loss = new double[n];
        double[] err = new double[n];
        double[] bmse = new double[n];
        double[] rmse = new double[n];
        double[] sec = new double[n];
        double[] stage = new double[n];
        for (int i = 0; i < n; i++) {
            Checkpoint c = r.checkpoints().get(i);
            step[i] = c.step();
            loss[i] = c.loss();
            err[i] = c.error();
            bmse[i] = c.boundaryMse();
            rmse[i] = c.residualMse();
            sec[i] = c.seconds();
            stage[i] = c.stage();
        }
        int[] hs = {n};
        out.dataset("/history/step", step, hs, "checkpoint");
        out.dataset("/history/loss", loss, hs, "checkpoint");
        out.dataset("/history/error", err, hs, "checkpoint");
        out.dataset("/history/boundary_mse", bmse, hs, "checkpoint");
        out.dataset("/history/residual_mse", rmse, hs, "checkpoint");
        out.dataset("/history/wall_seconds", sec, hs, "checkpoint");
        out.dataset("/history/stage", stage, hs, "checkpoint");
    }
}
