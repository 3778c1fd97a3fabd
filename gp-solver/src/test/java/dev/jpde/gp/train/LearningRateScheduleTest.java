package dev.jpde.gp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The decaying schedule's end points, its log-linear shape, and the constant schedule. */
class LearningRateScheduleTest {

    @Test
    void constantScheduleGivesTheSameRateToEveryUpdate() {
        LearningRateSchedule s = LearningRateSchedule.constant(1e-2);
        for (long i = 0; i < 1000; i += 37) {
            assertEquals(1e-2, s.rate(i, 1000), 0.0);
        }
        assertTrue(s.isConstant());
        assertEquals("constant 1.00e-02", s.describe());
        assertEquals("1.00e-02, from 80% of each stage geometrically down to 1.00e-05",
                new LearningRateSchedule(1e-2, 1e-5, 0.8).describe());
    }

    @Test
    void decayHoldsTheRateThenFallsGeometricallyToTheLastUpdate() {
        LearningRateSchedule s = new LearningRateSchedule(1e-2, 1e-5, 0.8);
        long n = 1001; // the decay starts at update m = ceil(0.8 * 1001) = 801 and ends at update 1000
        assertEquals(1e-2, s.rate(0, n), 0.0);
        assertEquals(1e-2, s.rate(800, n), 0.0);
        assertEquals(1e-2, s.rate(801, n), 1e-17);
        assertEquals(1e-5, s.rate(1000, n), 1e-19);
        // log-linear in the update index: log10 rate = -2 - 3 k / 199 at update 801 + k
        assertEquals(-2 - 3 * 100 / 199.0, Math.log10(s.rate(901, n)), 1e-12);
        for (long i = 801; i < 1000; i++) {
            double ratio = s.rate(i + 1, n) / s.rate(i, n);
            assertEquals(Math.pow(1e-3, 1.0 / 199), ratio, 1e-12, "constant ratio at update " + i);
        }
    }

    @Test
    void decayFromTheStartCoversTheWholeStage() {
        LearningRateSchedule s = new LearningRateSchedule(1.0, 1e-4, 0);
        assertEquals(1.0, s.rate(0, 5), 0.0);
        assertEquals(1e-1, s.rate(1, 5), 1e-15);
        assertEquals(1e-2, s.rate(2, 5), 1e-16);
        assertEquals(1e-4, s.rate(4, 5), 1e-18);
    }

    @Test
    void updatesOutsideTheStageAndBadRatesAreRefused() {
        LearningRateSchedule s = new LearningRateSchedule(1e-2, 1e-5, 0.5);
        assertThrows(IllegalArgumentException.class, () -> s.rate(10, 10));
        assertThrows(IllegalArgumentException.class, () -> s.rate(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule(0, 1e-5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule(1e-2, Double.NaN, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule(1e-2, 1e-5, 1.0));
    }
}
