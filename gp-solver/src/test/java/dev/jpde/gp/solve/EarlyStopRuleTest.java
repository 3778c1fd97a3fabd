package dev.jpde.gp.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The authors' early-stopping rule on synthetic error sequences: an increase is an error more than 1e-3 (absolute)
 * above the running minimum, increases accumulate over the whole run, and the run stops at the eighth.
 */
class EarlyStopRuleTest {
    /** Feeds errors until the rule fires; returns the index of the checkpoint it fired at, or -1. */
    private static int stopIndex(EarlyStopRule rule, double... errors) {
        for (int i = 0; i < errors.length; i++) {
            if (rule.observe(errors[i])) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void stopsAtTheEighthCheckpointMoreThanThresholdAboveTheRunningMinimum() {
        EarlyStopRule rule = new EarlyStopRule();
        // minimum 0.01 after three checkpoints, then errors 0.0125 > 0.01 + 1e-3: increases 1..8 at indices 3..10
        double[] e = {1.0, 0.1, 0.01, 0.0125, 0.0125, 0.0125, 0.0125, 0.0125, 0.0125, 0.0125, 0.0125, 0.0125};
        assertEquals(10, stopIndex(rule, e), "the 8th increase (more than 7) stops, the 7th does not");
        assertEquals(8, rule.increases());
        assertEquals(0.01, rule.minimum(), 0.0);
    }

    @Test
    void errorsWithinTheThresholdOfTheMinimumNeverCount() {
        EarlyStopRule rule = new EarlyStopRule();
        double[] e = new double[100];
        for (int i = 0; i < e.length; i++) {
            e[i] = i == 0 ? 0.05 : 0.05 + (i % 2 == 0 ? 0.5e-3 : 0.99e-3); // up to 1e-3 above the minimum is tolerated
        }
        assertEquals(-1, stopIndex(rule, e));
        assertEquals(0, rule.increases());
    }

    @Test
    void increasesAccumulateAcrossNewMinimaAndAreNeverReset() {
        EarlyStopRule rule = new EarlyStopRule();
        // each pair: a new minimum, then a spike 0.01 above it; the new minima do not reset the count
        double[] e = new double[20];
        for (int k = 0; k < 10; k++) {
            double min = 0.5 / (k + 1);
            e[2 * k] = min;
            e[2 * k + 1] = min + 0.01;
        }
        assertEquals(15, stopIndex(rule, e), "spikes at 1, 3, ..., 15: the eighth (index 15) stops");
    }

    @Test
    void theRunningMinimumStartsAtTwoAsInTheReference() {
        EarlyStopRule rule = new EarlyStopRule();
        assertFalse(rule.observe(2.5));
        assertEquals(1, rule.increases(), "an error above 2 + 1e-3 before any smaller one counts");
        assertEquals(2.0, rule.minimum(), 0.0);
    }

    @Test
    void withoutAnExactSolutionTheRuleNeverFires() {
        EarlyStopRule rule = new EarlyStopRule();
        for (int i = 0; i < 100; i++) {
            assertFalse(rule.observe(Double.NaN));
        }
        assertEquals(0, rule.increases());
    }

    @Test
    void customThresholdAndPatience() {
        EarlyStopRule rule = new EarlyStopRule(0.1, 0);
        assertFalse(rule.observe(0.5));
        assertFalse(rule.observe(0.55));
        assertTrue(rule.observe(0.65), "patience 0: the first increase stops");
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopRule(-1, 7));
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopRule(1e-3, -1));
    }
}
