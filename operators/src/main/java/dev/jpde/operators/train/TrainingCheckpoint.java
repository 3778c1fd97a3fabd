package dev.jpde.operators.train;

import dev.jpde.io.hdf5.GroupWriter;
import dev.jpde.io.hdf5.H5File;
import dev.jpde.io.hdf5.H5Writer;
import dev.jpde.io.hdf5.ShapedArray;
import dev.jpde.operators.Fno1d;
import dev.jpde.operators.Parameter;
import dev.jpde.operators.data.OperatorDataset;
import dev.jpde.operators.io.FnoWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A training run's full state as one HDF5 file, written atomically, from which
 * {@link #resume} continues exactly where the run stopped.
 *
 * <p>Layout: {@code /params} as {@link FnoWeights} (so a checkpoint is also a weights file);
 * {@code /adam_m} (first moments, shaped as the parameters) and {@code /adam_v} (second moments;
 * complex parameters without the trailing {@code (re, im)} axis); {@code /history/*} the per-epoch
 * figures ({@code train_error}, {@code test_error}, {@code learning_rate}, {@code train_seconds},
 * {@code test_seconds}); root attributes {@code epochs_completed}, {@code adam_steps},
 * {@code shuffle_state} (the {@link SplitMix64} state), and the recipe ({@code seed}, {@code batch},
 * {@code learning_rate}, {@code weight_decay}, {@code step_size}, {@code gamma}, {@code shards},
 * {@code epochs}) and architecture.
 */
public final class TrainingCheckpoint {

    private TrainingCheckpoint() {
    }

    /** Writes the state of {@code trainer} to {@code file}. */
    public static void save(FnoTrainer trainer, Path file) throws IOException {
        TrainingSpec spec = trainer.spec();
        Fno1d.Config c = spec.network();
        Map<String, Parameter> params = trainer.model().parameters();
        Adam adam = trainer.optimizer();
        List<EpochReport> h = trainer.history();
        H5Writer.writeAtomically(file, root -> {
            root.attribute("format", "jpde FNO-1d training checkpoint");
            root.attribute("modes", c.modes());
            root.attribute("width", c.width());
            root.attribute("layers", c.layers());
            root.attribute("projection_width", c.projectionWidth());
            root.attribute("epochs_completed", (long) h.size());
            root.attribute("adam_steps", adam.steps());
            root.attribute("shuffle_state", trainer.shuffleState());
            root.attribute("seed", spec.seed());
            root.attribute("epochs", (long) spec.epochs());
            root.attribute("batch", (long) spec.batch());
            root.attribute("learning_rate", spec.learningRate());
            root.attribute("weight_decay", spec.weightDecay());
            root.attribute("step_size", (long) spec.stepSize());
            root.attribute("gamma", spec.gamma());
            root.attribute("shards", (long) spec.shards());
            FnoWeights.write(root.group(FnoWeights.PARAMS), params, Parameter::value);
            GroupWriter m = root.group("adam_m");
            GroupWriter v = root.group("adam_v");
            params.forEach((key, p) -> {
                m.dataset(key, adam.firstMoments().get(key), p.shape());
                v.dataset(key, adam.secondMoments().get(key), momentShape(p));
            });
            if (!h.isEmpty()) {
                GroupWriter hist = root.group("history");
                hist.dataset("train_error", column(h, EpochReport::trainError));
                hist.dataset("test_error", column(h, EpochReport::testError));
                hist.dataset("learning_rate", column(h, EpochReport::learningRate));
                hist.dataset("train_seconds", column(h, EpochReport::trainSeconds));
                hist.dataset("test_seconds", column(h, EpochReport::testSeconds));
            }
        });
    }

    /**
     * A trainer in the state saved in {@code file}, to continue with {@code spec} (which may plan
     * more epochs than the saved run; its network must match the file's) on the same data.
     */
    public static FnoTrainer resume(Path file, TrainingSpec spec, OperatorDataset train, OperatorDataset test)
            throws IOException {
        try (H5File h5 = H5File.open(file)) {
            Fno1d.Config saved = new Fno1d.Config((int) h5.longAttribute("/", "modes"),
                    (int) h5.longAttribute("/", "width"), (int) h5.longAttribute("/", "layers"),
                    (int) h5.longAttribute("/", "projection_width"));
            if (!saved.equals(spec.network())) {
                throw new IllegalArgumentException(file + " holds a " + saved + ", the spec asks for "
                        + spec.network());
            }
            Fno1d model = new Fno1d(saved);
            FnoWeights.read(h5, "/" + FnoWeights.PARAMS, model.parameters());
            SplitMix64 shuffle = new SplitMix64(h5.longAttribute("/", "shuffle_state"));
            FnoTrainer trainer = new FnoTrainer(spec, train, test, model, shuffle);
            Adam adam = trainer.optimizer();
            for (String key : model.parameters().keySet()) {
                copy(h5, "/adam_m/" + key, adam.firstMoments().get(key));
                copy(h5, "/adam_v/" + key, adam.secondMoments().get(key));
            }
            adam.setSteps(h5.longAttribute("/", "adam_steps"));
            int epochs = (int) h5.longAttribute("/", "epochs_completed");
            List<EpochReport> history = new ArrayList<>();
            if (epochs > 0) {
                double[] tr = h5.readDoubles("/history/train_error").data();
                double[] te = h5.readDoubles("/history/test_error").data();
                double[] lr = h5.readDoubles("/history/learning_rate").data();
                double[] ts = h5.readDoubles("/history/train_seconds").data();
                double[] es = h5.readDoubles("/history/test_seconds").data();
                for (int e = 0; e < epochs; e++) {
                    history.add(new EpochReport(e + 1, spec.epochs(), lr[e], tr[e], te[e], ts[e], es[e]));
                }
            }
            trainer.restoreHistory(history);
            return trainer;
        }
    }

    /** The number of completed epochs recorded in a checkpoint. */
    public static int completedEpochs(Path file) throws IOException {
        try (H5File h5 = H5File.open(file)) {
            return (int) h5.longAttribute("/", "epochs_completed");
        }
    }

    private static void copy(H5File h5, String path, double[] target) {
        ShapedArray a = h5.readDoubles(path);
        if (a.data().length != target.length) {
            throw new IllegalArgumentException(h5.path() + path + " holds " + a.data().length + " values, need "
                    + target.length);
        }
        System.arraycopy(a.data(), 0, target, 0, target.length);
    }

    private static int[] momentShape(Parameter p) {
        int[] shape = p.shape();
        return p.isComplex() ? Arrays.copyOf(shape, shape.length - 1) : shape;
    }

    private static double[] column(List<EpochReport> h, java.util.function.ToDoubleFunction<EpochReport> f) {
        return h.stream().mapToDouble(f).toArray();
    }
}
