package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BatchParallelTest {

    private static final Fno1d.Config NET = new Fno1d.Config(6, 8, 3, 12);

    private static Fno1d network() {
        Fno1d fno = new Fno1d(NET);
        fno.initialise(21);
        return fno;
    }

    /** The shards fix the arithmetic: one thread or two give bitwise the same loss, outputs and gradients. */
    @Test
    void resultsDoNotDependOnTheThreadCount() {
        SplittableRandom rng = new SplittableRandom(1);
        int batch = 5;
        int points = 40;
        double[] a = GradientCheck.random(rng, batch * points, 1.0);
        double[] y = GradientCheck.random(rng, batch * points, 1.0);
        double[][] grads = new double[2][];
        double[][] outs = new double[2][];
        double[] loss = new double[2];
        for (int threads = 1; threads <= 2; threads++) {
            Fno1d fno = network();
            double[] out = new double[batch * points];
            try (BatchParallel p = new BatchParallel(fno, 2, threads)) {
                assertEquals(2, p.shards());
                assertEquals(threads, p.threads());
                loss[threads - 1] = p.lossAndGradient(a, y, out, batch, points);
            }
            outs[threads - 1] = out;
            grads[threads - 1] = flatGradients(fno);
        }
        assertEquals(loss[0], loss[1], 0.0);
        assertArrayEquals(outs[0], outs[1], 0.0);
        assertArrayEquals(grads[0], grads[1], 0.0);
    }

    /**
     * Against one replica over the whole batch: the same per-sample terms, summed in another order
     * (per shard, then across shards), so equal to a few ulp: 1e-13 relative to the largest entry.
     */
    @Test
    void shardsAddUpToTheWholeBatch() {
        SplittableRandom rng = new SplittableRandom(2);
        int batch = 7;
        int points = 33;
        double[] a = GradientCheck.random(rng, batch * points, 1.0);
        double[] y = GradientCheck.random(rng, batch * points, 1.0);
        Fno1d whole = network();
        double[] expectedOut = new double[batch * points];
        double expectedLoss = whole.lossAndGradient(a, y, expectedOut, batch, points);
        Fno1d sharded = network();
        double[] out = new double[batch * points];
        try (BatchParallel p = new BatchParallel(sharded, 3, 2)) {
            double loss = p.lossAndGradient(a, y, out, batch, points);
            assertEquals(expectedLoss, loss, 1e-13 * expectedLoss);
            assertArrayEquals(expectedOut, out, 0.0, "each sample's output depends on that sample alone");
            whole.parameters().forEach((k, q) -> Fno1dReplicaTest.assertClose(k, q.grad(),
                    sharded.parameters().get(k).grad()));
            double[] forwardOnly = new double[batch * points];
            p.forward(a, forwardOnly, batch, points);
            assertArrayEquals(expectedOut, forwardOnly, 0.0);
            // fewer samples than shards: empty shards contribute nothing
            sharded.zeroGrad();
            whole.zeroGrad();
            double one = p.lossAndGradient(a, y, out, 1, points);
            assertEquals(whole.lossAndGradient(a, y, expectedOut, 1, points), one, 0.0);
            whole.parameters().forEach((k, q) -> assertArrayEquals(q.grad(), sharded.parameters().get(k).grad(), 0.0));
        }
    }

    /**
     * Once warm, a training evaluation of a known size allocates nothing, neither on the caller nor
     * on the worker. (Warm: a few calls first, so that the JIT's transient deoptimisations, which
     * may rematerialise scalar-replaced objects, are over, and the hot methods have been queued for C2:
     * HotSpot resolves the string constants of a method's class on the thread whose call requests the
     * first C2 compilation, a few hundred bytes once, e.g. for the exception messages of Fno1dReplica.)
     */
    @Test
    void stepsAllocateNothingOnAnyThread() {
        Fno1d fno = new Fno1d(Fno1d.Config.burgers());
        fno.initialise(3);
        SplittableRandom rng = new SplittableRandom(4);
        int batch = 4;
        int points = 256;
        double[] a = GradientCheck.random(rng, batch * points, 1.0);
        double[] y = GradientCheck.random(rng, batch * points, 1.0);
        double[] out = new double[batch * points];
        try (BatchParallel p = new BatchParallel(fno, 2, 2)) {
            for (int warm = 0; warm < 50; warm++) {
                p.lossAndGradient(a, y, out, batch, points);
                p.forward(a, out, batch, points);
            }
            Thread worker = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("fno-shard-1")).findFirst().orElseThrow();
            com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = mx.getThreadAllocatedBytes(worker.getId());
            long caller = Allocations.of(() -> {
                p.lossAndGradient(a, y, out, batch, points);
                p.forward(a, out, batch, points);
            });
            long after = mx.getThreadAllocatedBytes(worker.getId());
            assertEquals(0, caller, "calling thread");
            assertEquals(0, after - before, "worker thread");
        }
    }

    @Test
    void failuresAndMisuseAreReported() {
        Fno1d fno = network();
        assertThrows(IllegalArgumentException.class, () -> new BatchParallel(fno, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> new BatchParallel(fno, 0, 1));
        BatchParallel p = new BatchParallel(fno, 2, 2);
        double[] a = new double[40];
        double[] y = new double[40];
        // a zero target has no relative error: the shard's exception reaches the caller
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> p.lossAndGradient(a, y, new double[40], 2, 20));
        assertTrue(e.getCause() instanceof IllegalArgumentException, e.toString());
        assertThrows(IllegalArgumentException.class, () -> p.forward(a, new double[10], 2, 20));
        p.close();
        assertThrows(IllegalStateException.class, () -> p.forward(a, new double[40], 2, 20));
    }

    private static double[] flatGradients(Fno1d fno) {
        return fno.parameters().values().stream().flatMapToDouble(q -> java.util.Arrays.stream(q.grad())).toArray();
    }
}
