package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LiftingTest {

    @Test
    void coordinateIsLinspaceWithEndpoint() {
        assertEquals(0.0, Lifting.coordinate(0, 5));
        assertEquals(0.25, Lifting.coordinate(1, 5));
        assertEquals(1.0, Lifting.coordinate(4, 5));
        assertEquals(0.0, Lifting.coordinate(0, 1));
    }

    @Test
    void forwardIsLinearInValueAndCoordinate() {
        Lifting lift = new Lifting(3);
        assertArrayEquals(new int[] {3, 2}, lift.parameters().get(0).shape());
        assertArrayEquals(new int[] {3}, lift.parameters().get(1).shape());
        lift.initialise(new SplittableRandom(1));
        double[] w = lift.parameters().get(0).value();
        double[] c = lift.parameters().get(1).value();
        double[] a = {0.5, -1.0, 2.0, 0.0, 1.0, 3.0};
        double[] y = new double[2 * 3 * 3];
        lift.forward(a, y, 2, 3);
        for (int b = 0; b < 2; b++) {
            for (int o = 0; o < 3; o++) {
                for (int j = 0; j < 3; j++) {
                    double expected = w[2 * o] * a[b * 3 + j] + w[2 * o + 1] * (j / 2.0) + c[o];
                    assertEquals(expected, y[(b * 3 + o) * 3 + j], 1e-15);
                }
            }
        }
    }

    /** fourier_2d.py's get_grid: channel 1 is linspace(0, 1, sx) along x, channel 2 linspace(0, 1, sy) along y. */
    @Test
    void planeLiftsValueAndBothCoordinates() {
        int sx = 3;
        int sy = 5;
        Lifting lift = Lifting.plane(2, sx, sy);
        assertArrayEquals(new int[] {2, 3}, lift.parameters().get(0).shape());
        assertArrayEquals(new int[] {2}, lift.parameters().get(1).shape());
        lift.initialise(new SplittableRandom(4));
        double[] w = lift.parameters().get(0).value();
        double[] c = lift.parameters().get(1).value();
        for (double v : w) {
            assertTrue(Math.abs(v) < 1 / Math.sqrt(3), "fan-in 3: " + v);
        }
        double[] a = GradientCheck.random(new SplittableRandom(5), 2 * sx * sy, 1.0);
        double[] y = new double[2 * 2 * sx * sy];
        lift.forward(a, y, 2, sx * sy);
        for (int b = 0; b < 2; b++) {
            for (int o = 0; o < 2; o++) {
                for (int p = 0; p < sx; p++) {
                    for (int q = 0; q < sy; q++) {
                        int j = p * sy + q;
                        double expected = w[3 * o] * a[b * sx * sy + j] + w[3 * o + 1] * (p / 2.0)
                                + w[3 * o + 2] * (q / 4.0) + c[o];
                        assertEquals(expected, y[(b * 2 + o) * sx * sy + j], 1e-15);
                    }
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> lift.forward(a, y, 1, 16));
    }

    @Test
    void planeGradientsMatchFiniteDifferences() {
        Lifting lift = Lifting.plane(4, 5, 6);
        lift.initialise(new SplittableRandom(6));
        GradientCheck.assertLayerGradients(lift, 2, 30, 7);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        Lifting lift = new Lifting(4);
        lift.initialise(new SplittableRandom(2));
        GradientCheck.assertLayerGradients(lift, 2, 16, 3);
    }

    @Test
    void secondCallAllocatesNothing() {
        Lifting lift = new Lifting(4);
        double[] a = new double[2 * 16];
        double[] y = new double[2 * 4 * 16];
        double[] ga = new double[a.length];
        Runnable step = () -> {
            lift.forward(a, y, 2, 16);
            lift.backward(a, y, ga, 2, 16);
        };
        step.run();
        assertEquals(0, Allocations.of(step));
    }
}
