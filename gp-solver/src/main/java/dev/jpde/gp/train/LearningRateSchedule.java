package dev.jpde.gp.train;

import java.util.Locale;

/**
 * The learning rate of each Adam update within a stage of {@code n} updates (numbered {@code i = 0 .. n-1}).
 *
 * <p>Constant (the reference's): {@code eta_i = eta_0}. Decaying: {@code eta_i = eta_0} for {@code i < s n}, then
 * geometric interpolation in {@code log eta} down to {@code eta_f} at the stage's last update,
 * <pre>
 *   eta_i = eta_0 (eta_f / eta_0)^((i - m) / (n - 1 - m)),   m = ceil(s n) &lt;= i &lt;= n - 1,
 * </pre>
 * where {@code s} in [0, 1) is the fraction of the stage run at the full rate. Adam's update size scales with
 * {@code eta}, so the decay shrinks the steps by the factor {@code eta_0 / eta_f} and lets the parameters settle into
 * the basin the constant-rate phase has reached instead of jumping between checkpoints.
 *
 * @param initial    eta_0 (> 0)
 * @param last       eta_f (> 0), the rate of the stage's last update; equal to {@code initial} for a constant rate
 * @param decayStart s, the fraction of each stage at the full rate, in [0, 1)
 */
public record LearningRateSchedule(double initial, double last, double decayStart) {

    public LearningRateSchedule {
        if (!(initial > 0) || !(last > 0) || !Double.isFinite(initial) || !Double.isFinite(last)) {
            throw new IllegalArgumentException("learning rates must be finite and > 0, got " + initial + " and " + last);
        }
        if (!(decayStart >= 0 && decayStart < 1)) {
            throw new IllegalArgumentException("decay start must be in [0, 1), got " + decayStart);
        }
    }

    /** The reference's constant rate. */
    public static LearningRateSchedule constant(double rate) {
        return new LearningRateSchedule(rate, rate, 0);
    }

    /** Whether every update uses {@link #initial()}. */
    public boolean isConstant() {
        return initial == last;
    }

    /**
     * The rate of update {@code i} of a stage of {@code n} updates.
     *
     * @throws IllegalArgumentException if {@code i} is outside {@code [0, n)}
     */
    public double rate(long i, long n) {
        if (i < 0 || i >= n) {
            throw new IllegalArgumentException("update " + i + " outside a stage of " + n);
        }
        long start = (long) Math.ceil(decayStart * n);
        if (isConstant() || i < start) {
            return initial;
        }
        double fraction = n - 1 > start ? (double) (i - start) / (n - 1 - start) : 1;
        return initial * Math.pow(last / initial, fraction);
    }

    /** "constant 1.00e-02" or "1.00e-02, from 80% of each stage geometrically down to 1.00e-05". */
    public String describe() {
        return isConstant() ? String.format(Locale.ROOT, "constant %.2e", initial)
                : String.format(Locale.ROOT, "%.2e, from %.0f%% of each stage geometrically down to %.2e", initial,
                        100 * decayStart, last);
    }
}
