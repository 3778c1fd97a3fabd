package dev.jpde.operators.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.operators.Fno1d;
import dev.jpde.operators.data.OperatorDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FnoTrainerTest {

    private static final Fno1d.Config NET = new Fno1d.Config(4, 6, 2, 8);

    /** 26 samples (not a multiple of the batch) of a smooth map on 16 points. */
    private static OperatorDataset data(int samples, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int s = 16;
        double[] a = new double[samples * s];
        double[] u = new double[samples * s];
        double[] x = new double[s];
        for (int j = 0; j < s; j++) {
            x[j] = 2 * Math.PI * j / s;
        }
        for (int i = 0; i < samples; i++) {
            double c1 = rng.nextDouble(-1, 1);
            double c2 = rng.nextDouble(-1, 1);
            for (int j = 0; j < s; j++) {
                a[i * s + j] = c1 * Math.sin(x[j]) + c2 * Math.cos(2 * x[j]);
                u[i * s + j] = 0.5 * c1 * Math.sin(x[j]) + 0.3 * c2 * c2 * Math.cos(2 * x[j]) + 0.1;
            }
        }
        return new OperatorDataset(a, u, x, samples, s, Map.of());
    }

    private static TrainingSpec spec(int epochs, int threads) {
        return new TrainingSpec(NET, epochs, 5, 1e-2, 1e-4, 2, 0.5, 3L, 2, threads);
    }

    @Test
    void stepLrHalvesEveryStepSizeEpochs() {
        TrainingSpec s = TrainingSpec.reference(500);
        assertEquals(50, s.stepSize());
        assertEquals(1e-3, s.learningRate(0), 0.0);
        assertEquals(1e-3, s.learningRate(49), 0.0);
        assertEquals(5e-4, s.learningRate(50), 0.0);
        assertEquals(1e-3 / 512, s.learningRate(499), 1e-20);
        assertEquals(20, s.batch());
        assertEquals(Fno1d.Config.burgers(), s.network());
        assertThrows(IllegalArgumentException.class, () -> s.withParallelism(2, 3));
    }

    /** Training reduces the error, and one or two threads give bitwise the same run. */
    @Test
    void trainingIsDeterministicAndIndependentOfThreads() {
        OperatorDataset train = data(26, 1);
        OperatorDataset test = data(10, 2);
        List<EpochReport> one;
        double[] w1;
        try (FnoTrainer t = new FnoTrainer(spec(4, 1), train, test)) {
            one = t.train(TrainingListener.none());
            w1 = t.model().parameters().get("conv1.weights1").value().clone();
        }
        try (FnoTrainer t = new FnoTrainer(spec(4, 2), train, test)) {
            List<EpochReport> two = t.train(TrainingListener.none());
            assertArrayEquals(w1, t.model().parameters().get("conv1.weights1").value(), 0.0);
            for (int e = 0; e < 4; e++) {
                assertEquals(one.get(e).trainError(), two.get(e).trainError(), 0.0);
                assertEquals(one.get(e).testError(), two.get(e).testError(), 0.0);
            }
            assertEquals(t.meanError(test), two.get(3).testError(), 0.0, "test error is measured after the epoch");
        }
        assertTrue(one.get(3).testError() < 0.75 * one.get(0).testError(), "training reduces the error: " + one);
        assertEquals(5e-3, one.get(2).learningRate(), 0.0, "StepLR, step 2");
    }

    /** Two epochs, a checkpoint, and two more from it: bitwise the run of four epochs in one go. */
    @Test
    void resumingFromACheckpointContinuesExactly(@TempDir Path dir) throws IOException {
        OperatorDataset train = data(26, 3);
        OperatorDataset test = data(6, 4);
        Path file = dir.resolve("run.h5");
        try (FnoTrainer first = new FnoTrainer(spec(2, 2), train, test)) {
            first.train(TrainingListener.none());
            TrainingCheckpoint.save(first, file);
        }
        assertEquals(2, TrainingCheckpoint.completedEpochs(file));
        try (FnoTrainer whole = new FnoTrainer(spec(4, 2), train, test);
             FnoTrainer resumed = TrainingCheckpoint.resume(file, spec(4, 1), train, test)) {
            assertEquals(2, resumed.completedEpochs());
            whole.train(TrainingListener.none());
            resumed.train(TrainingListener.none());
            whole.model().parameters().forEach((k, p) -> assertArrayEquals(p.value(),
                    resumed.model().parameters().get(k).value(), 0.0, k));
            assertEquals(whole.optimizer().steps(), resumed.optimizer().steps());
            assertEquals(whole.shuffleState(), resumed.shuffleState());
            for (int e = 0; e < 4; e++) {
                assertEquals(whole.history().get(e).trainError(), resumed.history().get(e).trainError(), 0.0);
                assertEquals(whole.history().get(e).testError(), resumed.history().get(e).testError(), 0.0);
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> TrainingCheckpoint.resume(file, spec(4, 1).withNetwork(new Fno1d.Config(4, 6, 3, 8)), train, test));
        // a checkpoint is also a weights file
        Fno1d weights = dev.jpde.operators.io.FnoWeights.read(file);
        assertEquals(NET, weights.config());
    }
}
