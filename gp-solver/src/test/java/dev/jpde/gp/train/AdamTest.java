package dev.jpde.gp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Adam's first step and convergence on a convex quadratic. */
class AdamTest {
    @Test
    void firstStepMovesEachCoordinateByTheLearningRateAgainstTheGradientSign() {
        // bias correction makes m_hat = g and v_hat = g^2 after one step: the update is lr * g / (|g| + eps)
        Adam adam = new Adam(3, 0.01);
        double[] p = {1.0, -2.0, 0.5};
        double[] g = {3.0, -1e-3, 0.0};
        adam.step(p, g);
        assertEquals(1.0 - 0.01 * 3.0 / (3.0 + 1e-8), p[0], 1e-15);
        assertEquals(-2.0 + 0.01 * 1e-3 / (1e-3 + 1e-8), p[1], 1e-15);
        assertEquals(0.5, p[2], 0.0);
    }

    @Test
    void aScheduledRateScalesTheUpdateAndLeavesTheMomentsAlone() {
        Adam fixed = new Adam(2, 0.01);
        Adam scheduled = new Adam(2, 0.5);
        double[] p = {1.0, -2.0};
        double[] q = p.clone();
        double[] g = {0.3, -4.0};
        for (int i = 0; i < 3; i++) {
            double[] before = p.clone();
            fixed.step(p, g);
            scheduled.step(q, g, 0.01);
            assertEquals(p[0], q[0], 0.0);
            assertEquals(p[1], q[1], 0.0);
            assertTrue(p[0] < before[0] && p[1] > before[1]);
        }
        assertEquals(fixed.firstMoment()[1], scheduled.firstMoment()[1], 0.0);
        assertEquals(fixed.secondMoment()[1], scheduled.secondMoment()[1], 0.0);
    }

    @Test
    void minimisesAnIllConditionedQuadratic() {
        double[] scale = {1.0, 100.0};
        double[] p = {5.0, -3.0};
        Adam adam = new Adam(2, 0.05);
        double[] g = new double[2];
        for (int i = 0; i < 5000; i++) {
            for (int j = 0; j < 2; j++) {
                g[j] = scale[j] * (p[j] - 1.0);
            }
            adam.step(p, g);
        }
        assertTrue(Math.abs(p[0] - 1) < 1e-3 && Math.abs(p[1] - 1) < 1e-3, p[0] + " " + p[1]);
    }
}
