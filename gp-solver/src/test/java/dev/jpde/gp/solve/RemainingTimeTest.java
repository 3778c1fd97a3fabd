package dev.jpde.gp.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress line's pace and time left. */
class RemainingTimeTest {
    @Test
    void paceAndTimeLeftFromTheAverageSoFar() {
        assertEquals("  (5.00 ms/step, ~2.6 h left)", GpHmRun.remaining(50_000, 1_900_000, 250.0));
        assertEquals("  (2.00 ms/step, ~3 min left)", GpHmRun.remaining(1000, 91_000, 2.0));
        assertEquals("  (500 ms/step, ~25 s left)", GpHmRun.remaining(50, 100, 25.0));
        assertEquals("", GpHmRun.remaining(0, 100, 0.0), "nothing to extrapolate from at step 0");
        assertEquals("", GpHmRun.remaining(100, 100, 3.0), "nothing left at the end");
    }
}
