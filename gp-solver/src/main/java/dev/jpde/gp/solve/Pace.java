package dev.jpde.gp.solve;

import java.util.Locale;

/**
 * The progress line's pace and time left, {@code "  (4.2 ms/step, ~1.3 h left)"}.
 *
 * <p>The pace is measured in this process: from the first checkpoint it reports to the current one. Until there are
 * two, it is the run's average so far, seconds / step. A run resumed from a state file carries the seconds of its
 * earlier sessions, which may have run at another speed (another thread count, a busier machine); its time left is
 * extrapolated from how fast it goes now.
 */
final class Pace {
    private long firstStep = -1;
    private double firstSeconds;

    /** The pace and time left at checkpoint {@code step} of {@code total}, {@code seconds} into the run. */
    String at(long step, long total, double seconds) {
        if (firstStep < 0) {
            firstStep = step;
            firstSeconds = seconds;
        }
        if (step > firstStep && seconds > firstSeconds) {
            return remaining(step - firstStep, step, total, seconds - firstSeconds);
        }
        return remaining(step, step, total, seconds);
    }

    /**
     * {@code "  (4.2 ms/step, ~1.3 h left)"} for {@code stepsTimed} steps that took {@code seconds}, at checkpoint
     * {@code step} of {@code total}; empty when there is nothing to extrapolate from, and at the end.
     */
    static String remaining(long stepsTimed, long step, long total, double seconds) {
        if (stepsTimed <= 0 || step >= total || !(seconds > 0)) {
            return "";
        }
        double perStep = seconds / stepsTimed;
        double left = perStep * (total - step);
        String eta = left >= 5400 ? String.format(Locale.ROOT, "%.1f h", left / 3600)
                : left >= 90 ? String.format(Locale.ROOT, "%.0f min", left / 60)
                : String.format(Locale.ROOT, "%.0f s", left);
        return String.format(Locale.ROOT, "  (%.3g ms/step, ~%s left)", 1e3 * perStep, eta);
    }
}
