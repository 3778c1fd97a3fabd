package dev.jpde.gp.model;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Runs two independent pieces of work at once: the second on a {@link ForkJoinPool#commonPool() common-pool}
 * worker, the first on the calling thread, then waits for both. If no worker has taken the second piece by the
 * time the first is done (a busy machine), the caller runs it itself, so a loaded machine costs no idle waiting.
 * Reuses one task object: {@link #run} allocates nothing. Serial (both pieces on the caller, in order) when built
 * with {@code parallel = false} or on a single-processor machine. Not thread-safe: one caller at a
 * time.
 */
final class TwoLanes {
    private final boolean parallel;
    private final Lane lane = new Lane();

    TwoLanes(boolean parallel) {
        this.parallel = parallel && Runtime.getRuntime().availableProcessors() > 1
                && ForkJoinPool.getCommonPoolParallelism() >= 1;
    }

    /** Whether {@link #run} uses a second thread. */
    boolean parallel() {
        return parallel;
    }

    /** Runs {@code first} and {@code second} (which must not touch each other's data) and returns when both are done. */
    void run(Runnable first, Runnable second) {
        if (!parallel) {
            first.run();
            second.run();
            return;
        }
        lane.body = second;
        lane.reinitialize();
        lane.fork();
        try {
            first.run();
        } finally {
            lane.join();
            lane.body = null;
        }
    }

    /** The reusable fork-join task for the second piece. */
    private static final class Lane extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private transient Runnable body;

        @Override
        protected void compute() {
            body.run();
        }
    }
}
