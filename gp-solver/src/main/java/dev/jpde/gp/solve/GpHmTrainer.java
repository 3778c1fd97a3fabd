package dev.jpde.gp.solve;

import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.train.Adam;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-batch Adam on all GP-HM parameters jointly (spec section 5: lr 1e-2, constant, float64), with checkpoints
 * every {@code steps / checkpoints} steps (and at step 0 and at the end) at which the test-grid prediction and its
 * relative L2 error {@code ||u_pred - u_true|| / ||u_true||} are recorded. A non-finite loss stops the run with an
 * {@link ArithmeticException} naming the step.
 */
public final class GpHmTrainer {
    private final long steps;
    private final int checkpoints;
    private final double learningRate;

    public GpHmTrainer(long steps, int checkpoints, double learningRate) {
        if (steps < 1 || checkpoints < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("steps and checkpoints must be >= 1 and the learning rate > 0");
        }
        this.steps = steps;
        this.checkpoints = checkpoints;
        this.learningRate = learningRate;
    }

    /**
     * Trains {@code model} in place.
     *
     * @param testAxes test-grid coordinates per dimension
     * @param exact    exact solution on the test grid (row-major), or null
     */
    public GpHmResult train(GpHmModel model, double[][] testAxes, double[] exact, TrainingListener listener) {
        double[] params = model.parameters();
        double[] grad = new double[params.length];
        Adam adam = new Adam(params.length, learningRate);
        List<Checkpoint> history = new ArrayList<>();
        long every = Math.max(1, steps / checkpoints);
        long t0 = System.nanoTime();
        double bestLoss = Double.POSITIVE_INFINITY;
        double[] bestPrediction = null;
        double errorMinLoss = Double.NaN;
        double errorBest = Double.NaN;
        double[] prediction = null;
        for (long step = 0; step <= steps; step++) {
            double loss = model.lossAndGradient(grad);
            if (!Double.isFinite(loss)) {
                throw new ArithmeticException("GP-HM loss became non-finite at step " + step);
            }
            if (step % every == 0 || step == steps) {
                prediction = model.predict(testAxes);
                double error = exact == null ? Double.NaN : relativeL2(prediction, exact);
                Checkpoint c = new Checkpoint(step, loss, error, model.lastBoundaryMse(), model.lastResidualMse(),
                        (System.nanoTime() - t0) * 1e-9);
                history.add(c);
                listener.checkpoint(c, steps);
                if (!(error >= errorBest)) {
                    errorBest = error;
                }
                if (loss < bestLoss) {
                    bestLoss = loss;
                    bestPrediction = prediction;
                    errorMinLoss = error;
                }
            }
            if (step < steps) {
                adam.step(params, grad);
            }
        }
        double errorFinal = history.get(history.size() - 1).error();
        return new GpHmResult(List.copyOf(history), prediction, bestPrediction, errorFinal, errorBest, errorMinLoss,
                params.clone(), (System.nanoTime() - t0) * 1e-9);
    }

    /** {@code ||a - b||_2 / ||b||_2}. */
    public static double relativeL2(double[] a, double[] b) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < b.length; i++) {
            double e = a[i] - b[i];
            num += e * e;
            den += b[i] * b[i];
        }
        return Math.sqrt(num / den);
    }
}
