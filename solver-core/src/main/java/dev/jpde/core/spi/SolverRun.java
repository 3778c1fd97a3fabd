package dev.jpde.core.spi;

import java.util.function.Consumer;

/** A configured solver run, ready to execute. */
public interface SolverRun {
    /**
     * Runs to completion, recording results.
     *
     * @param recorder where results go
     * @param progress receives one-line progress messages (may be printed by the front end)
     * @return a short multi-line summary for the user
     */
    String run(ResultRecorder recorder, Consumer<String> progress);

    /** Whether {@link #run(ResultRecorder, Consumer, StateStore)} saves its state and can resume from it. */
    default boolean resumable() {
        return false;
    }

    /**
     * Runs to completion as {@link #run(ResultRecorder, Consumer)}, saving the run's state to {@code state} at its
     * checkpoints and, if {@code state} holds a state saved earlier, continuing from there instead of starting over.
     * A resumed run records the same results as an uninterrupted one. Solvers that cannot resume ignore
     * {@code state} ({@link #resumable()} is false).
     */
    default String run(ResultRecorder recorder, Consumer<String> progress, StateStore state) {
        return run(recorder, progress);
    }
}
