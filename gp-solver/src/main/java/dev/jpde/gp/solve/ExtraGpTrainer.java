package dev.jpde.gp.solve;

import dev.jpde.core.spi.RunSnapshot;
import dev.jpde.core.spi.StateStore;
import dev.jpde.gp.model.ExtraGp;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.train.Adam;

/**
 * The two-stage extra-GP run of spec gp-hm.md section 5 (the authors' {@code model_GP_solver_1d_extra.py}), for
 * Poisson problems. Of the run's S steps, stage 1 trains the GP-HM model for {@code S_1 = floor(c S)} steps
 * (c = change point); it is then frozen, and stage 2 trains the second GP of {@link ExtraGp} (the GP-HM model of the
 * residual problem: one Matérn-5/2 component, {@code u_e = 0}, {@code lt} copied, {@code lv = 0}) with its own Adam on
 * the same learning-rate schedule (restarted, so a decaying schedule decays at the end of each stage) for the remaining
 * {@code S - S_1} steps. Predictions, and so every error, are of the sum {@code u_1 + u_e}.
 *
 * <p>Checkpoints follow one cadence over the whole run (every {@code S / checkpoints} global steps and at the end),
 * plus one at the change point (stage 1's final state, which is also stage 2's initial prediction). With early
 * stopping on, the {@link EarlyStopRule} watches both stages with one count, and a stop in stage 1 skips stage 2, as
 * in the reference. (The reference evaluates its change-point checkpoint with the stage-2 predictor applied to the
 * stage-1 parameters, a glitch; here that checkpoint is stage 1's own prediction.)
 */
public final class ExtraGpTrainer {
    private final GpHmTrainer trainer;
    private final double changePoint;

    /**
     * @param trainer     steps, checkpoints, learning rate and early stopping of the whole run
     * @param changePoint fraction c of the steps given to stage 1, in [0, 1)
     */
    public ExtraGpTrainer(GpHmTrainer trainer, double changePoint) {
        if (!(changePoint >= 0 && changePoint < 1)) {
            throw new IllegalArgumentException("change point must be in [0, 1), got " + changePoint);
        }
        this.trainer = trainer;
        this.changePoint = changePoint;
    }

    /** The global step at which stage 1 ends and stage 2 starts: {@code floor(c S)}. */
    public long changeStep() {
        return (long) Math.floor(changePoint * trainer.steps());
    }

    /**
     * Trains stage 1 ({@code first}, in place), then a new stage-2 model.
     *
     * @param testAxes test-grid coordinates per dimension
     * @param exact    exact solution on the test grid (row-major), or null
     */
    public ExtraGpResult train(GpHmModel first, double[][] testAxes, double[] exact, TrainingListener listener) {
        return train(first, testAxes, exact, listener, null);
    }

    /**
     * As {@link #train(GpHmModel, double[][], double[], TrainingListener)}, saving the state at every checkpoint of
     * either stage to {@code store} and, if it holds one, continuing from it (in stage 1 or stage 2).
     *
     * @param store where the state goes, or null for none
     */
    public ExtraGpResult train(GpHmModel first, double[][] testAxes, double[] exact, TrainingListener listener,
            StateStore store) {
        ExtraGp.requireSupported(first.problem().pde());
        long change = changeStep();
        CheckpointLog log = trainer.newLog(exact, listener);
        RunSnapshot saved = store == null ? null : store.load();
        int savedStage = saved == null ? 0 : TrainingState.stage(saved);
        double[] firstPrediction;
        double firstError;
        boolean stopped;
        if (savedStage == 2) {
            requireSameChangeStep(saved, change);
            TrainingState.copy(saved, "first_params", first.parameters());
            firstPrediction = saved.array("first_prediction").clone();
            firstError = saved.real("first_error");
            stopped = false;
        } else {
            Adam adam = trainer.newAdam(first);
            long from = saved == null ? 0 : TrainingState.restore(saved, first, adam, log);
            stopped = log.stopped() || trainer.runStage(first, adam, 0, from, change, 1, null, saved == null, testAxes,
                    log, GpHmTrainer.saver(store, 1, null));
            firstPrediction = log.lastPrediction();
            firstError = log.lastError();
        }
        GpHmModel second = null;
        if (!stopped) {
            second = ExtraGp.secondStage(first);
            log.startStage();
            Adam adam = trainer.newAdam(second);
            long from = change;
            if (savedStage == 2) {
                from = TrainingState.restore(saved, second, adam, log);
            }
            if (!log.stopped()) {
                TrainingState.FirstStage frozen = new TrainingState.FirstStage(first.parameters().clone(),
                        firstPrediction, firstError);
                trainer.runStage(second, adam, change, from, trainer.steps(), 2, firstPrediction, false, testAxes, log,
                        GpHmTrainer.saver(store, 2, frozen));
            }
        }
        return new ExtraGpResult(log.result(first.parameters().clone()), second, firstPrediction, firstError, change);
    }

    /**
     * Refuses a stage-2 state whose first stage ended at another step than {@code change}: a state saved under another
     * step budget (see {@code jpde run --extend}) whose change point has moved with the budget.
     */
    private static void requireSameChangeStep(RunSnapshot saved, long change) {
        double[] step = saved.array("history_step");
        double[] stage = saved.array("history_stage");
        long firstEnd = -1;
        for (int i = 0; i < step.length; i++) {
            if (stage[i] == 1) {
                firstEnd = Math.max(firstEnd, (long) step[i]);
            }
        }
        if (firstEnd != change) {
            throw new IllegalArgumentException("saved state is in the second stage of an extra-GP run whose first stage "
                    + "ended at step " + firstEnd + "; this run's first stage ends at step " + change
                    + " (a new step budget moves the change point, so such a state cannot be extended)");
        }
    }
}
