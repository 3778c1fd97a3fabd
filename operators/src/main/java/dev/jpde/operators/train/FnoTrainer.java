package dev.jpde.operators.train;

import dev.jpde.operators.BatchParallel;
import dev.jpde.operators.Fno1d;
import dev.jpde.operators.RelativeL2Loss;
import dev.jpde.operators.data.OperatorDataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Trains an {@link Fno1d} on in-memory data by the reference recipe ({@link TrainingSpec}): per
 * epoch, the training samples are shuffled ({@link SplitMix64}, seeded from the spec's seed, its
 * state carried across epochs), cut into mini-batches (the last one smaller if the batch size does
 * not divide the sample count, as PyTorch's {@code DataLoader}), and for each mini-batch the summed
 * relative L2 loss and its gradient are computed batch-parallel ({@link BatchParallel}) and one
 * {@link Adam} step is taken with the epoch's StepLR learning rate. Reported per epoch: the
 * running mean of the per-sample training errors during the epoch, and the mean test error after it.
 *
 * <p>Everything is deterministic given the spec (initial weights from the seed, shuffling, shard
 * arithmetic), independent of the number of threads; a run resumed from a checkpoint
 * ({@link TrainingCheckpoint}) continues bit for bit. Buffers are sized at construction; an epoch
 * allocates nothing in its step loop. Not thread-safe; {@link #close()} stops the worker threads.
 */
public final class FnoTrainer implements AutoCloseable {

    /** Offset between the weight seed and the shuffling seed, so the two streams differ. */
    static final long SHUFFLE_SEED_OFFSET = 0x632BE59BD9B4E019L;

    private final TrainingSpec spec;
    private final OperatorDataset train;
    private final OperatorDataset test;
    private final Fno1d model;
    private final Adam adam;
    private final BatchParallel parallel;
    private final SplitMix64 shuffle;
    private final int[] order;
    private final double[] batchA;
    private final double[] batchU;
    private final double[] batchOut;
    private final double[] errors;
    private final List<EpochReport> history = new ArrayList<>();

    /**
     * A fresh run: weights drawn with the spec's seed ({@link Fno1d#initialise}), zero moments.
     *
     * @param test test data, or null
     */
    public FnoTrainer(TrainingSpec spec, OperatorDataset train, OperatorDataset test) {
        this(spec, train, test, initialised(spec), new SplitMix64(spec.seed() + SHUFFLE_SEED_OFFSET));
    }

    FnoTrainer(TrainingSpec spec, OperatorDataset train, OperatorDataset test, Fno1d model, SplitMix64 shuffle) {
        if (test != null && test.points() != train.points()) {
            throw new IllegalArgumentException("training and test data must share the grid: " + train.points()
                    + " vs " + test.points() + " points");
        }
        this.spec = spec;
        this.train = train;
        this.test = test;
        this.model = model;
        this.adam = Adam.reference(model.parameters(), spec.weightDecay());
        this.parallel = new BatchParallel(model, spec.shards(), spec.threads());
        this.shuffle = shuffle;
        this.order = new int[train.samples()];
        int n = spec.batch() * train.points();
        this.batchA = new double[n];
        this.batchU = new double[n];
        this.batchOut = new double[n];
        this.errors = new double[spec.batch()];
    }

    private static Fno1d initialised(TrainingSpec spec) {
        Fno1d m = new Fno1d(spec.network());
        m.initialise(spec.seed());
        return m;
    }

    /** The recipe. */
    public TrainingSpec spec() {
        return spec;
    }

    /** The network being trained (live). */
    public Fno1d model() {
        return model;
    }

    /** The optimiser state (live). */
    public Adam optimizer() {
        return adam;
    }

    /** Completed epochs. */
    public int completedEpochs() {
        return history.size();
    }

    /** The reports of the completed epochs, oldest first. */
    public List<EpochReport> history() {
        return Collections.unmodifiableList(history);
    }

    /** The shuffling generator's state after the completed epochs. */
    public long shuffleState() {
        return shuffle.state();
    }

    void restoreHistory(List<EpochReport> reports) {
        history.clear();
        history.addAll(reports);
    }

    /** Runs epochs until {@code spec().epochs()} are complete, reporting each; returns the history. */
    public List<EpochReport> train(TrainingListener listener) {
        while (completedEpochs() < spec.epochs()) {
            listener.epochFinished(runEpoch());
        }
        return history();
    }

    /** One epoch: shuffled mini-batches with an Adam step each, then the test error. */
    public EpochReport runEpoch() {
        int e = completedEpochs();
        double lr = spec.learningRate(e);
        int s = train.points();
        long t0 = System.nanoTime();
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        shuffle.shuffle(order);
        double lossSum = 0.0;
        for (int from = 0; from < order.length; from += spec.batch()) {
            int b = Math.min(spec.batch(), order.length - from);
            for (int q = 0; q < b; q++) {
                int row = order[from + q];
                System.arraycopy(train.a(), row * s, batchA, q * s, s);
                System.arraycopy(train.u(), row * s, batchU, q * s, s);
            }
            model.zeroGrad();
            lossSum += parallel.lossAndGradient(batchA, batchU, batchOut, b, s);
            adam.step(lr);
        }
        long t1 = System.nanoTime();
        double testError = test == null ? Double.NaN : meanError(test);
        long t2 = System.nanoTime();
        EpochReport r = new EpochReport(e + 1, spec.epochs(), lr, lossSum / order.length, testError,
                (t1 - t0) * 1e-9, (t2 - t1) * 1e-9);
        history.add(r);
        return r;
    }

    /**
     * The mean relative L2 error of the current network on {@code data} (any resolution), evaluated
     * in mini-batches of the training batch size on the training threads.
     */
    public double meanError(OperatorDataset data) {
        int s = data.points();
        int n = spec.batch() * s;
        double[] a = batchA.length >= n ? batchA : new double[n];
        double[] u = batchU.length >= n ? batchU : new double[n];
        double[] out = batchOut.length >= n ? batchOut : new double[n];
        double sum = 0.0;
        for (int from = 0; from < data.samples(); from += spec.batch()) {
            int b = Math.min(spec.batch(), data.samples() - from);
            System.arraycopy(data.a(), from * s, a, 0, b * s);
            System.arraycopy(data.u(), from * s, u, 0, b * s);
            parallel.forward(a, out, b, s);
            RelativeL2Loss.perSample(out, u, errors, b, s);
            for (int q = 0; q < b; q++) {
                sum += errors[q];
            }
        }
        return sum / data.samples();
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        parallel.close();
    }
}
