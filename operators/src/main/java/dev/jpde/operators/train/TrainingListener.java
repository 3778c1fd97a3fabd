package dev.jpde.operators.train;

import java.io.PrintStream;
import java.nio.file.Path;

/** Observes a training run: each finished epoch and each checkpoint written. */
public interface TrainingListener {

    /** Called after every epoch, on the training thread. */
    void epochFinished(EpochReport report);

    /** Called after a checkpoint holding {@code epochs} completed epochs was written. */
    default void checkpointWritten(Path file, int epochs) {
    }

    /** Ignores everything. */
    static TrainingListener none() {
        return report -> {
        };
    }

    /** Prints {@link EpochReport#line()} per epoch and a line per checkpoint to {@code out}. */
    static TrainingListener printing(PrintStream out) {
        return new TrainingListener() {
            @Override
            public void epochFinished(EpochReport report) {
                out.println(report.line());
                out.flush();
            }

            @Override
            public void checkpointWritten(Path file, int epochs) {
                out.println("checkpoint " + file + " (" + epochs + " epochs)");
                out.flush();
            }
        };
    }
}
