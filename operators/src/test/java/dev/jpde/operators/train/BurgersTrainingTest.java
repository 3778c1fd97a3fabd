package dev.jpde.operators.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import dev.jpde.operators.data.BurgersData;
import dev.jpde.operators.data.BurgersDataSpec;
import dev.jpde.operators.data.OperatorDataset;
import dev.jpde.operators.eval.FnoEvaluation;
import dev.jpde.operators.eval.ResolutionError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI-sized training run through the public one-call API (generate, train, evaluate): 300
 * Burgers pairs (nu = 0.1 on (0, 2 pi), solved on 256 points, stored at 128), the reference network
 * trained on 200 of them at s = 64 for 20 epochs (learning rate halved every 5), tested on the
 * other 100 at s = 64 and, with the same weights, at 32 and 128.
 *
 * <p>What the threshold means: predicting {@code u(., 1)} by the heat flow of {@code u0} alone
 * (the linear part of the equation, exact in Fourier space) is ~60 % off (spec section 4: 63 %),
 * and predicting {@code u0} itself is worse still; both are computed here on the same test set. A
 * network that learned nothing beyond linear smoothing cannot beat the heat flow, so the test error
 * must be below a fifth of it and below 0.12 in absolute terms (measured 0.058; the PyTorch
 * baseline with 1000 samples reaches 0.055 after 5 epochs at s = 1024). About 30 s on two cores.
 */
class BurgersTrainingTest {

    @Test
    void shortTrainingBeatsTheLinearBaselinesByFar(@TempDir Path dir) throws IOException {
        long t0 = System.nanoTime();
        BurgersDataSpec dataSpec = BurgersDataSpec.fno(300, 128, 2024).withFinePoints(256).withThreads(2);
        Path file = dir.resolve("burgers.h5");
        BurgersData.generate(dataSpec, BurgersData.Progress.none()).write(file);
        long t1 = System.nanoTime();

        OperatorDataset test = OperatorDataset.read(file).subsample(64).tail(100);
        double identity = meanError(test.a(), test.u(), 100, 64);
        double heat = meanError(heatFlow(test, 0.1, 1.0), test.u(), 100, 64);

        TrainingSpec spec = TrainingSpec.reference(20).withStepSize(5);
        List<String> lines = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void epochFinished(EpochReport report) {
                lines.add(report.line());
            }

            @Override
            public void checkpointWritten(Path f, int epochs) {
                lines.add("checkpoint " + epochs);
            }
        };
        TrainingRun run = new TrainingRun(file, 200, 100, 64, spec, dir.resolve("weights.h5"),
                dir.resolve("checkpoint.h5"), 10, false);
        TrainingResult result = FnoTraining.run(run, listener);
        long t2 = System.nanoTime();
        List<ResolutionError> errors = FnoEvaluation.evaluate(result.weights(), file, 100, new int[] {32, 64, 128}, 2);
        long t3 = System.nanoTime();

        lines.forEach(System.out::println);
        errors.forEach(e -> System.out.println(e.line()));
        double error = result.last().testError();
        System.out.printf("CI training: test error %.4f; heat flow %.4f, identity %.4f; data %.1f s, training %.1f s"
                + " (%.2f s/epoch), evaluation %.1f s%n", error, heat, identity, (t1 - t0) * 1e-9, (t2 - t1) * 1e-9,
                result.secondsPerEpoch(), (t3 - t2) * 1e-9);
        assertTrue(heat > 0.4 && identity > heat, "the linear baselines are poor: heat " + heat + ", id " + identity);
        assertTrue(error < 0.12 && error < heat / 5, "test error " + error);
        assertEquals(20, result.history().size());
        assertTrue(lines.contains("checkpoint 10") && lines.contains("checkpoint 20"), lines.toString());
        assertTrue(Files.exists(result.weights()));
        assertEquals(error, errors.get(1).error(), 1e-12, "evaluation at the training resolution");
        for (ResolutionError e : errors) {
            assertTrue(e.error() < 0.15, "zero-shot at s = " + e.points() + ": " + e.error());
        }
    }

    /** {@code u0} advanced by {@code u_t = nu u_xx} alone: {@code exp(-nu k^2 T)} per rfft mode. */
    private static double[] heatFlow(OperatorDataset d, double nu, double t) {
        int s = d.points();
        RealFft fft = Fft.jtransforms().real(s);
        double[] out = new double[d.a().length];
        double[] row = new double[s];
        double[] spec = new double[2 * (s / 2 + 1)];
        double length = 2 * Math.PI;
        for (int i = 0; i < d.samples(); i++) {
            System.arraycopy(d.a(), i * s, row, 0, s);
            fft.forward(row, spec);
            for (int k = 0; k <= s / 2; k++) {
                double w = 2 * Math.PI * k / length;
                double damp = Math.exp(-nu * w * w * t);
                spec[2 * k] *= damp;
                spec[2 * k + 1] *= damp;
            }
            fft.inverse(spec, row);
            System.arraycopy(row, 0, out, i * s, s);
        }
        return out;
    }

    private static double meanError(double[] p, double[] u, int n, int s) {
        double[] e = new double[n];
        dev.jpde.operators.RelativeL2Loss.perSample(p, u, e, n, s);
        double sum = 0.0;
        for (double v : e) {
            sum += v;
        }
        return sum / n;
    }
}
