package dev.jpde.operators.bench;

import dev.jpde.operators.BatchParallel;
import dev.jpde.operators.Fno1d;
import dev.jpde.operators.data.OperatorDataset;
import dev.jpde.operators.train.Adam;
import dev.jpde.operators.train.EpochReport;
import dev.jpde.operators.train.FnoTrainer;
import dev.jpde.operators.train.TrainingSpec;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The speed figures of the PyTorch baseline (spec fno.md section 4) for the Java FNO, on random
 * data like the baseline's {@code --bench-only}: the reference network (549,569 parameters), batch
 * 20, s = 1024, two shards.
 * <ul>
 * <li>forward latency of a batch of 20 (median of 50 after warm-up; baseline: eval mode, no grad);</li>
 * <li>one optimiser step (forward, summed relative L2 loss, backward, Adam) (median of 30);</li>
 * <li>optionally whole epochs of the trainer on 1000 random training and 100 test samples
 *     (seconds per epoch = training steps + test pass, as the baseline's log).</li>
 * </ul>
 * Measured 2026-11-26 on the project machine (2 vCPU AMD EPYC with AVX-512, JDK 17.0.15), in a
 * quiet window, back to back with {@code fno_burgers_torch.py} (torch 1.13.1, its default 2
 * threads): Java 2 threads 10.4-10.8 s per real epoch (step 195 ms, forward 93 ms), PyTorch 11.2-11.5
 * s per epoch (forward 62 ms); Java 1 thread: step 372 ms, forward 181 ms; PyTorch 1 thread: 147 ms,
 * 46 ms (PyTorch's single-threaded kernels are faster on this CPU than its two-threaded ones).
 *
 * <p>Run (from the repository root, after {@code mvn -o install -DskipTests}):
 * <pre>
 * mvn -o -q -pl operators test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp operators/target/classes:operators/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.jpde.operators.bench.FnoBench [threads=2] [epochs=0] [points=1024]
 * </pre>
 */
public final class FnoBench {

    private FnoBench() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int s = args.length > 2 ? Integer.parseInt(args[2]) : 1024;
        int batch = 20;
        SplittableRandom rng = new SplittableRandom(1);
        double[] a = new double[batch * s];
        double[] y = new double[batch * s];
        for (int k = 0; k < a.length; k++) {
            a[k] = rng.nextGaussian();
            y[k] = rng.nextGaussian();
        }
        double[] out = new double[batch * s];
        Fno1d fno = new Fno1d(Fno1d.Config.burgers());
        fno.initialise(0);
        Adam adam = Adam.reference(fno.parameters(), 1e-4);
        System.out.printf("FNO-1d %d parameters, batch %d, s = %d, 2 shards on %d thread(s), %s%n",
                fno.parameterCount(), batch, s, threads, Runtime.version());
        try (BatchParallel p = new BatchParallel(fno, 2, threads)) {
            double[] step = new double[30];
            for (int r = -5; r < step.length; r++) {
                long t0 = System.nanoTime();
                fno.zeroGrad();
                p.lossAndGradient(a, y, out, batch, s);
                adam.step(1e-3);
                if (r >= 0) {
                    step[r] = (System.nanoTime() - t0) * 1e-6;
                }
            }
            double[] fwd = new double[50];
            for (int r = -5; r < fwd.length; r++) {
                long t0 = System.nanoTime();
                p.forward(a, out, batch, s);
                if (r >= 0) {
                    fwd[r] = (System.nanoTime() - t0) * 1e-6;
                }
            }
            Arrays.sort(step);
            Arrays.sort(fwd);
            System.out.printf("train step median %.1f ms (min %.1f); forward median %.1f ms (min %.1f); "
                    + "est. epoch (1000 samples) %.1f s%n", step[step.length / 2], step[0], fwd[fwd.length / 2], fwd[0],
                    step[step.length / 2] * 1000 / batch / 1000);
        }
        if (epochs > 0) {
            OperatorDataset train = random(1000, s, 2);
            OperatorDataset test = random(100, s, 3);
            TrainingSpec spec = TrainingSpec.reference(epochs).withParallelism(2, threads);
            try (FnoTrainer t = new FnoTrainer(spec, train, test)) {
                for (int e = 0; e < epochs; e++) {
                    EpochReport r = t.runEpoch();
                    System.out.println(r.line() + String.format("  load %.2f", loadAverage()));
                }
            }
        }
    }

    private static OperatorDataset random(int n, int s, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[n * s];
        double[] u = new double[n * s];
        for (int k = 0; k < a.length; k++) {
            a[k] = rng.nextGaussian();
            u[k] = rng.nextGaussian();
        }
        double[] x = new double[s];
        for (int j = 0; j < s; j++) {
            x[j] = (double) j / s;
        }
        return new OperatorDataset(a, u, x, n, s, Map.of());
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
