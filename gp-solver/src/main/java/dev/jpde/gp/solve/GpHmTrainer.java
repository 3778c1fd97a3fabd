package dev.jpde.gp.solve;

import dev.jpde.core.spi.RunSnapshot;
import dev.jpde.core.spi.StateStore;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.model.LengthScaleFloor;
import dev.jpde.gp.train.Adam;
import dev.jpde.gp.train.LearningRateSchedule;

/**
 * Full-batch Adam on all GP-HM parameters jointly (spec section 5: lr 1e-2, constant, float64; optionally a
 * {@link LearningRateSchedule} that decays the rate at the end of each stage), with checkpoints
 * every {@code steps / checkpoints} steps (and at step 0 and at the end) at which the test-grid prediction and its
 * relative L2 error {@code ||u_pred - u_true|| / ||u_true||} are recorded. Optionally the authors'
 * {@link EarlyStopRule} ends the run at a checkpoint, and optionally a {@link LengthScaleFloor} projects the kernel
 * length scales after every update (projected Adam). A non-finite loss stops the run with an
 * {@link ArithmeticException} naming the step.
 *
 * <p>{@link ExtraGpTrainer} runs two stages with the same step budget, cadence and rule.
 */
public final class GpHmTrainer {
    private final long steps;
    private final int checkpoints;
    private final LearningRateSchedule schedule;
    private final boolean earlyStop;
    private final double minLengthNodes;

    /** A trainer without early stopping (the reference's protocol for every problem but the extra-GP ones). */
    public GpHmTrainer(long steps, int checkpoints, double learningRate) {
        this(steps, checkpoints, learningRate, false);
    }

    /** @param earlyStop whether the authors' {@link EarlyStopRule} may end the run (it reads the exact solution) */
    public GpHmTrainer(long steps, int checkpoints, double learningRate, boolean earlyStop) {
        this(steps, checkpoints, LearningRateSchedule.constant(learningRate), earlyStop);
    }

    /**
     * @param schedule  the learning rate of each update, applied to each stage separately
     * @param earlyStop whether the authors' {@link EarlyStopRule} may end the run (it reads the exact solution)
     */
    public GpHmTrainer(long steps, int checkpoints, LearningRateSchedule schedule, boolean earlyStop) {
        this(steps, checkpoints, schedule, earlyStop, 0);
    }

    private GpHmTrainer(long steps, int checkpoints, LearningRateSchedule schedule, boolean earlyStop,
            double minLengthNodes) {
        if (steps < 1 || checkpoints < 1) {
            throw new IllegalArgumentException("steps and checkpoints must be >= 1");
        }
        this.steps = steps;
        this.checkpoints = checkpoints;
        this.schedule = schedule;
        this.earlyStop = earlyStop;
        this.minLengthNodes = minLengthNodes;
    }

    /**
     * This trainer with a {@link LengthScaleFloor} of {@code nodes} node spacings on every model it trains (both
     * stages of an extra-GP run), applied before the first update and after each one; 0 for none (the reference).
     */
    public GpHmTrainer withLengthScaleFloor(double nodes) {
        if (nodes < 0) {
            throw new IllegalArgumentException("the length-scale floor must be >= 0 node spacings, got " + nodes);
        }
        return new GpHmTrainer(steps, checkpoints, schedule, earlyStop, nodes);
    }

    /** Adam steps of the whole run. */
    public long steps() {
        return steps;
    }

    /**
     * Trains {@code model} in place.
     *
     * @param testAxes test-grid coordinates per dimension
     * @param exact    exact solution on the test grid (row-major), or null
     */
    public GpHmResult train(GpHmModel model, double[][] testAxes, double[] exact, TrainingListener listener) {
        return train(model, testAxes, exact, listener, null);
    }

    /**
     * As {@link #train(GpHmModel, double[][], double[], TrainingListener)}, saving the run's state to {@code store}
     * at every checkpoint (see {@link TrainingState}) and, if the store holds a state, continuing from it: the
     * result is the same as that of an uninterrupted run.
     *
     * @param store where the state goes, or null for none
     */
    public GpHmResult train(GpHmModel model, double[][] testAxes, double[] exact, TrainingListener listener,
            StateStore store) {
        CheckpointLog log = newLog(exact, listener);
        Adam adam = newAdam(model);
        RunSnapshot saved = store == null ? null : store.load();
        long from = 0;
        if (saved != null) {
            if (TrainingState.stage(saved) != 1 || saved.arrays().containsKey("first_params")) {
                throw new IllegalStateException("saved state belongs to a two-stage (extra GP) run");
            }
            from = TrainingState.restore(saved, model, adam, log);
        }
        if (!log.stopped()) {
            runStage(model, adam, 0, from, steps, 1, null, saved == null, testAxes, log, saver(store, 1, null));
        }
        return log.result(model.parameters().clone());
    }

    /** A fresh Adam for {@code model} at this trainer's initial learning rate. */
    Adam newAdam(GpHmModel model) {
        return new Adam(model.size(), schedule.initial());
    }

    /** A hook that saves the state of a {@code stage} checkpoint to {@code store}, or null when there is no store. */
    static StageHook saver(StateStore store, int stage, TrainingState.FirstStage first) {
        return store == null ? null : (step, model, adam, log) -> TrainingState.save(store, stage, step, model, adam,
                log, first);
    }

    /** Called after each recorded checkpoint, before that step's update. */
    interface StageHook {
        void checkpointed(long step, GpHmModel model, Adam adam, CheckpointLog log);
    }

    /** A log for a run of this trainer's steps, with the early-stopping rule if enabled. */
    CheckpointLog newLog(double[] exact, TrainingListener listener) {
        return new CheckpointLog(exact, earlyStop ? new EarlyStopRule() : null, listener, steps);
    }

    /**
     * Adam (fresh moments) on {@code model} from global step {@code from} to {@code to}: {@code to - from} updates,
     * at the rates the schedule gives the updates of a stage that spans global steps {@code stageStart .. to}.
     * A checkpoint is recorded at every global step that is a multiple of {@code steps / checkpoints} and at
     * {@code to}, except at {@code from} unless {@code recordFirst} (a later stage starts where the previous one
     * recorded its last checkpoint).
     *
     * @param adam        the stage's optimiser (fresh, or restored with the model)
     * @param stageStart  the global step at which the stage began ({@code from}, unless resuming)
     * @param stage       1 or 2, recorded with the checkpoints
     * @param base        added to every prediction (the frozen first stage's), or null
     * @param recordFirst whether step {@code from} may be a checkpoint
     * @param hook        called after each recorded checkpoint, or null
     * @return whether the early-stopping rule ended the stage
     */
    boolean runStage(GpHmModel model, Adam adam, long stageStart, long from, long to, int stage, double[] base, boolean recordFirst,
                     double[][] testAxes, CheckpointLog log, StageHook hook) {
        double[] params = model.parameters();
        double[] grad = new double[params.length];
        long every = Math.max(1, steps / checkpoints);
        LengthScaleFloor floor = minLengthNodes > 0 ? new LengthScaleFloor(model, minLengthNodes) : null;
        if (floor != null) {
            floor.apply(params);
        }
        for (long step = from; step <= to; step++) {
            double loss = model.lossAndGradient(grad);
            if (!Double.isFinite(loss)) {
                throw new ArithmeticException("GP-HM loss became non-finite at step " + step
                        + (stage > 1 ? " (stage " + stage + ")" : ""));
            }
            if ((step > from || recordFirst) && (step % every == 0 || step == to)) {
                double[] prediction = model.predict(testAxes);
                if (base != null) {
                    for (int i = 0; i < prediction.length; i++) {
                        prediction[i] += base[i];
                    }
                }
                boolean stop = log.record(step, stage, loss, prediction, model.lastBoundaryMse(),
                        model.lastResidualMse());
                if (hook != null) {
                    hook.checkpointed(step, model, adam, log);
                }
                if (stop) {
                    return true;
                }
            }
            if (step < to) {
                adam.step(params, grad, schedule.rate(step - stageStart, to - stageStart));
                if (floor != null) {
                    floor.apply(params);
                }
            }
        }
        return false;
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
