package dev.jpde.gp.solve;

import dev.jpde.core.spi.RunSnapshot;
import dev.jpde.core.spi.StateStore;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.train.Adam;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A GP-HM run's restart state as a {@link RunSnapshot}, taken right after a checkpoint has been recorded and before
 * that step's Adam update, so that resuming repeats the checkpoint step's loss evaluation (without recording it
 * again) and then continues bit for bit as the uninterrupted run would.
 *
 * <p>Contents: scalars {@code format}, {@code stage} (1, or 2 in the second stage of an extra-GP run), {@code step}
 * (the global step of the checkpoint), {@code adam_t}; arrays {@code params} and {@code adam_m}, {@code adam_v} of
 * the model being trained; the {@link CheckpointLog}'s state ({@code history_*}, {@code prediction},
 * {@code best_prediction}, {@code log_*}, {@code rule_*}); in stage 2 also {@code first_params},
 * {@code first_prediction} and {@code first_error} of the frozen first stage.
 */
final class TrainingState {
    static final String FORMAT = "jpde GP-HM training state 1";

    private TrainingState() {
    }

    /** The frozen first stage of an extra-GP run, saved with every stage-2 state. */
    record FirstStage(double[] params, double[] prediction, double error) {
    }

    /** Saves the state after the checkpoint at {@code step}; {@code first} is null outside stage 2. */
    static void save(StateStore store, int stage, long step, GpHmModel model, Adam adam, CheckpointLog log,
            FirstStage first) {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        Map<String, Object> scalars = new LinkedHashMap<>();
        scalars.put("format", FORMAT);
        scalars.put("stage", (long) stage);
        scalars.put("step", step);
        scalars.put("adam_t", adam.steps());
        arrays.put("params", model.parameters());
        arrays.put("adam_m", adam.firstMoment());
        arrays.put("adam_v", adam.secondMoment());
        log.save(arrays, scalars);
        if (first != null) {
            arrays.put("first_params", first.params());
            arrays.put("first_prediction", first.prediction());
            scalars.put("first_error", first.error());
        }
        store.save(new RunSnapshot(arrays, scalars));
    }

    /**
     * Restores {@code model}'s parameters, {@code adam} and {@code log} from {@code s}; returns the step to continue
     * from (the saved checkpoint's step).
     */
    static long restore(RunSnapshot s, GpHmModel model, Adam adam, CheckpointLog log) {
        copy(s, "params", model.parameters());
        copy(s, "adam_m", adam.firstMoment());
        copy(s, "adam_v", adam.secondMoment());
        adam.restore(s.integer("adam_t"));
        log.restore(s);
        return s.integer("step");
    }

    /**
     * {@code store}, telling {@code progress} when a load finds a saved state: "continuing from the saved state at
     * step N" ("(stage 2)" added in an extra-GP run's second stage), so that a resumed run says where it resumed.
     */
    static StateStore reporting(StateStore store, Consumer<String> progress) {
        return new StateStore() {
            @Override
            public RunSnapshot load() {
                RunSnapshot s = store.load();
                if (s != null) {
                    progress.accept("continuing from the saved state at step " + s.integer("step")
                            + (stage(s) == 2 ? " (stage 2)" : ""));
                }
                return s;
            }

            @Override
            public void save(RunSnapshot snapshot) {
                store.save(snapshot);
            }
        };
    }

    /** Checks the snapshot's format; returns its stage. */
    static int stage(RunSnapshot s) {
        if (!FORMAT.equals(s.scalars().get("format"))) {
            throw new IllegalStateException("saved state is not a GP-HM training state (format "
                    + s.scalars().get("format") + ")");
        }
        return Math.toIntExact(s.integer("stage"));
    }

    /** Copies the saved array {@code name} into {@code into}, which must have the same length. */
    static void copy(RunSnapshot s, String name, double[] into) {
        double[] v = s.array(name);
        if (v.length != into.length) {
            throw new IllegalStateException("saved state does not fit this run: '" + name + "' has " + v.length
                    + " values, this run needs " + into.length);
        }
        System.arraycopy(v, 0, into, 0, v.length);
    }
}
