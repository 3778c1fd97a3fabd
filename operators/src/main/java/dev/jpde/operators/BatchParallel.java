package dev.jpde.operators;

import dev.jpde.linalg.MatrixProducts;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Batch-parallel evaluation of an {@link Fno1d}: a batch is cut into a fixed number of shards
 * (contiguous runs of samples, shard {@code q} holding samples {@code [q B / S, (q+1) B / S)}, empty
 * if the batch is smaller than the shard count),
 * each shard is evaluated by its own {@link Fno1dReplica}, and the shards run on a fixed number of
 * threads (the calling thread and {@code threads - 1} persistent daemon workers).
 *
 * <p>Determinism: the shards, and hence every floating-point operation, depend only on the number
 * of shards, not on the number of threads. The batch gradient is the sum of the shard gradients
 * taken in shard order, {@code (g_0 + g_1) + ...}, and the loss likewise, so a run with one thread
 * and a run with two produce bitwise identical results. Compared with evaluating the whole batch
 * in one replica ({@link Fno1d#lossAndGradient}), only the order in which per-sample contributions
 * to the parameter gradients are summed differs (a few units in the last place).
 *
 * <p>Native products: the replicas' matrix products run on OpenBLAS where it loads
 * ({@link Fno1dReplica}). Its thread count is process-wide; the constructor sets it to one
 * ({@link MatrixProducts#setNativeThreads}, for the rest of the process), so that {@code threads} shards
 * run on {@code threads} cores without oversubscription, and one thread means one core. The
 * alternative for a single forward pass, one replica on the whole batch with two OpenBLAS threads, was
 * measured far slower on the project machine (batch 20, s = 1024, machine busy: 3.4 s against 0.125 s
 * for two shards on one OpenBLAS thread each; training step 9.6 s against 0.26 s): it parallelises only
 * the products, not the elementwise work, and OpenBLAS's second thread has to get a core for each of
 * the per-sample products (280 per forward pass of 20 samples, 660 per training step).
 *
 * <p>The hand-off between threads uses volatile counters and {@link LockSupport} parking and
 * allocates nothing; with buffers sized on the first call, a step of the same size allocates
 * nothing on any thread. Not thread-safe: one caller at a time; the parameters must not change
 * while a call runs. {@link #close()} stops the workers.
 */
public final class BatchParallel implements AutoCloseable {

    private static final int FORWARD = 1;
    private static final int TRAIN = 2;

    private final Fno1d model;
    private final Fno1dReplica[] replicas;
    private final int threads;
    private final Thread[] workers;
    private final double[][] shardInput;
    private final double[][] shardTarget;
    private final double[][] shardOutput;
    private final double[] shardLoss;
    private final Throwable[] failures;
    private final double[][] sinks;
    private final double[][][] shardGradients;

    private volatile long generation;
    private final AtomicLongArray finished;
    private volatile boolean closed;
    private volatile Thread caller;

    private int mode;
    private double[] input;
    private double[] target;
    private double[] output;
    private int batch;
    private int points;

    /**
     * @param model   the network; its parameters are read by all shards
     * @param shards  number of shards (replicas), at least 1; fixes the arithmetic
     * @param threads number of threads, {@code 1 .. shards}; changes only the speed
     */
    public BatchParallel(Fno1d model, int shards, int threads) {
        if (shards < 1 || threads < 1 || threads > shards) {
            throw new IllegalArgumentException("need 1 <= threads <= shards, got " + threads + ", " + shards);
        }
        this.model = model;
        this.threads = threads;
        // the shards are the parallelism: one OpenBLAS thread each (process-wide; see the class doc)
        MatrixProducts.setNativeThreads(1);
        this.replicas = new Fno1dReplica[shards];
        for (int q = 0; q < shards; q++) {
            replicas[q] = model.replica();
        }
        this.shardInput = new double[shards][0];
        this.shardTarget = new double[shards][0];
        this.shardOutput = new double[shards][0];
        this.shardLoss = new double[shards];
        this.failures = new Throwable[threads];
        this.finished = new AtomicLongArray(threads);
        Map<String, Parameter> p = model.parameters();
        this.sinks = p.values().stream().map(Parameter::grad).toArray(double[][]::new);
        this.shardGradients = new double[shards][][];
        for (int q = 0; q < shards; q++) {
            shardGradients[q] = replicas[q].gradients().values().toArray(double[][]::new);
        }
        this.workers = new Thread[threads - 1];
        for (int t = 1; t < threads; t++) {
            int index = t;
            Thread w = new Thread(() -> work(index), "fno-shard-" + t);
            w.setDaemon(true);
            workers[t - 1] = w;
            w.start();
        }
    }

    /** The network. */
    public Fno1d model() {
        return model;
    }

    /** Number of shards. */
    public int shards() {
        return replicas.length;
    }

    /** Number of threads. */
    public int threads() {
        return threads;
    }

    /**
     * Predictions for a batch: {@code out = model(a)} ({@link Fno1dReplica#predict}: no derivatives are
     * kept).
     *
     * @param a   {@code batch * points} inputs
     * @param out {@code batch * points} outputs, overwritten
     */
    public void forward(double[] a, double[] out, int batch, int points) {
        run(FORWARD, a, null, out, batch, points);
    }

    /**
     * The summed relative L2 loss of a batch ({@link RelativeL2Loss}) and its gradient, which is
     * added into every {@link Parameter#grad()} of the network.
     *
     * @param out receives the predictions
     * @return the loss, summed over the batch
     */
    public double lossAndGradient(double[] a, double[] target, double[] out, int batch, int points) {
        run(TRAIN, a, target, out, batch, points);
        double loss = 0.0;
        for (double l : shardLoss) {
            loss += l;
        }
        for (int p = 0; p < sinks.length; p++) {
            double[] sink = sinks[p];
            for (double[][] g : shardGradients) {
                double[] gp = g[p];
                for (int k = 0; k < sink.length; k++) {
                    sink[k] += gp[k];
                }
            }
        }
        return loss;
    }

    private void run(int mode, double[] a, double[] target, double[] out, int batch, int points) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (batch < 1 || points < 1 || a.length < (long) batch * points
                || out.length < (long) batch * points || (target != null && target.length < (long) batch * points)) {
            throw new IllegalArgumentException("need batch, points >= 1 and " + batch + " x " + points + " values");
        }
        this.mode = mode;
        this.input = a;
        this.target = target;
        this.output = out;
        this.batch = batch;
        this.points = points;
        Arrays.fill(failures, null);
        caller = Thread.currentThread();
        long g = generation + 1;
        generation = g;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
        runShards(0);
        for (int t = 1; t < threads; t++) {
            while (finished.get(t) != g) {
                LockSupport.park(this);
                if (closed) {
                    throw new IllegalStateException("closed while running");
                }
            }
        }
        for (Throwable f : failures) {
            if (f != null) {
                throw new IllegalStateException("a shard failed: " + f, f);
            }
        }
    }

    private void runShards(int thread) {
        try {
            for (int q = thread; q < replicas.length; q += threads) {
                runShard(q);
            }
        } catch (RuntimeException | Error e) {
            failures[thread] = e;
        }
    }

    private void runShard(int q) {
        int shards = replicas.length;
        int lo = (int) ((long) q * batch / shards);
        int hi = (int) ((long) (q + 1) * batch / shards);
        int n = (hi - lo) * points;
        Fno1dReplica r = replicas[q];
        if (n == 0) {
            r.zeroGradients();
            shardLoss[q] = 0.0;
            return;
        }
        if (shardInput[q].length < n) {
            shardInput[q] = new double[n];
            shardTarget[q] = new double[n];
            shardOutput[q] = new double[n];
        }
        System.arraycopy(input, lo * points, shardInput[q], 0, n);
        if (mode == TRAIN) {
            System.arraycopy(target, lo * points, shardTarget[q], 0, n);
            r.zeroGradients();
            shardLoss[q] = r.lossAndGradient(shardInput[q], shardTarget[q], shardOutput[q], hi - lo, points);
        } else {
            r.predict(shardInput[q], shardOutput[q], hi - lo, points);
        }
        System.arraycopy(shardOutput[q], 0, output, lo * points, n);
    }

    private void work(int index) {
        long seen = 0;
        while (true) {
            long g;
            while ((g = generation) == seen && !closed) {
                LockSupport.park(this);
            }
            if (closed) {
                return;
            }
            seen = g;
            runShards(index);
            finished.set(index, g);
            LockSupport.unpark(caller);
        }
    }

    /** Stops the worker threads; the object cannot be used afterwards. */
    @Override
    public void close() {
        closed = true;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
    }
}
