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
}
