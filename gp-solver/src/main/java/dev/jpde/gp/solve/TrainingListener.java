package dev.jpde.gp.solve;

/** Receives GP-HM checkpoints as training runs. */
@FunctionalInterface
public interface TrainingListener {
    void checkpoint(Checkpoint checkpoint, long totalSteps);

    static TrainingListener none() {
        return (c, n) -> {
        };
    }
}
