package dev.jpde.gp.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress line's pace and time left. */
class RemainingTimeTest {
    @Test
    void paceAndTimeLeftFromTheAverageSoFar() {
        assertEquals("  (5.00 ms/step, ~2.6 h left)", Pace.remaining(50_000, 50_000, 1_900_000, 250.0));
        assertEquals("  (2.00 ms/step, ~3 min left)", Pace.remaining(1000, 1000, 91_000, 2.0));
        assertEquals("  (500 ms/step, ~25 s left)", Pace.remaining(50, 50, 100, 25.0));
        assertEquals("", Pace.remaining(0, 0, 100, 0.0), "nothing to extrapolate from at step 0");
        assertEquals("", Pace.remaining(100, 100, 100, 3.0), "nothing left at the end");
    }

    @Test
    void aFreshRunIsTimedFromItsStart() {
        Pace pace = new Pace();
        assertEquals("  (5.00 ms/step, ~2.6 h left)", pace.at(50_000, 1_900_000, 250.0));
        assertEquals("  (5.00 ms/step, ~2.5 h left)", pace.at(100_000, 1_900_000, 500.0));
    }

    @Test
    void aResumedRunIsTimedFromItsFirstCheckpointInThisProcess() {
        // Earlier sessions ran 600,000 steps at 14 ms each; this one runs at 7 ms per step.
        Pace pace = new Pace();
        assertEquals("  (14.0 ms/step, ~9.2 h left)", pace.at(630_000, 3_000_000, 8820.0),
                "one checkpoint only: the run's average");
        assertEquals("  (7.00 ms/step, ~4.6 h left)", pace.at(645_000, 3_000_000, 8925.0));
        assertEquals("  (7.00 ms/step, ~4.5 h left)", pace.at(675_000, 3_000_000, 9135.0));
    }
}
