package dev.jpde.gp.solve;

/**
 * The early-stopping rule of the authors' extra-GP script (spec gp-hm.md section 5,
 * {@code model_GP_solver_1d_extra.py}), applied to the test error {@code e_k} of each checkpoint k in turn. With the
 * running minimum {@code m} (initially 2, as in the reference): if {@code e_k < m} then {@code m = e_k}; otherwise, if
 * {@code e_k - m > delta} (an absolute difference, {@code delta = 1e-3}), one more <em>increase</em> is counted.
 * Training stops at the first checkpoint at which more than {@code P = 7} increases have been counted. Increases are
 * counted over the whole run, not consecutively, and never reset (also not at the change of stage).
 *
 * <p>The rule reads the test error, that is, <b>the exact solution</b>: like the minimum-over-checkpoints error it is
 * a choice made with the ground truth, which a user solving a problem with an unknown solution cannot make. A NaN
 * error (no exact solution) never counts, so without one the rule never stops a run. One instance per run.
 */
public final class EarlyStopRule {
    /** The reference's threshold on {@code e_k - m}. */
    public static final double THRESHOLD = 1e-3;
    /** The reference's patience: stop once the number of increases exceeds it. */
    public static final int PATIENCE = 7;
    /** The reference's initial running minimum. */
    public static final double INITIAL_MINIMUM = 2.0;

    private final double threshold;
    private final int patience;
    private double minimum = INITIAL_MINIMUM;
    private int increases;

    /** The authors' rule: threshold 1e-3, patience 7. */
    public EarlyStopRule() {
        this(THRESHOLD, PATIENCE);
    }

    public EarlyStopRule(double threshold, int patience) {
        if (!(threshold >= 0) || patience < 0) {
            throw new IllegalArgumentException("threshold must be >= 0 and patience >= 0");
        }
        this.threshold = threshold;
        this.patience = patience;
    }

    /** Takes the next checkpoint's error; returns whether training stops here. */
    public boolean observe(double error) {
        if (error < minimum) {
            minimum = error;
        } else if (error - minimum > threshold) {
            increases++;
        }
        return increases > patience;
    }

    /** Restores the state of a run saved earlier ({@link #minimum()}, {@link #increases()}). */
    public void restore(double runningMinimum, int increasesCounted) {
        this.minimum = runningMinimum;
        this.increases = increasesCounted;
    }

    /** Increases counted so far. */
    public int increases() {
        return increases;
    }

    /** The running minimum of the errors seen (2 before any error below it). */
    public double minimum() {
        return minimum;
    }
}
