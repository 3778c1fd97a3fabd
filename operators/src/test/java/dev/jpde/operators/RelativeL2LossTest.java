package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RelativeL2LossTest {

    @Test
    void sumsPerSampleRelativeErrors() {
        double[] y = {3, 4, 0, 1, 0, 0};
        double[] p = {3, 4, 5, 0, 0, 0};
        // sample 0: ||(0,0,-5)|| / 5 = 1; sample 1: ||(-1,0,0)|| / 1 = 1
        assertEquals(2.0, RelativeL2Loss.value(p, y, 2, 3), 1e-15);
        double[] errors = new double[2];
        RelativeL2Loss.perSample(p, y, errors, 2, 3);
        assertArrayEquals(new double[] {1.0, 1.0}, errors, 1e-15);
        double[] grad = new double[6];
        assertEquals(2.0, RelativeL2Loss.valueAndGradient(p, y, grad, 2, 3), 1e-15);
        assertArrayEquals(new double[] {0, 0, 1.0 / 5, -1, 0, 0}, grad, 1e-15);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(1);
        double[] p = GradientCheck.random(rng, 3 * 16, 1.0);
        double[] y = GradientCheck.random(rng, 3 * 16, 1.0);
        double[] grad = new double[p.length];
        RelativeL2Loss.valueAndGradient(p, y, grad, 3, 16);
        GradientCheck.assertGradient("relative L2", p, grad, () -> RelativeL2Loss.value(p, y, 3, 16));
    }

    @Test
    void exactPredictionHasZeroLossAndGradient() {
        double[] y = {1, 2, 3, 4};
        double[] grad = {9, 9, 9, 9};
        assertEquals(0.0, RelativeL2Loss.valueAndGradient(y.clone(), y, grad, 2, 2));
        assertArrayEquals(new double[4], grad);
    }

    @Test
    void zeroTargetIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> RelativeL2Loss.value(new double[] {1, 2}, new double[] {0, 0}, 1, 2));
    }
}
