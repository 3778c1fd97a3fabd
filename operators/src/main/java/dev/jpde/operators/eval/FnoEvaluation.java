package dev.jpde.operators.eval;

import dev.jpde.operators.BatchParallel;
import dev.jpde.operators.Fno1d;
import dev.jpde.operators.RelativeL2Loss;
import dev.jpde.operators.data.OperatorDataset;
import dev.jpde.operators.io.FnoWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation command: relative L2 test errors of trained weights at the training resolution
 * and at others. The FNO's parameters do not depend on the grid (the spectral weights act on the
 * lowest modes, the pointwise maps on values), so the same weights apply at any resolution
 * ("zero-shot super-resolution"): test data at each resolution are the same fine solutions,
 * sub-sampled by slicing ({@link OperatorDataset#subsample}).
 */
public final class FnoEvaluation {

    /** Samples per forward pass. */
    public static final int BATCH = 20;

    private FnoEvaluation() {
    }

    /**
     * Errors of the weights (or checkpoint) in {@code weights} on the last {@code testSamples}
     * samples of {@code data}, at each of {@code resolutions} (each must divide the file's grid).
     *
     * @param threads threads for the forward passes
     */
    public static List<ResolutionError> evaluate(Path weights, Path data, int testSamples, int[] resolutions,
                                                 int threads) throws IOException {
        Fno1d model = FnoWeights.read(weights);
        OperatorDataset all = OperatorDataset.read(data);
        if (testSamples < 1 || testSamples > all.samples()) {
            throw new IllegalArgumentException("testSamples must be in 1.." + all.samples());
        }
        OperatorDataset test = all.tail(testSamples);
        List<ResolutionError> out = new ArrayList<>();
        for (int s : resolutions) {
            out.add(evaluate(model, test.subsample(s), threads));
        }
        return out;
    }

    /** The errors of {@code model} on {@code data}, in batches of {@link #BATCH} on {@code threads} threads. */
    public static ResolutionError evaluate(Fno1d model, OperatorDataset data, int threads) {
        long t0 = System.nanoTime();
        int s = data.points();
        int shards = Math.max(1, threads);
        double[] a = new double[BATCH * s];
        double[] u = new double[BATCH * s];
        double[] out = new double[BATCH * s];
        double[] errors = new double[BATCH];
        double sum = 0.0;
        double max = 0.0;
        try (BatchParallel parallel = new BatchParallel(model, shards, shards)) {
            for (int from = 0; from < data.samples(); from += BATCH) {
                int b = Math.min(BATCH, data.samples() - from);
                System.arraycopy(data.a(), from * s, a, 0, b * s);
                System.arraycopy(data.u(), from * s, u, 0, b * s);
                parallel.forward(a, out, b, s);
                RelativeL2Loss.perSample(out, u, errors, b, s);
                for (int q = 0; q < b; q++) {
                    sum += errors[q];
                    max = Math.max(max, errors[q]);
                }
            }
        }
        return new ResolutionError(s, data.samples(), sum / data.samples(), max, (System.nanoTime() - t0) * 1e-9);
    }
}
